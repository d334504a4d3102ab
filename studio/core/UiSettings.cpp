#include "UiSettings.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace shopcast::core {

QString UiSettings::path(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("ui.json"));
}

UiSettings UiSettings::load(const QString &path, QString *error)
{
    UiSettings s;
    QFile file(path);
    if (!file.exists())
        return s;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return s;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("%1 is larger than %2 KiB; the defaults are used").arg(path).arg(kMaxBytes / 1024);
        return s;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("%1 is not valid JSON (%2); the defaults are used").arg(path, parseError.errorString());
        return s;
    }
    const QJsonObject o = doc.object();
    s.language = o.value(QStringLiteral("language")).toString().left(20);
    const QString theme = o.value(QStringLiteral("theme")).toString();
    if (theme == QLatin1String("light") || theme == QLatin1String("dark"))
        s.theme = theme;
    const QJsonObject keys = o.value(QStringLiteral("hotkeys")).toObject();
    for (auto it = keys.begin(); it != keys.end() && s.hotkeys.size() < 200; ++it)
        if (it.key().size() <= 80 && it.value().isString())
            s.hotkeys.insert(it.key(), it.value().toString().left(80));
    const QJsonObject snap = o.value(QStringLiteral("snapping")).toObject();
    s.snapping = snap.value(QStringLiteral("enabled")).toBool(true);
    s.snapDistancePx = std::clamp(snap.value(QStringLiteral("distancePx")).toInt(10), 1, kMaxSnapDistancePx);
    s.mixerVertical = o.value(QStringLiteral("mixerVertical")).toBool(false);
    s.minimizeToTray = o.value(QStringLiteral("minimizeToTray")).toBool(false);
    return s;
}

bool UiSettings::save(const QString &path, QString *error) const
{
    QJsonObject keys;
    for (auto it = hotkeys.begin(); it != hotkeys.end(); ++it)
        keys.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("version"), 1},
                        {QStringLiteral("language"), language},
                        {QStringLiteral("theme"), theme},
                        {QStringLiteral("hotkeys"), keys},
                        {QStringLiteral("snapping"), QJsonObject{{QStringLiteral("enabled"), snapping}, {QStringLiteral("distancePx"), snapDistancePx}}},
                        {QStringLiteral("mixerVertical"), mixerVertical},
                        {QStringLiteral("minimizeToTray"), minimizeToTray}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace shopcast::core
