// What sits above the engine, tested on the fake engine: the Start/Stop
// controller, the status monitor and the one scene-edit path.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "broadcast/BroadcastController.hpp"
#include "broadcast/StatusMonitor.hpp"

#include <QSignalSpy>

using namespace shopcast;
using namespace shopcast::broadcast;

namespace {

BroadcastSettings settingsWith(QList<DestinationEntry> destinations)
{
    BroadcastSettings s;
    s.destinations = std::move(destinations);
    s.recordingDir = QStringLiteral("/recordings");
    return s;
}

} // namespace

TEST_CASE("broadcast controller: destinations with their keys, named errors, recording names", "[broadcast][controller]")
{
    test::FakeEngine engine;
    BroadcastSettings settings = settingsWith({{QStringLiteral("a"), QStringLiteral("抖音"), QStringLiteral("rtmp://127.0.0.1/live"), true},
                                               {QStringLiteral("b"), QStringLiteral("No key"), QStringLiteral("rtmp://127.0.0.1/live"), true},
                                               {QStringLiteral("c"), QStringLiteral("Off"), QStringLiteral("rtmp://127.0.0.1/live"), false},
                                               {QStringLiteral("d"), QStringLiteral("Broken"), QStringLiteral("http://nope"), true}});
    BroadcastController controller(engine.outputs(), settings, BroadcastController::immediate([](const DestinationEntry &e) -> std::optional<QString> {
                                       if (e.id == QLatin1String("b"))
                                           return std::nullopt;
                                       return QStringLiteral("key-") + e.id;
                                   }),
                                   [] { return QDateTime(QDate(2026, 11, 23), QTime(20, 5, 9)); });
    QStringList errors;
    const auto destinations = controller.resolveDestinations(
        {{QStringLiteral("destination/a"), QStringLiteral("key-a")}, {QStringLiteral("destination/d"), QStringLiteral("key-d")}}, &errors);
    REQUIRE(destinations.size() == 1);
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0).startsWith(QStringLiteral("No key: ")));
    CHECK(errors.at(1).startsWith(QStringLiteral("Broken: ")));
    CHECK(controller.nextRecordingPath() == QStringLiteral("/recordings/2026-11-23_20-05-09.mkv"));

    QSignalSpy streaming(&controller, &BroadcastController::streamingChanged);
    QSignalSpy messages(&controller, &BroadcastController::message);
    controller.startStreaming();
    CHECK(engine.outputControl.calls == QStringList{QStringLiteral("startStreaming 1")});
    REQUIRE(streaming.count() == 1);
    CHECK(streaming.last().at(0).toBool());
    CHECK(messages.count() == 2); // the two destinations that could not start, by name
    controller.startStreaming();  // already streaming: nothing
    CHECK(engine.outputControl.calls.size() == 1);

    // A destination failing later is a message; reconnecting is news, not an error.
    engine.outputControl.setOutputState(0, OutputState::Reconnecting, QStringLiteral("抖音 reconnecting"));
    CHECK_FALSE(messages.last().at(1).toBool());
    engine.outputControl.setOutputState(0, OutputState::Failed, QStringLiteral("抖音 failed"));
    CHECK(messages.last().at(0).toString() == QStringLiteral("抖音 failed"));
    CHECK(messages.last().at(1).toBool());

    controller.stopStreaming();
    CHECK(streaming.last().at(0).toBool() == false);

    QSignalSpy recording(&controller, &BroadcastController::recordingChanged);
    QSignalSpy saved(&controller, &BroadcastController::recordingSaved);
    controller.startRecording();
    CHECK(engine.outputControl.calls.last() == QStringLiteral("startRecording /recordings/2026-11-23_20-05-09.mkv"));
    CHECK(controller.isRecording());
    controller.stopRecording();
    CHECK(recording.count() == 2);
    REQUIRE(saved.count() == 1);
    CHECK(saved.first().at(0).toString() == QStringLiteral("/recordings/2026-11-23_20-05-09.mp4"));
}

