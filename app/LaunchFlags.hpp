#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "remote/RemoteServer.hpp"

#include <optional>

class QCommandLineParser;

namespace shopcast::actions {
class ActionRegistry;
}

namespace shopcast::app {

// OBS Studio's launch flags, with OBS's names and meaning, so a studio PC's
// start-up script or a host's shortcut works unchanged. What they ask is
// done through the show actions (scene.program, output.stream,
// output.record), as a click would; a flag this build cannot honour is said
// with the reason, and the studio starts anyway.
class LaunchFlags
{
    Q_DECLARE_TR_FUNCTIONS(LaunchFlags)
public:
    LaunchFlags();
    QList<QCommandLineOption> options() const;
    void read(const QCommandLineParser &parser);

    bool verbose() const { return m_verbose; }
    // Before the window: the program's scene. Problems in words.
    QStringList applyAtStart(actions::ActionRegistry &registry) const;
    // Once the program is up: going live and recording.
    QStringList applyOnFirstFrame(actions::ActionRegistry &registry) const;
    // The flags this build cannot honour, each with why.
    QStringList unsupported() const;
    // --collection NAME: the scene collection to start with (StudioOptions::collection).
    const QString &collectionName() const { return m_collectionName; }
    bool minimizeToTray() const { return m_tray; }
    // --profile NAME: the folder of that profile among profilesRoot's, when
    // there is one; otherwise fallback, with why in problems. --profile-dir
    // (explicit) wins over it.
    QString profileDir(const QString &fallback, bool explicitDir, const QString &profilesRoot, QStringList *problems) const;
    // --websocket_port/--websocket_password/--websocket_ipv4_only/--websocket_debug
    // (obs-websocket's own flags): the remote-control port to open, when a port
    // or a password was given and the port is one; problems in words.
    std::optional<remote::RemoteServer::Options> remoteControl(QStringList *problems) const;

private:
    QCommandLineOption m_startStreaming, m_startRecording, m_record, m_startReplayBuffer, m_scene, m_collection, m_profile, m_minimizeToTray, m_multi,
        m_verboseOption, m_websocketPort, m_websocketPassword, m_websocketViewerPassword, m_websocketIpv4Only, m_websocketDebug;
    bool m_streaming = false;
    bool m_recording = false;
    bool m_replayBuffer = false;
    bool m_tray = false;
    bool m_verbose = false;
    QString m_sceneName;
    QString m_collectionName;
    QString m_profileName;
    QString m_remotePort;
    QString m_remotePassword;
    QString m_remoteViewerPassword;
    bool m_remoteAsked = false;
    bool m_remoteIpv4Only = false;
    bool m_remoteDebug = false;
};

} // namespace shopcast::app
