// The studio behind the remote-control port (on the fake engine): OBS's
// requests read and change the studio through its action registry, with the
// producer's and the viewer's roles, and the studio's changes come back as
// events — the scene switched, every show action as a VendorEvent, the exit.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "actions/ActionRegistry.hpp"
#include "assembly/StudioCore.hpp"
#include "chat/ChatModel.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"
#include "audio/AudioMixer.hpp"
#include "remote/InputRequests.hpp"
#include "remote/ObsAuth.hpp"
#include "remote/ObsWebSocketProtocol.hpp"
#include "remote/RemoteServer.hpp"
#include "show/ShowSession.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QWebSocket>

using namespace shopcast;
using namespace shopcast::remote;

namespace {

struct Client
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QList<QJsonObject> received;
    int next = 1;

    Client(quint16 port, const QString &password)
    {
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(),
                         [this](const QString &text) { received.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        REQUIRE_EVENTUALLY(received.size() == 1, 10'000);
        const QJsonObject auth = received.first().value(QStringLiteral("d")).toObject().value(QStringLiteral("authentication")).toObject();
        const QByteArray answer = ObsAuth::response(ObsAuth::secret(password, auth.value(QStringLiteral("salt")).toString().toLatin1()),
                                                    auth.value(QStringLiteral("challenge")).toString().toLatin1());
        send(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("authentication"), QString::fromLatin1(answer)}});
        REQUIRE_EVENTUALLY(received.size() == 2, 10'000);
        REQUIRE(received.at(1).value(QStringLiteral("op")).toInt() == OpCode::Identified);
    }
    void send(int op, const QJsonObject &d)
    {
        socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("d"), d}}).toJson(QJsonDocument::Compact)));
    }
    // The response's d, once it is here.
    QJsonObject request(const QString &type, const QJsonObject &data = {})
    {
        const QString id = QString::number(next++);
        send(OpCode::Request, {{QStringLiteral("requestType"), type}, {QStringLiteral("requestId"), id}, {QStringLiteral("requestData"), data}});
        QJsonObject found;
        REQUIRE_EVENTUALLY(std::any_of(received.cbegin(), received.cend(),
                                       [&](const QJsonObject &m) {
                                           const QJsonObject d = m.value(QStringLiteral("d")).toObject();
                                           if (m.value(QStringLiteral("op")).toInt() != OpCode::RequestResponse
                                               || d.value(QStringLiteral("requestId")).toString() != id)
                                               return false;
                                           found = d;
                                           return true;
                                       }),
                           10'000);
        return found;
    }
    QList<QJsonObject> events(const QString &type) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : received)
            if (m.value(QStringLiteral("op")).toInt() == OpCode::Event
                && m.value(QStringLiteral("d")).toObject().value(QStringLiteral("eventType")).toString() == type)
                out.append(m.value(QStringLiteral("d")).toObject().value(QStringLiteral("eventData")).toObject());
        return out;
    }
};

int code(const QJsonObject &response)
{
    return response.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("code")).toInt();
}

// The demo show on the fake engine, its remote control open on a free port.
std::unique_ptr<assembly::StudioCore> remoteStudio(const QString &profileDir)
{
    assembly::StudioOptions options;
    options.profileDir = profileDir;
    options.freshDemo = true;
    options.resume = assembly::StudioOptions::Resume::Never;
    RemoteServer::Options remote;
    remote.port = 0;
    remote.passwords = {QStringLiteral("producer-pw"), QStringLiteral("viewer-pw")};
    options.remoteControl = remote;
    QString error;
    auto studio = assembly::StudioCore::create(
        options,
        [](const broadcast::BroadcastSettings &, QStringList *, QString *) { return std::unique_ptr<broadcast::BroadcastEngine>(new test::FakeEngine); },
        &error);
    INFO(error.toStdString());
    REQUIRE(studio);
    REQUIRE(studio->remoteServer());
    REQUIRE_EVENTUALLY(studio->isStartupFinished(), 10'000); // the demo catalog is read on a worker
    return studio;
}

} // namespace