TEST_CASE("broadcast controller: nothing to stream to, or the engine refuses: a clear message", "[broadcast][controller]")
{
    test::FakeEngine engine;
    BroadcastSettings settings = settingsWith({});
    BroadcastController controller(engine.outputs(), settings, BroadcastController::immediate([](const DestinationEntry &) { return std::nullopt; }),
                                   [] { return QDateTime::currentDateTime(); });
    QSignalSpy messages(&controller, &BroadcastController::message);
    controller.startStreaming();
    REQUIRE(messages.count() == 1);
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("Destinations")));
    CHECK(engine.outputControl.calls.isEmpty());

    settings.destinations = {{QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("rtmp://127.0.0.1/live"), true}};
    BroadcastController keyed(engine.outputs(), settings, BroadcastController::immediate([](const DestinationEntry &) { return QStringLiteral("k"); }),
                              [] { return QDateTime::currentDateTime(); });
    QSignalSpy keyedMessages(&keyed, &BroadcastController::message);
    engine.outputControl.refuseWith = QStringLiteral("encoder x264 missing");
    keyed.startStreaming();
    REQUIRE(keyedMessages.count() == 1);
    CHECK(keyedMessages.last().at(0).toString() == QStringLiteral("encoder x264 missing"));
    keyed.startRecording();
    CHECK(keyedMessages.last().at(0).toString() == QStringLiteral("encoder x264 missing"));
    CHECK_FALSE(keyed.isStreaming());
}

TEST_CASE("broadcast controller: Start waits for the keyring without blocking, a second Start meanwhile does nothing", "[broadcast][controller]")
{
    test::FakeEngine engine;
    BroadcastSettings settings = settingsWith({{QStringLiteral("a"), QStringLiteral("抖音"), QStringLiteral("rtmp://127.0.0.1/live"), true}});
    std::function<void(const BroadcastController::Keys &)> pendingAnswer;
    int asked = 0;
    BroadcastController controller(
        engine.outputs(), settings,
        [&](const QList<DestinationEntry> &entries, std::function<void(const BroadcastController::Keys &)> answer) {
            ++asked;
            CHECK(entries.size() == 1);
            pendingAnswer = std::move(answer); // the keyring answers later
        },
        [] { return QDateTime::currentDateTime(); });
    QSignalSpy streaming(&controller, &BroadcastController::streamingChanged);
    controller.startStreaming(); // returns at once
    CHECK(controller.isStarting());
    CHECK(engine.outputControl.calls.isEmpty());
    controller.startStreaming(); // pressed again while the keyring thinks
    CHECK(asked == 1);
    REQUIRE(pendingAnswer);
    pendingAnswer({{QStringLiteral("destination/a"), QStringLiteral("k")}});
    CHECK_FALSE(controller.isStarting());
    CHECK(engine.outputControl.calls == QStringList{QStringLiteral("startStreaming 1")});
    CHECK(streaming.count() == 1);
}

