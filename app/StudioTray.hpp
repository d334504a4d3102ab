#pragma once

#include <QObject>

class QAction;
class QSystemTrayIcon;
class QWidget;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::broadcast {
class BroadcastController;
}

namespace shopcast::app {

// The studio in the system tray, as OBS has it: the icon says live (red)
// and recording (a dot), its menu starts and stops streaming, recording and
// the replay buffer through the show actions and shows or hides the window.
// On a desktop with no tray it exists but is not shown (available() says so).
class StudioTray : public QObject
{
    Q_OBJECT
public:
    StudioTray(broadcast::BroadcastController &controller, actions::ActionRegistry &actions, QWidget &window);
    ~StudioTray() override;

    static bool available();
    QSystemTrayIcon &icon() { return *m_icon; }
    // The window hidden to the tray (minimize to tray, --minimize-to-tray);
    // false when there is no tray to come back from.
    bool hideWindow();
    void showWindow();

private:
    void update();

    broadcast::BroadcastController &m_controller;
    actions::ActionRegistry &m_actions;
    QWidget &m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_showHide = nullptr;
    QAction *m_stream = nullptr;
    QAction *m_record = nullptr;
    QAction *m_replay = nullptr;
};

} // namespace shopcast::app