TEST_CASE("remote requests: scenes, outputs, hotkeys and the show's actions through the registry, for the producer and the viewer", "[remote]")
{
    QTemporaryDir profile;
    auto studio = remoteStudio(profile.path());
    const quint16 port = studio->remoteServer()->port();
    Client producer(port, QStringLiteral("producer-pw"));
    Client viewer(port, QStringLiteral("viewer-pw"));

    const QJsonObject version = producer.request(QStringLiteral("GetVersion")).value(QStringLiteral("responseData")).toObject();
    CHECK(version.value(QStringLiteral("rpcVersion")).toInt() == 1);
    CHECK(version.value(QStringLiteral("availableRequests")).toArray().contains(QStringLiteral("SetCurrentProgramScene")));

    const QJsonObject list = producer.request(QStringLiteral("GetSceneList")).value(QStringLiteral("responseData")).toObject();
    const QList<broadcast::SceneSpec> &scenes = studio->engine().scenes().collection().scenes();
    REQUIRE(scenes.size() >= 2);
    CHECK(list.value(QStringLiteral("scenes")).toArray().size() == scenes.size());
    CHECK(list.value(QStringLiteral("currentProgramSceneName")).toString() == studio->engine().scenes().collection().currentScene());
    CHECK(list.value(QStringLiteral("currentPreviewSceneName")).isNull()); // studio mode is off
    const QString other = scenes.at(1).name;

    // The viewer watches; it may not switch.
    CHECK(code(viewer.request(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), other}})) == RequestStatus::CannotAct);
    CHECK(studio->engine().scenes().collection().currentScene() != other);
    // The producer switches: the studio follows, every client hears of it.
    CHECK(code(producer.request(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), other}})) == RequestStatus::Success);
    CHECK(studio->engine().scenes().collection().currentScene() == other);
    REQUIRE_EVENTUALLY(!viewer.events(QStringLiteral("CurrentProgramSceneChanged")).isEmpty(), 10'000);
    CHECK(viewer.events(QStringLiteral("CurrentProgramSceneChanged")).last().value(QStringLiteral("sceneName")).toString() == other);
    // As a show action, with the client's address on it.
    REQUIRE_EVENTUALLY(!viewer.events(QStringLiteral("VendorEvent")).isEmpty(), 10'000);
    const QJsonObject invoked = viewer.events(QStringLiteral("VendorEvent")).last();
    CHECK(invoked.value(QStringLiteral("vendorName")).toString() == QStringLiteral("shopcast"));
    CHECK(invoked.value(QStringLiteral("eventData")).toObject().value(QStringLiteral("action")).toString() == QStringLiteral("scene.program"));
    CHECK(invoked.value(QStringLiteral("eventData")).toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("remote"));
    CHECK(invoked.value(QStringLiteral("eventData")).toObject().value(QStringLiteral("client")).toString().contains(QStringLiteral("127.0.0.1")));

    // Fields and names checked with the protocol's codes.
    CHECK(code(producer.request(QStringLiteral("SetCurrentProgramScene"))) == RequestStatus::MissingRequestField);
    CHECK(code(producer.request(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), 3}})) == RequestStatus::InvalidRequestFieldType);
    CHECK(code(producer.request(QStringLiteral("SetCurrentProgramScene"), {{QStringLiteral("sceneName"), QStringLiteral("没有这个")}}))
          == RequestStatus::ResourceNotFound);
    CHECK(code(producer.request(QStringLiteral("NoSuchRequest"))) == RequestStatus::UnknownRequestType);
    CHECK(code(producer.request(QStringLiteral("GetCurrentPreviewScene"))) == RequestStatus::StudioModeNotActive);
    CHECK(code(producer.request(QStringLiteral("StopStream"))) == RequestStatus::OutputNotRunning);
    CHECK(code(producer.request(QStringLiteral("SaveReplayBuffer"))) == RequestStatus::OutputNotRunning);
    CHECK(producer.request(QStringLiteral("GetStreamStatus")).value(QStringLiteral("responseData")).toObject().value(QStringLiteral("outputActive")) == false);

    // Studio mode from a remote: the preview scene is then there to read and set.
    CHECK(code(producer.request(QStringLiteral("SetStudioModeEnabled"), {{QStringLiteral("studioModeEnabled"), true}})) == RequestStatus::Success);
    CHECK(code(producer.request(QStringLiteral("SetCurrentPreviewScene"), {{QStringLiteral("sceneName"), scenes.at(0).name}})) == RequestStatus::Success);
    CHECK(producer.request(QStringLiteral("GetCurrentPreviewScene"))
              .value(QStringLiteral("responseData"))
              .toObject()
              .value(QStringLiteral("currentPreviewSceneName"))
              .toString()
          == scenes.at(0).name);
    CHECK(code(producer.request(QStringLiteral("TriggerStudioModeTransition"))) == RequestStatus::Success);
    CHECK(studio->engine().scenes().collection().currentScene() == scenes.at(0).name);

    // Hotkeys are the actions; the vendor requests reach them all, and list them.
    const QJsonArray hotkeys
        = producer.request(QStringLiteral("GetHotkeyList")).value(QStringLiteral("responseData")).toObject().value(QStringLiteral("hotkeys")).toArray();
    CHECK(hotkeys.contains(QStringLiteral("output.stream")));
    CHECK(code(producer.request(QStringLiteral("TriggerHotkeyByName"), {{QStringLiteral("hotkeyName"), QStringLiteral("no.such")}}))
          == RequestStatus::ResourceNotFound);
    const QJsonObject actionList = producer.request(QStringLiteral("CallVendorRequest"), {{QStringLiteral("vendorName"), QStringLiteral("shopcast")},
                                                                                          {QStringLiteral("requestType"), QStringLiteral("GetActionList")}});
    const QJsonArray actions = actionList.value(QStringLiteral("responseData"))
                                   .toObject()
                                   .value(QStringLiteral("responseData"))
                                   .toObject()
                                   .value(QStringLiteral("actions"))
                                   .toArray();
    CHECK(actions.size() == studio->show().actions().actions().size());
    const auto viewerList = viewer.request(QStringLiteral("CallVendorRequest"), {{QStringLiteral("vendorName"), QStringLiteral("shopcast")},
                                                                                 {QStringLiteral("requestType"), QStringLiteral("GetActionList")}});
    const QJsonArray viewerActions = viewerList.value(QStringLiteral("responseData"))
                                         .toObject()
                                         .value(QStringLiteral("responseData"))
                                         .toObject()
                                         .value(QStringLiteral("actions"))
                                         .toArray();
    CHECK(std::none_of(viewerActions.begin(), viewerActions.end(), [](const QJsonValue &a) {
        return a.toObject().value(QStringLiteral("id")).toString() == QLatin1String("output.stream")
               && a.toObject().value(QStringLiteral("allowedNow")).toBool();
    }));
    const QJsonObject viaVendor
        = producer.request(QStringLiteral("CallVendorRequest"), {{QStringLiteral("vendorName"), QStringLiteral("shopcast")},
                                                                 {QStringLiteral("requestType"), QStringLiteral("scene.program")},
                                                                 {QStringLiteral("requestData"), QJsonObject{{QStringLiteral("scene"), other}}}});
    CHECK(code(viaVendor) == RequestStatus::Success);
    CHECK(studio->engine().scenes().collection().currentScene() == other);
    CHECK(code(producer.request(QStringLiteral("CallVendorRequest"),
                                {{QStringLiteral("vendorName"), QStringLiteral("obs")}, {QStringLiteral("requestType"), QStringLiteral("x")}}))
          == RequestStatus::ResourceNotFound);

    // The studio's health, for a producer watching and for the show benchmark:
    // a viewer may read it; a comment shown in the chat is in its latency.
    chat::ChatEvent shown;
    shown.platform = QStringLiteral("douyin");
    shown.id = QStringLiteral("health-1");
    shown.userId = QStringLiteral("u");
    shown.text = QStringLiteral("主播好");
    studio->show().chat().append({shown});
    studio->show().chat().flush();
    const QJsonObject health = viewer
                                   .request(QStringLiteral("CallVendorRequest"), {{QStringLiteral("vendorName"), QStringLiteral("shopcast")},
                                                                                  {QStringLiteral("requestType"), QStringLiteral("GetStudioHealth")}})
                                   .value(QStringLiteral("responseData"))
                                   .toObject()
                                   .value(QStringLiteral("responseData"))
                                   .toObject();
    INFO(QJsonDocument(health).toJson().toStdString());
    CHECK(health.value(QStringLiteral("commentLatencyMs")).toObject().value(QStringLiteral("count")).toInteger() >= 1);
    CHECK(health.value(QStringLiteral("guiLatenessMs")).toObject().contains(QStringLiteral("p999")));
    CHECK(health.value(QStringLiteral("guiBeatMs")).toInt() == 10);
    CHECK(health.value(QStringLiteral("outputs")).isArray());
    CHECK(health.value(QStringLiteral("heavyWorkOnGuiThread")).isDouble());
    CHECK(health.value(QStringLiteral("guiSlowTurns")).toObject().value(QStringLiteral("longest")).isArray());
    const QJsonObject heap = health.value(QStringLiteral("heap")).toObject();
    CHECK(heap.value(QStringLiteral("inUseMiB")).toDouble() > 1); // a studio with a show uses megabytes
    CHECK(heap.value(QStringLiteral("heldMiB")).toDouble() >= heap.value(QStringLiteral("inUseMiB")).toDouble());
    CHECK(heap.value(QStringLiteral("trims")).isDouble()); // the first trim is a minute in
    CHECK(heap.value(QStringLiteral("trimmedMiB")).isDouble());

    // Quitting says so to every client first.
    studio->shutdown(QStringLiteral("test"));
    REQUIRE_EVENTUALLY(!producer.events(QStringLiteral("ExitStarted")).isEmpty(), 10'000);
}

