#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace shopcast::core {

// How the studio looks and answers to keys, per profile (ui.json): the
// language, the theme and the user's own shortcuts. Read before the first
// window, so the language applies from the first string on.
struct UiSettings
{
    Q_DECLARE_TR_FUNCTIONS(UiSettings)
public:
    static constexpr int kMaxBytes = 64 * 1024;

    QString language;                       // "" follows the system; "zh_CN", "en"
    QString theme = QStringLiteral("dark"); // "dark" or "light"
    QMap<QString, QString> hotkeys;         // action id → key sequence (portable text); only the changed ones
    // Placing sources in the preview: snap to edges, centre lines and other sources within this many canvas pixels.
    static constexpr int kMaxSnapDistancePx = 100;
    bool snapping = true;
    int snapDistancePx = 10;
    // The audio mixer's strips as columns (a desk) instead of rows.
    bool mixerVertical = false;
    // Minimizing the window puts it in the system tray (OBS's setting).
    bool minimizeToTray = false;

    static QString path(const QString &profileDir);
    // A missing file gives the defaults; a broken one gives them too, with the error.
    static UiSettings load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    friend bool operator==(const UiSettings &, const UiSettings &) = default;
};

} // namespace shopcast::core
