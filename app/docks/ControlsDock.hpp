#pragma once

#include <QDockWidget>

class QPushButton;

namespace shopcast::broadcast {
class BroadcastController;
}

namespace shopcast::app {

// Start/Stop Streaming and Recording, plus the way into the destinations and
// settings dialogs. Labels follow the controller's state, never the click.
class ControlsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ControlsDock(broadcast::BroadcastController &controller, QWidget *parent = nullptr);

signals:
    void destinationsRequested();
    void settingsRequested();

private:
    void updateStreaming(bool streaming);
    void updateRecording(bool recording);

    broadcast::BroadcastController &m_controller;
    QPushButton *m_stream = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace shopcast::app
