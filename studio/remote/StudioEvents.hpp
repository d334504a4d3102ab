#pragma once

#include <QObject>
#include <QStringList>

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::broadcast {
class BroadcastController;
class OutputControl;
class SceneEditor;
class StudioMode;
} // namespace shopcast::broadcast

namespace shopcast::remote {

class RemoteServer;

// The studio's changes as obs-websocket events: the program and preview
// scene, the scene list, studio mode, stream, recording and replay buffer
// states, the exit; and every show action, run or refused, as a VendorEvent
// of vendor "shopcast" (a console follows the show from them).
class StudioEvents : public QObject
{
    Q_OBJECT
public:
    StudioEvents(RemoteServer &server, broadcast::SceneEditor &scenes, broadcast::StudioMode &studioMode, broadcast::BroadcastController &broadcast,
                 broadcast::OutputControl &outputs, actions::ActionRegistry &actions, QObject *parent = nullptr);

    // The studio is closing: ExitStarted, before the server goes.
    void exitStarted();

private:
    void onCollectionChanged();

    RemoteServer &m_server;
    broadcast::SceneEditor &m_scenes;
    QString m_program;
    QStringList m_sceneNames;
};

} // namespace shopcast::remote