TEST_CASE("remote requests: inputs and scene items as obs-websocket lists them, shown, hidden, muted and turned down, with their events", "[remote]")
{
    QTemporaryDir profile;
    auto studio = remoteStudio(profile.path());
    const quint16 port = studio->remoteServer()->port();
    Client producer(port, QStringLiteral("producer-pw"));
    Client viewer(port, QStringLiteral("viewer-pw"));
    const broadcast::SceneCollection &collection = studio->engine().scenes().collection();

    const QJsonArray inputs
        = producer.request(QStringLiteral("GetInputList")).value(QStringLiteral("responseData")).toObject().value(QStringLiteral("inputs")).toArray();
    CHECK(inputs.size() == collection.sources().size());
    const QJsonObject firstInput = inputs.at(0).toObject();
    CHECK(firstInput.value(QStringLiteral("inputName")).toString() == collection.sources().first().name);
    CHECK(firstInput.value(QStringLiteral("inputKind")).toString() == collection.sources().first().kind);
    CHECK_FALSE(firstInput.value(QStringLiteral("unversionedInputKind")).toString().contains(QStringLiteral("_v")));
    const QJsonArray colours = producer.request(QStringLiteral("GetInputList"), {{QStringLiteral("inputKind"), QStringLiteral("no_such_kind")}})
                                   .value(QStringLiteral("responseData"))
                                   .toObject()
                                   .value(QStringLiteral("inputs"))
                                   .toArray();
    CHECK(colours.isEmpty());
    CHECK(InputRequests::unversionedKind(QStringLiteral("color_source_v3")) == QStringLiteral("color_source"));

    // The program's scene, bottom first, ids from 1.
    const QString sceneName = collection.currentScene();
    const broadcast::SceneSpec *scene = collection.findScene(sceneName);
    REQUIRE(scene);
    REQUIRE(scene->items.size() >= 2);
    const QJsonArray items = producer.request(QStringLiteral("GetSceneItemList"), {{QStringLiteral("sceneName"), sceneName}})
                                 .value(QStringLiteral("responseData"))
                                 .toObject()
                                 .value(QStringLiteral("sceneItems"))
                                 .toArray();
    REQUIRE(items.size() == scene->items.size());
    CHECK(items.at(0).toObject().value(QStringLiteral("sceneItemId")).toInt() == 1);
    CHECK(items.at(0).toObject().value(QStringLiteral("sourceName")).toString() == scene->items.at(0).sourceName);
    CHECK(items.at(1).toObject().value(QStringLiteral("sceneItemIndex")).toInt() == 1);
    const QString second = scene->items.at(1).sourceName;
    CHECK(producer.request(QStringLiteral("GetSceneItemId"), {{QStringLiteral("sceneName"), sceneName}, {QStringLiteral("sourceName"), second}})
              .value(QStringLiteral("responseData"))
              .toObject()
              .value(QStringLiteral("sceneItemId"))
              .toInt()
          == 2);
    CHECK(code(producer.request(QStringLiteral("GetSceneItemId"),
                                {{QStringLiteral("sceneName"), sceneName}, {QStringLiteral("sourceName"), QStringLiteral("nope")}}))
          == RequestStatus::ResourceNotFound);

    // Hidden by the producer (not by the viewer), and everyone hears it.
    const QJsonObject hide{{QStringLiteral("sceneName"), sceneName}, {QStringLiteral("sceneItemId"), 2}, {QStringLiteral("sceneItemEnabled"), false}};
    CHECK(code(viewer.request(QStringLiteral("SetSceneItemEnabled"), hide)) == RequestStatus::CannotAct);
    CHECK(collection.findScene(sceneName)->items.at(1).visible);
    CHECK(code(producer.request(QStringLiteral("SetSceneItemEnabled"), hide)) == RequestStatus::Success);
    CHECK_FALSE(studio->engine().scenes().collection().findScene(sceneName)->items.at(1).visible);
    CHECK_FALSE(producer.request(QStringLiteral("GetSceneItemEnabled"), {{QStringLiteral("sceneName"), sceneName}, {QStringLiteral("sceneItemId"), 2}})
                    .value(QStringLiteral("responseData"))
                    .toObject()
                    .value(QStringLiteral("sceneItemEnabled"))
                    .toBool());
    REQUIRE_EVENTUALLY(!viewer.events(QStringLiteral("SceneItemEnableStateChanged")).isEmpty(), 10'000);
    const QJsonObject hidden = viewer.events(QStringLiteral("SceneItemEnableStateChanged")).last();
    CHECK(hidden.value(QStringLiteral("sceneItemId")).toInt() == 2);
    CHECK_FALSE(hidden.value(QStringLiteral("sceneItemEnabled")).toBool(true));
    CHECK(code(producer.request(QStringLiteral("SetSceneItemEnabled"),
                                {{QStringLiteral("sceneName"), sceneName}, {QStringLiteral("sceneItemId"), 999}, {QStringLiteral("sceneItemEnabled"), true}}))
          == RequestStatus::ResourceNotFound);
    CHECK(code(producer.request(
              QStringLiteral("SetSceneItemEnabled"),
              {{QStringLiteral("sceneName"), sceneName}, {QStringLiteral("sceneItemId"), QStringLiteral("2")}, {QStringLiteral("sceneItemEnabled"), true}}))
          == RequestStatus::InvalidRequestFieldType);
    CHECK(code(producer.request(QStringLiteral("SetSceneItemEnabled"), {{QStringLiteral("sceneName"), sceneName}, {QStringLiteral("sceneItemId"), 2}}))
          == RequestStatus::MissingRequestField);

    // An input with sound: muted, unmuted, turned down; one without sound says so.
    const QStringList heard = studio->mixer().sources();
    REQUIRE_FALSE(heard.isEmpty());
    const QString input = heard.first();
    const QJsonObject toggled = producer.request(QStringLiteral("ToggleInputMute"), {{QStringLiteral("inputName"), input}});
    REQUIRE(code(toggled) == RequestStatus::Success);
    const bool mutedNow = toggled.value(QStringLiteral("responseData")).toObject().value(QStringLiteral("inputMuted")).toBool();
    CHECK(studio->mixer().audioOf(input).muted == mutedNow);
    REQUIRE_EVENTUALLY(!viewer.events(QStringLiteral("InputMuteStateChanged")).isEmpty(), 10'000);
    CHECK(viewer.events(QStringLiteral("InputMuteStateChanged")).last().value(QStringLiteral("inputName")).toString() == input);
    CHECK(code(producer.request(QStringLiteral("SetInputMute"), {{QStringLiteral("inputName"), input}, {QStringLiteral("inputMuted"), false}}))
          == RequestStatus::Success);
    CHECK_FALSE(producer.request(QStringLiteral("GetInputMute"), {{QStringLiteral("inputName"), input}})
                    .value(QStringLiteral("responseData"))
                    .toObject()
                    .value(QStringLiteral("inputMuted"))
                    .toBool(true));
    CHECK(code(producer.request(QStringLiteral("SetInputVolume"), {{QStringLiteral("inputName"), input}, {QStringLiteral("inputVolumeDb"), -6.0}}))
          == RequestStatus::Success);
    const QJsonObject volume
        = producer.request(QStringLiteral("GetInputVolume"), {{QStringLiteral("inputName"), input}}).value(QStringLiteral("responseData")).toObject();
    CHECK(volume.value(QStringLiteral("inputVolumeDb")).toDouble() == Approx(-6.0));
    CHECK(volume.value(QStringLiteral("inputVolumeMul")).toDouble() == Approx(0.501).epsilon(0.01));
    REQUIRE_EVENTUALLY(!viewer.events(QStringLiteral("InputVolumeChanged")).isEmpty(), 10'000);
    CHECK(code(producer.request(QStringLiteral("SetInputVolume"), {{QStringLiteral("inputName"), input}, {QStringLiteral("inputVolumeMul"), 50}}))
          == RequestStatus::RequestFieldOutOfRange);
    CHECK(code(producer.request(QStringLiteral("SetInputVolume"), {{QStringLiteral("inputName"), input}})) == RequestStatus::MissingRequestField);
    CHECK(code(producer.request(QStringLiteral("GetInputMute"), {{QStringLiteral("inputName"), QStringLiteral("nope")}})) == RequestStatus::ResourceNotFound);
    for (const broadcast::SourceSpec &s : collection.sources()) {
        if (heard.contains(s.name))
            continue;
        CHECK(code(producer.request(QStringLiteral("GetInputMute"), {{QStringLiteral("inputName"), s.name}})) == RequestStatus::InvalidResourceState);
        break;
    }
}
