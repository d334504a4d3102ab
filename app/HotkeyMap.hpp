#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QObject>

#include <functional>

class QWidget;

namespace shopcast::actions {
class ActionRegistry;
}

namespace shopcast::app {

// The keys of every show action in the registry, with its default keys and
// the user's own (a profile's ui.json keeps only what differs from the
// default). install() gives the window one shortcut per action; pressing it
// invokes the action by id, so a key does exactly what the button, the
// rhythm timer or a remote client does. A change in Settings applies at
// once. Two actions never share keys: a change that would is refused and
// names the other action.
class HotkeyMap : public QObject
{
    Q_OBJECT
public:
    struct Binding
    {
        QString id;
        QString label;
        QKeySequence defaultKeys;
    };
    // Every action of the registry, in its order.
    static QList<Binding> bindingsOf(const actions::ActionRegistry &registry);

    explicit HotkeyMap(QList<Binding> bindings, const QMap<QString, QString> &overrides = {}, QObject *parent = nullptr);

    const QList<Binding> &bindings() const { return m_bindings; }
    QString label(const QString &id) const;
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
    // that clashes with one already given is left out. Ids of older builds
    // ("lineup.next") are read as today's ("product.next").
    void setOverrides(const QMap<QString, QString> &overrides);
    // One application-wide shortcut per action on window, named
    // "hotkey:<id>", kept in step with later changes; pressing it invokes
    // the action with what the window has selected (the registry's default
    // parameters). A refusal is reported with refused().
    void install(QWidget *window, actions::ActionRegistry &registry);
    // Keys held by something other than an action (a source's push-to-talk),
    // named in words, or empty: set() refuses them too.
    void setReservedBy(std::function<QString(const QKeySequence &)> reservedBy) { m_reservedBy = std::move(reservedBy); }

signals:
    void changed(const QString &id, const QKeySequence &keys);
    void refused(const QString &label, const QString &reason);

private:
    QList<Binding> m_bindings;
    QHash<QString, QKeySequence> m_keys;
    std::function<QString(const QKeySequence &)> m_reservedBy;
};

} // namespace shopcast::app
