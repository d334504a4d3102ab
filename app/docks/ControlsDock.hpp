#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;

namespace shopcast::broadcast {
class BroadcastController;
class StudioMode;
} // namespace shopcast::broadcast
namespace shopcast::show {
class ShowSession;
}

namespace shopcast::app {

// Start/End the show, Start/Stop Streaming and Recording, studio mode on
// and off, plus the way into the destinations and settings dialogs. Labels follow the controllers'
// state, never the click.
class ControlsDock : public QDockWidget
{
    Q_OBJECT
public:
    ControlsDock(broadcast::BroadcastController &controller, show::ShowSession &session, broadcast::StudioMode &studioMode, QWidget *parent = nullptr);

signals:
    void destinationsRequested();
    void settingsRequested();

private:
    void updateStreaming(bool streaming);
    void updateRecording(bool recording);
    void updateReplayBuffer(bool active);
    void updateVirtualCamera(bool active);
    void updateShow();

    broadcast::BroadcastController &m_controller;
    show::ShowSession &m_session;
    QLabel *m_showState = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_stream = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_replayBuffer = nullptr;
    QPushButton *m_saveReplay = nullptr;
    QPushButton *m_virtualCamera = nullptr;
    QPushButton *m_studioMode = nullptr;
};

} // namespace shopcast::app
