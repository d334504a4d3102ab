#pragma once

#include <QDockWidget>

class QListWidget;

namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::app {

class ScenesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ScenesDock(broadcast::SceneEditor &scenes, QWidget *parent = nullptr);

private:
    void refresh();
    void addScene();
    void removeScene();

    broadcast::SceneEditor &m_scenes;
    QListWidget *m_list = nullptr;
};

} // namespace shopcast::app
