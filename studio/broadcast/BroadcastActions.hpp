#pragma once

#include <QCoreApplication>

namespace shopcast::actions {
class ActionRegistry;
}

namespace shopcast::broadcast {

class BroadcastController;
class ProgramScreenshots;

// The outputs' actions (start and stop streaming and recording): the host's
// own, so a producer's remote cannot take the show off air. A screenshot of
// the program is a producer's too.
class BroadcastActions
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastActions)
public:
    static void registerOn(actions::ActionRegistry &registry, BroadcastController &controller, ProgramScreenshots &screenshots);
};

} // namespace shopcast::broadcast
