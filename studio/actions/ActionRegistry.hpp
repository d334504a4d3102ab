#pragma once

#include "ActionOrigin.hpp"
#include "ActionResult.hpp"
#include "ActionSpec.hpp"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace shopcast::actions {

// Who invokes: where the call came from and what it may do. A remote client
// names itself (shown on the timeline and in the host's window).
struct Caller
{
    Origin origin = Origin::Dock;
    Permission permission = Permission::Host;
    QString client;
};

// One invocation as it happened, for the timeline and for anyone listening
// (the host's window shows what a remote producer did).
struct Invocation
{
    QString actionId;
    QJsonObject params;
    Caller caller;
    ActionResult result;
};

// Every show action, by id, in one place — the way Qt Creator's
// ActionManager keeps Commands and obs-websocket maps a request name to one
// handler. Docks, menus, hotkeys, the rhythm timer, the CLI and remote
// clients all call invoke(); it checks the caller's permission, the
// parameters against the schema and whether the action may run now, runs
// the handler (on the GUI thread, where the show lives) and reports the
// invocation. Adding an action is one add() call: its hotkey, its menu
// entry and its remote request follow from the spec.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ActionResult(const QJsonObject &params, const Caller &caller)>;
    // Empty: the action may run now; otherwise why not, in words for the user.
    using Availability = std::function<QString()>;
    // What the window has selected for an action (the product row, the
    // comment): a hotkey or menu entry says no more than the action's id.
    using ParamsProvider = std::function<QJsonObject()>;

    explicit ActionRegistry(QObject *parent = nullptr);

    // False (and nothing changes) when the id is taken or empty.
    bool add(const ActionSpec &spec, Handler handler, Availability availability = {});

    QList<ActionSpec> actions() const; // in the order they were added
    const ActionSpec *find(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    // Empty when the action may run now; otherwise why not.
    QString unavailableReason(const QString &id) const;
    // The schema a remote client lists: every action with its parameters.
    QJsonArray schema() const;

    // The panel that knows the selection provides it; one provider an action.
    void setDefaultParams(const QString &id, const ParamsProvider &provider);
    QJsonObject defaultParams(const QString &id) const;

    ActionResult invoke(const QString &id, const QJsonObject &params, const Caller &caller);
    ActionResult invoke(const QString &id, const QJsonObject &params, Origin origin) { return invoke(id, params, Caller{origin, Permission::Host, {}}); }
    ActionResult invoke(const QString &id, Origin origin) { return invoke(id, {}, origin); }

signals:
    // After every invocation, run or refused.
    void invoked(const shopcast::actions::Invocation &invocation);

private:
    struct Entry
    {
        ActionSpec spec;
        Handler handler;
        Availability availability;
    };
    QString checkParams(const ActionSpec &spec, const QJsonObject &params) const;

    QList<Entry> m_entries;
    QHash<QString, int> m_index;
    QHash<QString, ParamsProvider> m_defaultParams;
};

} // namespace shopcast::actions
