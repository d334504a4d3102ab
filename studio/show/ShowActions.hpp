#pragma once

#include "actions/ActionOrigin.hpp"

#include <QCoreApplication>

namespace shopcast::actions {
class ActionRegistry;
}

namespace shopcast::show {

class RundownSession;
class ShowSession;
enum class Trigger;

// The show's actions, registered in one place: putting products on air,
// sold out, flash sales, the rhythm timer, pinned comments, lotteries,
// polls, starting and ending the show. Each is a thin handler over the room
// that does the work; the registry checks parameters and permissions, and
// the session records every invocation on the timeline.
class ShowActions
{
    Q_DECLARE_TR_FUNCTIONS(ShowActions)
public:
    static void registerOn(actions::ActionRegistry &registry, ShowSession &session);
    // The rhythm timer's four (part of registerOn; alone for a rundown without a show).
    static void registerRhythm(actions::ActionRegistry &registry, RundownSession &rundown);
    // The team's: notes to the host, the buyers' questions, the review queue (part of registerOn).
    static void registerTeam(actions::ActionRegistry &registry, ShowSession &session);
    // What a product switch records as its trigger for an action's origin.
    static Trigger triggerFor(actions::Origin origin);
};

} // namespace shopcast::show
