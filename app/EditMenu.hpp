#pragma once

#include <QMenu>

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::app {

class HotkeyMap;

// The Edit menu: Undo and Redo of scene edits, named for the step they
// would take ("Undo Move 摄像头") and greyed out when there is none. They
// invoke scene.undo / scene.redo like their keys do; the keys shown are the
// user's, and Ctrl+Shift+Z redoes too unless an action has it.
class EditMenu : public QMenu
{
    Q_OBJECT
public:
    EditMenu(broadcast::SceneEditor &scenes, actions::ActionRegistry &registry, HotkeyMap &hotkeys, QWidget *window);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

private:
    void refresh();

    broadcast::SceneEditor &m_scenes;
    HotkeyMap &m_hotkeys;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace shopcast::app
