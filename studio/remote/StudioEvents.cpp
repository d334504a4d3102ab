#include "StudioEvents.hpp"

#include "ObsWebSocketProtocol.hpp"
#include "RemoteServer.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastController.hpp"
#include "broadcast/OutputControl.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"
#include "broadcast/StudioMode.hpp"

#include <QJsonArray>

namespace shopcast::remote {

namespace {

QString outputState(bool active)
{
    return active ? QStringLiteral("OBS_WEBSOCKET_OUTPUT_STARTED") : QStringLiteral("OBS_WEBSOCKET_OUTPUT_STOPPED");
}

QStringList sceneNames(const broadcast::SceneEditor &scenes)
{
    QStringList names;
    for (const broadcast::SceneSpec &scene : scenes.collection().scenes())
        names.append(scene.name);
    return names;
}

} // namespace

StudioEvents::StudioEvents(RemoteServer &server, broadcast::SceneEditor &scenes, broadcast::StudioMode &studioMode, broadcast::BroadcastController &broadcast,
                           broadcast::OutputControl &outputs, actions::ActionRegistry &actions, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_scenes(scenes)
    , m_program(scenes.collection().currentScene())
    , m_sceneNames(sceneNames(scenes))
{
    connect(&scenes, &broadcast::SceneEditor::collectionChanged, this, &StudioEvents::onCollectionChanged);
    connect(&studioMode, &broadcast::StudioMode::enabledChanged, this, [this](bool on) {
        m_server.broadcastEvent(QStringLiteral("StudioModeStateChanged"), EventSubscription::Ui, {{QStringLiteral("studioModeEnabled"), on}});
    });
    connect(&studioMode, &broadcast::StudioMode::previewSceneChanged, this, [this](const QString &name) {
        m_server.broadcastEvent(QStringLiteral("CurrentPreviewSceneChanged"), EventSubscription::Scenes, {{QStringLiteral("sceneName"), name}});
    });
    connect(&broadcast, &broadcast::BroadcastController::streamingChanged, this, [this](bool on) {
        m_server.broadcastEvent(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs,
                                {{QStringLiteral("outputActive"), on}, {QStringLiteral("outputState"), outputState(on)}});
    });
    connect(&broadcast, &broadcast::BroadcastController::recordingChanged, this, [this](bool on) {
        m_server.broadcastEvent(
            QStringLiteral("RecordStateChanged"), EventSubscription::Outputs,
            {{QStringLiteral("outputActive"), on}, {QStringLiteral("outputState"), outputState(on)}, {QStringLiteral("outputPath"), QJsonValue::Null}});
    });
    connect(&broadcast, &broadcast::BroadcastController::replayBufferChanged, this, [this](bool on) {
        m_server.broadcastEvent(QStringLiteral("ReplayBufferStateChanged"), EventSubscription::Outputs,
                                {{QStringLiteral("outputActive"), on}, {QStringLiteral("outputState"), outputState(on)}});
    });
    connect(&outputs, &broadcast::OutputControl::replaySaved, this, [this](const QString &path) {
        m_server.broadcastEvent(QStringLiteral("ReplayBufferSaved"), EventSubscription::Outputs, {{QStringLiteral("savedReplayPath"), path}});
    });
    connect(&actions, &actions::ActionRegistry::invoked, this, [this](const actions::Invocation &i) {
        QJsonObject data{{QStringLiteral("action"), i.actionId},
                         {QStringLiteral("params"), i.params},
                         {QStringLiteral("ok"), i.result.ok},
                         {QStringLiteral("origin"), actions::Origins::id(i.caller.origin)}};
        if (!i.result.ok)
            data.insert(QStringLiteral("error"), i.result.error);
        if (!i.result.data.isEmpty())
            data.insert(QStringLiteral("result"), i.result.data);
        if (!i.caller.client.isEmpty())
            data.insert(QStringLiteral("client"), i.caller.client);
        m_server.broadcastEvent(QStringLiteral("VendorEvent"), EventSubscription::Vendors,
                                {{QStringLiteral("vendorName"), QStringLiteral("shopcast")},
                                 {QStringLiteral("eventType"), QStringLiteral("ActionInvoked")},
                                 {QStringLiteral("eventData"), data}});
    });
}

void StudioEvents::exitStarted()
{
    m_server.broadcastEvent(QStringLiteral("ExitStarted"), EventSubscription::General);
}

void StudioEvents::onCollectionChanged()
{
    const QString program = m_scenes.collection().currentScene();
    if (program != m_program) {
        m_program = program;
        m_server.broadcastEvent(QStringLiteral("CurrentProgramSceneChanged"), EventSubscription::Scenes, {{QStringLiteral("sceneName"), program}});
    }
    const QStringList names = sceneNames(m_scenes);
    if (names != m_sceneNames) {
        m_sceneNames = names;
        QJsonArray list;
        for (qsizetype i = names.size() - 1; i >= 0; --i)
            list.append(QJsonObject{{QStringLiteral("sceneIndex"), qint64(names.size() - 1 - i)}, {QStringLiteral("sceneName"), names.at(i)}});
        m_server.broadcastEvent(QStringLiteral("SceneListChanged"), EventSubscription::Scenes, {{QStringLiteral("scenes"), list}});
    }
}

} // namespace shopcast::remote
