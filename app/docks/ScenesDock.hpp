#pragma once

#include <QDockWidget>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::app {

// The scenes of the collection, the one on the program selected; a click
// switches the program through the transition chosen below the list.
class ScenesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ScenesDock(broadcast::SceneEditor &scenes, QWidget *parent = nullptr);

private:
    void refresh();
    void addScene();
    void removeScene();
    void changeTransition();

    broadcast::SceneEditor &m_scenes;
    QListWidget *m_list = nullptr;
    QComboBox *m_transition = nullptr;
    QSpinBox *m_durationMs = nullptr;
};

} // namespace shopcast::app
