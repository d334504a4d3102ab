#pragma once

#include <QHash>
#include <QKeySequence>
#include <QMap>
#include <QObject>

class QShortcut;
class QWidget;

namespace shopcast::app {

// Every show action a key can fire, with its default keys and the user's own
// (a profile's ui.json keeps only what differs from the default). Docks make
// their shortcuts with shortcut(owner, id); the window binds them all to the
// map, so a change in Settings applies at once, everywhere. Two actions never
// share keys: a change that would is refused and names the other action.
class HotkeyMap : public QObject
{
    Q_OBJECT
public:
    struct Action
    {
        const char *id;
        const char *label; // QT_TRANSLATE_NOOP("shopcast::app::HotkeyMap", ...)
        QKeySequence defaultKeys;
    };
    static const QList<Action> &actions();
    static QString label(const QString &id);
    // A dock's shortcut for the action: application-wide, with the default keys
    // until bind() gives it the user's.
    static QShortcut *shortcut(QWidget *owner, const char *id);

    explicit HotkeyMap(const QMap<QString, QString> &overrides = {}, QObject *parent = nullptr);

    QKeySequence keys(const QString &id) const;
    // The other action these keys belong to; empty when none (or no keys).
    QString conflict(const QString &id, const QKeySequence &keys) const;
    // Empty keys: the action has none. False, with the reason, for an unknown
    // action or keys another action has.
    bool set(const QString &id, const QKeySequence &keys, QString *error);
    void resetAll();
    // The user's keys as ui.json keeps them: the actions that differ from their default.
    QMap<QString, QString> overrides() const;
    // All actions to what the overrides say (defaults for the rest); an override
    // that clashes with one already given is left out.
    void setOverrides(const QMap<QString, QString> &overrides);
    // Gives every hotkey shortcut under root its keys, now and after each change.
    void bind(QObject *root);

signals:
    void changed(const QString &id, const QKeySequence &keys);

private:
    QHash<QString, QKeySequence> m_keys;
};

} // namespace shopcast::app