TEST_CASE("status monitor: bitrate from byte deltas, live outputs, drops and recording time", "[broadcast][status]")
{
    test::FakeEngine engine;
    StatusMonitor monitor(engine.outputs(), 3'600'000); // sampled by hand here
    EngineStats &stats = engine.outputControl.editableStats();
    stats.outputs = {OutputStats{}, OutputStats{}};
    stats.outputs[0].state = OutputState::Live;
    stats.outputs[1].state = OutputState::Reconnecting;
    stats.laggedFrames = 3;
    stats.recording = true;
    stats.recordingDurationMs = 61'000;
    monitor.sample(); // baseline
    stats.outputs[0].bytes = 1'000'000;
    stats.outputs[1].bytes = 250'000;
    stats.outputs[1].droppedFrames = 7;
    const StatusSnapshot s = monitor.sample();
    CHECK(s.liveOutputs == 1);
    CHECK(s.totalOutputs == 2);
    CHECK(s.droppedFrames == 7);
    CHECK(s.laggedFrames == 3);
    CHECK(s.recording);
    CHECK(s.recordingMs == 61'000);
    CHECK(s.bitrateKbps > 0);
    // A new streaming session restarts the counters: no negative bitrate.
    stats.outputs[0].bytes = 10;
    stats.outputs[1].bytes = 0;
    CHECK(monitor.sample().bitrateKbps >= 0);
}

TEST_CASE("scene editor: every edit is validated, mirrored, then committed, a refused mirror changes nothing", "[broadcast][scenes]")
{
    test::FakeEngine engine;
    SceneEditor &scenes = engine.scenes();
    QString error;
    REQUIRE(scenes.loadCollection(SceneCollection::demo({1280, 720, 30}, QStringLiteral(SHOPCAST_RESOURCE_DIR)), &error));
    QSignalSpy changed(&scenes, &SceneEditor::collectionChanged);
    const QString scene = scenes.collection().currentScene();

    REQUIRE(scenes.addScene(QStringLiteral("预热"), &error));
    REQUIRE(scenes.setItemVisible(scene, 0, false, &error));
    REQUIRE(scenes.setItemGeometry(scene, 0, 10, 20, 300, 200, &error));
    CHECK(changed.count() == 3);
    CHECK(engine.sceneEditor.mirrored.size() == 3);
    CHECK(std::holds_alternative<edit::AddScene>(engine.sceneEditor.mirrored.at(0)));
    CHECK_FALSE(scenes.collection().findScene(scene)->items.at(0).visible);

    // Invalid: refused by the model before the engine sees it.
    CHECK_FALSE(scenes.removeItem(scene, 999, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(engine.sceneEditor.mirrored.size() == 3);

    // The engine refuses: the model stays as it was.
    const int scenesBefore = int(scenes.collection().scenes().size());
    engine.sceneEditor.failMirror = true;
    CHECK_FALSE(scenes.removeScene(QStringLiteral("预热"), &error));
    CHECK(error == QStringLiteral("the fake engine refused"));
    CHECK(scenes.collection().scenes().size() == scenesBefore);
    CHECK(scenes.collection().findScene(QStringLiteral("预热")));
    CHECK(changed.count() == 3);
}

TEST_CASE("broadcast controller: a push address that expires before the planned end is warned of at Start, an expired one is an error",
          "[broadcast][controller][expiry]")
{
    test::FakeEngine engine;
    const QDateTime now(QDate(2030, 1, 1), QTime(19, 0));
    const qint64 at2030 = QDateTime(QDate(2030, 1, 1), QTime(20, 30)).toSecsSinceEpoch();
    BroadcastSettings settings = settingsWith({{QStringLiteral("a"), QStringLiteral("抖音"), QStringLiteral("rtmp://push.example.com/live"), true},
                                               {QStringLiteral("b"), QStringLiteral("Plain"), QStringLiteral("rtmp://127.0.0.1/live"), true}});
    QString keyA = QStringLiteral("stream-1?volcSecret=ab&volcTime=%1").arg(at2030);
    BroadcastController controller(engine.outputs(), settings, BroadcastController::immediate([&](const DestinationEntry &e) -> std::optional<QString> {
                                       return e.id == QLatin1String("a") ? keyA : QStringLiteral("plain-key");
                                   }),
                                   [&now] { return now; });
    QSignalSpy messages(&controller, &BroadcastController::message);
    // No plan: nothing to compare with; the address is good now.
    controller.startStreaming();
    CHECK(messages.isEmpty());
    controller.stopStreaming();
    // A two-hour plan ends at 21:00, after the address does.
    controller.setPlannedLength([] { return qint64(2) * 3600 * 1000; });
    controller.startStreaming();
    REQUIRE(messages.count() == 1);
    CHECK(messages.last().at(0).toString().startsWith(QStringLiteral("抖音: the push address expires at")));
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("volcTime")));
    CHECK_FALSE(messages.last().at(1).toBool()); // a warning: the show still goes live
    CHECK(engine.outputControl.isStreaming());
    controller.stopStreaming();
    // Expired: an error, named.
    keyA = QStringLiteral("stream-1?volcSecret=ab&volcTime=%1").arg(at2030 - 7200);
    messages.clear();
    controller.startStreaming();
    REQUIRE(messages.count() == 1);
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("expired")));
    CHECK(messages.last().at(1).toBool());
}
