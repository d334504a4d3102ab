#pragma once

#include <QDockWidget>

class QListWidget;

namespace shopcast::broadcast {
class BroadcastEngine;
}

namespace shopcast::app {

class ScenesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ScenesDock(broadcast::BroadcastEngine &engine, QWidget *parent = nullptr);

private:
    void refresh();
    void addScene();
    void removeScene();

    broadcast::BroadcastEngine &m_engine;
    QListWidget *m_list = nullptr;
};

} // namespace shopcast::app
