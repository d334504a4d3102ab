#pragma once

#include <QDockWidget>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace shopcast::broadcast {
class ProgramView;
class SceneEditor;
class StudioMode;
} // namespace shopcast::broadcast

namespace shopcast::app {

// The scenes of the collection, the one on the program selected; a click
// switches the program through the transition chosen below the list. In
// studio mode a click puts the scene in the preview instead (the
// Transition button sends it on air). Filters… edits the filters of the
// selected scene (a colour grade of everything in it).
class ScenesDock : public QDockWidget
{
    Q_OBJECT
public:
    ScenesDock(broadcast::SceneEditor &scenes, broadcast::StudioMode &studioMode, broadcast::ProgramView &program, QWidget *parent = nullptr);

private:
    void refresh();
    void addScene();
    void removeScene();
    void changeTransition();

    broadcast::SceneEditor &m_scenes;
    broadcast::StudioMode &m_studioMode;
    broadcast::ProgramView &m_program;
    QListWidget *m_list = nullptr;
    QComboBox *m_transition = nullptr;
    QSpinBox *m_durationMs = nullptr;
};

} // namespace shopcast::app
