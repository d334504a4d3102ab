// OBS's replay buffer on real libobs: the last seconds of the program kept in
// memory on the stream's encode and written to a file on demand.
#include "CatchQt.hpp"
#include "MediaProbe.hpp"

#include "broadcast/ObsEngine.hpp"
#include "broadcast/OutputControl.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shopcast;

namespace {

test::MediaProbe probe(const QString &path)
{
    QString error;
    const auto p = test::MediaProbe::of(path, &error);
    INFO(path.toStdString() << ": " << error.toStdString());
    REQUIRE(p);
    return *p;
}

} // namespace

// No text source in this one, and it runs first: text-freetype2 keeps its
// FreeType library across libobs restarts in one process and frees it at
// every shutdown, so a second engine with text after one (or one without
// after one with) crashes in FreeType. ctest runs each case alone.
TEST_CASE("the replay buffer refuses a folder it cannot write, and a canvas change waits for it to stop", "[integration][replay-buffer]")
{
    QTemporaryDir dir;
    const broadcast::CanvasSpec canvas{320, 180, 30};
    QString error;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions(canvas, dir.filePath(QStringLiteral("obs"))), &error);
    REQUIRE(engine);
    broadcast::OutputControl &outputs = engine->outputs();
    broadcast::EncoderSettings encoder;
    encoder.preset = QStringLiteral("ultrafast");
    QFile blocker(dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CHECK_FALSE(outputs.startReplayBuffer(dir.filePath(QStringLiteral("file/replays")), 10, encoder, &error));
    CHECK(error.contains(QStringLiteral("replays")));
    CHECK_FALSE(outputs.isReplayBufferActive());

    REQUIRE(outputs.startReplayBuffer(dir.filePath(QStringLiteral("replays")), 5, encoder, &error));
    CHECK_FALSE(engine->program().setCanvas({640, 360, 30}, &error));
    CHECK(error.contains(QStringLiteral("replay buffer")));
    CHECK_FALSE(outputs.startReplayBuffer(dir.filePath(QStringLiteral("replays")), 5, encoder, &error)); // one at a time
    outputs.stopReplayBuffer();
    REQUIRE_EVENTUALLY(!outputs.isReplayBufferActive(), 30'000);
    REQUIRE(engine->program().setCanvas({640, 360, 30}, &error));
    // And on again on the new canvas' encoders.
    REQUIRE(outputs.startReplayBuffer(dir.filePath(QStringLiteral("replays")), 5, encoder, &error));
    outputs.stopReplayBuffer();
    REQUIRE_EVENTUALLY(!outputs.isReplayBufferActive(), 30'000);
}

TEST_CASE("a 10 s replay buffer saved after 12 s is a 10 ± 1 s file with the recording's codecs", "[integration][replay-buffer]")
{
    QTemporaryDir dir;
    const broadcast::CanvasSpec canvas{640, 360, 30};
    QString error;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions(canvas, dir.filePath(QStringLiteral("obs"))), &error);
    INFO(error.toStdString());
    REQUIRE(engine);
    REQUIRE(engine->scenes().loadCollection(broadcast::SceneCollection::demo(canvas, QStringLiteral(SHOPCAST_RESOURCE_DIR)), &error));
    broadcast::OutputControl &outputs = engine->outputs();
    broadcast::EncoderSettings encoder;
    encoder.preset = QStringLiteral("ultrafast");
    encoder.videoBitrateKbps = 600;
    encoder.keyframeIntervalSec = 2;
    const QString replays = dir.filePath(QStringLiteral("recordings"));
    QSignalSpy changed(&outputs, &broadcast::OutputControl::replayBufferChanged);
    QSignalSpy saved(&outputs, &broadcast::OutputControl::replaySaved);

    CHECK_FALSE(outputs.saveReplay(&error)); // nothing kept yet
    CHECK_FALSE(error.isEmpty());
    REQUIRE(outputs.startReplayBuffer(replays, 10, encoder, &error));
    CHECK(outputs.isReplayBufferActive());
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().at(0).toBool());
    // The recording shares the encode the buffer holds.
    REQUIRE(outputs.startRecording(dir.filePath(QStringLiteral("recordings/show.mkv")), encoder, &error));
    QTest::qWait(12'000);
    REQUIRE(outputs.saveReplay(&error));
    REQUIRE_EVENTUALLY(saved.count() == 1, 60'000);
    const QString path = saved.first().at(0).toString();
    const qint64 lengthMs = saved.first().at(1).toLongLong();
    INFO(path.toStdString() << " " << lengthMs << " ms");
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(replays).absoluteFilePath());
    CHECK(QFileInfo(path).fileName().startsWith(QStringLiteral("replay-")));
    CHECK(path.endsWith(QStringLiteral(".mp4")));
    CHECK(lengthMs >= 9'000);
    CHECK(lengthMs <= 11'000);

    outputs.stopRecording();
    QSignalSpy finished(&outputs, &broadcast::OutputControl::recordingFinished);
    REQUIRE_EVENTUALLY(finished.count() == 1, 60'000);
    // Still on after the recording stopped: it is the stream's encode that it holds.
    CHECK(outputs.isReplayBufferActive());
    outputs.stopReplayBuffer();
    REQUIRE_EVENTUALLY(!outputs.isReplayBufferActive(), 30'000);
    REQUIRE(changed.count() == 2);
    CHECK_FALSE(changed.last().at(0).toBool());
    CHECK(changed.last().at(1).toString().isEmpty()); // asked, not an error

    const test::MediaProbe replay = probe(path);
    const test::MediaProbe recording = probe(finished.first().at(0).toString());
    CHECK(replay.durationSec >= 9.0);
    CHECK(replay.durationSec <= 11.0);
    CHECK(replay.videoCodec == recording.videoCodec);
    CHECK(replay.audioCodec == recording.audioCodec);
    CHECK(replay.width == 640);
    CHECK(replay.height == 360);
    CHECK(replay.videoCodec == QStringLiteral("h264"));
    CHECK(replay.audioCodec == QStringLiteral("aac"));
}
