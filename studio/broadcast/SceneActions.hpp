#pragma once

#include <QCoreApplication>

namespace shopcast::actions {
class ActionRegistry;
}

namespace shopcast::broadcast {

class SceneEditor;
class StudioMode;

// Scene editing's actions: undo and redo of the last scene, source,
// transform or filter edit, from the Edit menu, Ctrl+Z / Ctrl+Y or a
// producer's remote; studio mode on/off, the scene in its preview and the
// Transition (Ctrl+T). The result names the step, so a remote client can say
// what it undid.
class SceneActions
{
    Q_DECLARE_TR_FUNCTIONS(SceneActions)
public:
    static void registerOn(actions::ActionRegistry &registry, SceneEditor &editor, StudioMode &studioMode);
};

} // namespace shopcast::broadcast
