#include "LaunchFlags.hpp"

#include "actions/ActionRegistry.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

namespace shopcast::app {

LaunchFlags::LaunchFlags()
    : m_startStreaming(QStringLiteral("startstreaming"), tr("Go live to the enabled destinations as soon as the program is up (as OBS)."))
    , m_startRecording(QStringLiteral("startrecording"), tr("Start recording as soon as the program is up (as OBS)."))
    , m_record(QStringLiteral("record"), tr("The same as --startrecording."))
    , m_startReplayBuffer(QStringLiteral("startreplaybuffer"), tr("Start the replay buffer as soon as the program is up (as OBS)."))
    , m_scene(QStringLiteral("scene"), tr("Put this scene on the program at start (as OBS)."), QStringLiteral("NAME"))
    , m_collection(QStringLiteral("collection"), tr("The scene collection to use (as OBS)."), QStringLiteral("NAME"))
    , m_profile(QStringLiteral("profile"), tr("The profile to use (as OBS): a folder in ~/.config/shopcast/profiles."), QStringLiteral("NAME"))
    , m_minimizeToTray(QStringLiteral("minimize-to-tray"), tr("Start minimized to the system tray (as OBS)."))
    , m_multi(QStringLiteral("multi"), tr("Allow several studios at once (as OBS; always allowed: each profile folder is its own)."))
    , m_verboseOption(QStringLiteral("verbose"), tr("Write libobs's debug lines to the log as well (as OBS)."))
    , m_websocketPort(QStringLiteral("websocket_port"), tr("Open the remote control (obs-websocket 5) on this port (as OBS)."), QStringLiteral("PORT"))
    , m_websocketPassword(QStringLiteral("websocket_password"), tr("The remote control's password: a client must know it (as OBS)."),
                          QStringLiteral("PASSWORD"))
    , m_websocketViewerPassword(QStringLiteral("websocket_viewer_password"),
                                tr("A second, read-only password for the remote control (a merchant watching; ShopCast's own)."), QStringLiteral("PASSWORD"))
    , m_websocketIpv4Only(QStringLiteral("websocket_ipv4_only"), tr("The remote control on IPv4 only (as OBS)."))
    , m_websocketDebug(QStringLiteral("websocket_debug"), tr("Write every remote-control message to the log (as OBS)."))
{}

QList<QCommandLineOption> LaunchFlags::options() const
{
    return {m_startStreaming,    m_startRecording, m_record,
            m_startReplayBuffer, m_scene,          m_collection,
            m_profile,           m_minimizeToTray, m_multi,
            m_verboseOption,     m_websocketPort,  m_websocketPassword,
            m_websocketIpv4Only, m_websocketDebug, m_websocketViewerPassword};
}

void LaunchFlags::read(const QCommandLineParser &parser)
{
    m_streaming = parser.isSet(m_startStreaming);
    m_recording = parser.isSet(m_startRecording) || parser.isSet(m_record);
    m_replayBuffer = parser.isSet(m_startReplayBuffer);
    m_tray = parser.isSet(m_minimizeToTray);
    m_verbose = parser.isSet(m_verboseOption);
    m_sceneName = parser.value(m_scene);
    m_collectionName = parser.value(m_collection);
    m_profileName = parser.value(m_profile);
    m_remoteAsked = parser.isSet(m_websocketPort) || parser.isSet(m_websocketPassword);
    m_remotePort = parser.value(m_websocketPort);
    m_remotePassword = parser.value(m_websocketPassword);
    m_remoteViewerPassword = parser.value(m_websocketViewerPassword);
    m_remoteIpv4Only = parser.isSet(m_websocketIpv4Only);
    m_remoteDebug = parser.isSet(m_websocketDebug);
}

std::optional<remote::RemoteServer::Options> LaunchFlags::remoteControl(QStringList *problems) const
{
    if (!m_remoteAsked)
        return std::nullopt;
    remote::RemoteServer::Options options;
    if (!m_remotePort.isEmpty()) {
        bool ok = false;
        const uint port = m_remotePort.toUInt(&ok);
        if (!ok || port > 65535) { // 0: any free port (said on stderr), for scripts and tests
            problems->append(tr("--websocket_port %1 is not a port (0-65535); the remote control stays off.").arg(m_remotePort));
            return std::nullopt;
        }
        options.port = quint16(port);
    }
    options.passwords.producer = m_remotePassword;
    options.passwords.viewer = m_remoteViewerPassword;
    options.ipv4Only = m_remoteIpv4Only;
    options.debug = m_remoteDebug;
    return options;
}

QStringList LaunchFlags::unsupported() const
{
    QStringList out;
    return out;
}

QString LaunchFlags::profileDir(const QString &fallback, bool explicitDir, const QString &profilesRoot, QStringList *problems) const
{
    if (m_profileName.isEmpty())
        return fallback;
    if (explicitDir) {
        problems->append(tr("--profile %1: --profile-dir is given too and is used.").arg(m_profileName));
        return fallback;
    }
    const QDir root(profilesRoot);
    // A name, not a path: nothing outside the profiles' folder.
    if (!m_profileName.contains(QLatin1Char('/')) && m_profileName != QLatin1String(".") && m_profileName != QLatin1String("..") && root.exists(m_profileName))
        return root.filePath(m_profileName);
    const QStringList known = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    problems->append(tr("--profile %1: there is no such profile in %2 (profiles: %3); %4 is used.")
                         .arg(m_profileName, QDir::toNativeSeparators(profilesRoot), known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")),
                              QDir::toNativeSeparators(fallback)));
    return fallback;
}

QStringList LaunchFlags::applyAtStart(actions::ActionRegistry &registry) const
{
    if (m_sceneName.isEmpty())
        return {};
    const actions::ActionResult r = registry.invoke(QStringLiteral("scene.program"), {{QStringLiteral("scene"), m_sceneName}}, actions::Origin::Startup);
    if (r.ok)
        return {};
    return {tr("--scene %1: %2; the saved scene stays on the program.").arg(m_sceneName, r.error)};
}

QStringList LaunchFlags::applyOnFirstFrame(actions::ActionRegistry &registry) const
{
    QStringList problems;
    // The actions toggle: nothing runs yet when the studio has just started.
    for (const auto &[wanted, id] : {std::pair{m_streaming, QStringLiteral("output.stream")}, std::pair{m_recording, QStringLiteral("output.record")},
                                     std::pair{m_replayBuffer, QStringLiteral("output.replayBuffer")}}) {
        if (!wanted)
            continue;
        const actions::ActionResult r = registry.invoke(id, actions::Origin::Startup);
        if (!r.ok)
            problems.append(tr("%1 at start: %2").arg(id, r.error));
    }
    return problems;
}

} // namespace shopcast::app
