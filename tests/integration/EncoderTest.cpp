// The encoders on this machine, through real libobs: which ones the probe
// finds (x264; NVENC and VAAPI absent, with their reasons), a hardware
// encoder that cannot start falling back to x264 while the stream reaches a
// real nginx-rtmp ingest, the output scaled below the canvas, and a
// recording with its own encoder beside the stream's.
#include "CatchQt.hpp"
#include "FailingEncoder.hpp"
#include "MediaProbe.hpp"
#include "NginxRtmpServer.hpp"

#include "broadcast/EncoderProbe.hpp"
#include "broadcast/ObsEngine.hpp"
#include "broadcast/OutputControl.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace shopcast;

namespace {

std::unique_ptr<broadcast::ObsEngine> startEngine(const QTemporaryDir &dir, const broadcast::CanvasSpec &canvas, bool withShow = true)
{
    QString error;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions(canvas, dir.filePath(QStringLiteral("obs"))), &error);
    INFO(error.toStdString());
    REQUIRE(engine);
    if (withShow)
        REQUIRE(engine->scenes().loadCollection(broadcast::SceneCollection::demo(canvas, QStringLiteral(SHOPCAST_RESOURCE_DIR)), &error));
    return engine;
}

test::MediaProbe probe(const QString &path)
{
    QString error;
    const auto p = test::MediaProbe::of(path, &error);
    INFO(path.toStdString() << ": " << error.toStdString());
    REQUIRE(p);
    return *p;
}

} // namespace

TEST_CASE("the encoder probe finds x264 here and says why NVENC, VAAPI and Quick Sync are not", "[integration][encoders]")
{
    QTemporaryDir dir;
    auto engine = startEngine(dir, {320, 180, 30}, false);
    const QStringList types = engine->outputs().videoEncoderTypes();
    CHECK(types.contains(QStringLiteral("obs_x264")));
    const QList<broadcast::EncoderChoice> choices = broadcast::EncoderProbe::probe(types);
    REQUIRE(choices.size() == 4);
    CHECK(choices.at(0).id == QStringLiteral("obs_x264"));
    CHECK(choices.at(0).available);
    for (const broadcast::EncoderChoice &c : choices.mid(1)) {
        INFO(c.id.toStdString() << ": " << c.reason.toStdString());
        // This machine has no GPU: if one ever appears, the probe must say it is usable, not be silent.
        CHECK((c.available || !c.reason.isEmpty()));
    }
    const bool cudaHere = QFile::exists(QStringLiteral("/usr/lib/x86_64-linux-gnu/libcuda.so.1"));
    if (!cudaHere) {
        CHECK_FALSE(choices.at(1).available);
        CHECK(choices.at(1).reason.contains(QStringLiteral("no NVIDIA driver")));
    }
    if (QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System).isEmpty()) {
        CHECK_FALSE(choices.at(2).available);
        CHECK(choices.at(2).reason.contains(QStringLiteral("render device")));
    }
}

TEST_CASE("a hardware encoder that cannot start falls back to x264: the host is told, the ingest gets the show scaled to 640x360",
          "[integration][encoders][rtmp]")
{
    test::NginxRtmpServer ingest;
    QString error;
    REQUIRE(ingest.start(false, &error));
    QTemporaryDir dir;
    auto engine = startEngine(dir, {1280, 720, 30});
    broadcast::OutputControl &outputs = engine->outputs();
    QSignalSpy fellBack(&outputs, &broadcast::OutputControl::encoderFellBack);
    broadcast::EncoderSettings encoder;
    encoder.videoEncoder = QStringLiteral("ffmpeg_nvenc"); // no NVIDIA GPU here: it cannot open
    encoder.preset = QStringLiteral("p5");
    encoder.videoBitrateKbps = 900;
    encoder.scaledSize = QSize(640, 360);
    const auto destination = broadcast::Destination::parse(ingest.url(QStringLiteral("show")));
    REQUIRE(destination);
    REQUIRE(outputs.startStreaming({*destination}, encoder, &error));
    REQUIRE(fellBack.count() == 1);
    const QString told = fellBack.first().first().toString();
    CHECK(told.contains(QStringLiteral("ffmpeg_nvenc")));
    CHECK(told.contains(QStringLiteral("x264")));
    REQUIRE_EVENTUALLY(outputs.stats().outputs.value(0).state == broadcast::OutputState::Live, 30'000);
    QTest::qWait(3000);
    outputs.stopStreaming();
    REQUIRE_EVENTUALLY(!outputs.isStreaming(), 30'000);
    const test::MediaProbe flv = probe(ingest.recordingOf(QStringLiteral("show")));
    CHECK(flv.videoCodec == QStringLiteral("h264"));
    CHECK(flv.width == 640);
    CHECK(flv.height == 360);
    CHECK(flv.videoPackets > 30);
}

TEST_CASE("a recording with its own encoder (constant quality, its own size), then sharing the stream's again", "[integration][encoders]")
{
    QTemporaryDir dir;
    auto engine = startEngine(dir, {640, 360, 30});
    broadcast::OutputControl &outputs = engine->outputs();
    QString error;
    broadcast::EncoderSettings own;
    own.rateControl = broadcast::RateControl::CQP;
    own.quantiser = 18;
    own.preset = QStringLiteral("ultrafast");
    own.scaledSize = QSize(320, 180);
    own.audioBitrateKbps = 96;
    outputs.setRecordingEncoder(own);
    const QString mkv = dir.filePath(QStringLiteral("own.mkv"));
    REQUIRE(outputs.startRecording(mkv, broadcast::EncoderSettings{}, &error));
    QTest::qWait(2000);
    outputs.stopRecording();
    REQUIRE_EVENTUALLY(!outputs.isRecording(), 60'000);
    const test::MediaProbe file = probe(mkv);
    CHECK(file.width == 320); // the recording's own size, not the canvas'
    CHECK(file.height == 180);
    CHECK(file.audioCodec == QStringLiteral("aac"));

    // Back to sharing: the canvas size again.
    outputs.setRecordingEncoder(std::nullopt);
    const QString shared = dir.filePath(QStringLiteral("shared.mkv"));
    REQUIRE(outputs.startRecording(shared, broadcast::EncoderSettings{}, &error));
    QTest::qWait(1500);
    outputs.stopRecording();
    REQUIRE_EVENTUALLY(!outputs.isRecording(), 60'000);
    CHECK(probe(shared).width == 640);
}

TEST_CASE("a video encoder that dies mid-show is replaced by x264: at once, without the reconnect wait, the recording goes on in a second file, the "
          "replay buffer stays on",
          "[integration][encoders][rtmp]")
{
    // A GPU encoder that works for 4 s and then fails every call (see
    // FailingEncoder): libobs stops every output of it; the studio must make
    // x264 encoders and put each output back on them at once.
    test::NginxRtmpServer ingest;
    QString error;
    REQUIRE(ingest.start(false, &error));
    QTemporaryDir dir;
    auto engine = startEngine(dir, {640, 360, 30});
    test::FailingEncoder::registerOnce(); // into the libobs that runs now
    test::FailingEncoder::setFramesBeforeFailure(120);
    const int failuresBefore = test::FailingEncoder::failures();
    broadcast::OutputControl &outputs = engine->outputs();
    QSignalSpy fellBack(&outputs, &broadcast::OutputControl::encoderFellBack);
    QSignalSpy finished(&outputs, &broadcast::OutputControl::recordingFinished);
    broadcast::EncoderSettings encoder;
    encoder.videoEncoder = QString::fromLatin1(test::FailingEncoder::kId);
    encoder.videoBitrateKbps = 800;
    const auto destination = broadcast::Destination::parse(ingest.url(QStringLiteral("show")));
    REQUIRE(destination);
    REQUIRE(outputs.startStreaming({*destination}, encoder, &error));
    const QString mkv = dir.filePath(QStringLiteral("show.mkv"));
    REQUIRE(outputs.startRecording(mkv, encoder, &error)); // waits for the destination, then shares its encoders
    REQUIRE_EVENTUALLY(outputs.stats().outputs.value(0).state == broadcast::OutputState::Live, 30'000);
    CHECK(fellBack.isEmpty()); // it started fine
    QSignalSpy replayChanged(&outputs, &broadcast::OutputControl::replayBufferChanged);
    QSignalSpy replaySaved(&outputs, &broadcast::OutputControl::replaySaved);
    const QString replays = dir.filePath(QStringLiteral("replays"));
    REQUIRE(outputs.startReplayBuffer(replays, 10, encoder, &error)); // on the same (failing) encoders

    // What the ingest receives, sampled as the show runs: the longest stretch
    // in which the FLV it records did not change is the gap the platform saw.
    const QString flv = ingest.recordingOf(QStringLiteral("show"));
    QElapsedTimer clock;
    clock.start();
    qint64 lastSize = -1;
    qint64 lastChangeMs = 0;
    qint64 longestGapMs = 0;
    while (clock.elapsed() < 12'000) {
        QTest::qWait(50);
        const qint64 size = QFileInfo(flv).size();
        const qint64 now = clock.elapsed();
        if (size != lastSize) {
            if (lastSize > 0)
                longestGapMs = std::max(longestGapMs, now - lastChangeMs);
            lastSize = size;
            lastChangeMs = now;
        }
    }
    longestGapMs = std::max(longestGapMs, clock.elapsed() - lastChangeMs);
    WARN("longest stretch without data at the ingest: " << longestGapMs << " ms");

    CHECK(test::FailingEncoder::failures() == failuresBefore + 1); // it did fail, once
    REQUIRE(fellBack.count() == 2);                                // the stream's encoders, then the recording's next file
    const QString told = fellBack.at(0).first().toString();
    CHECK(told.contains(QString::fromLatin1(test::FailingEncoder::kId)));
    CHECK(told.contains(QStringLiteral("x264")));
    CHECK(fellBack.at(1).first().toString().contains(QStringLiteral("show-2.mkv")));
    const broadcast::OutputStats live = outputs.stats().outputs.value(0);
    CHECK(live.state == broadcast::OutputState::Live);
    CHECK(live.reconnects == 1);
    // Put back at once, not through the reconnect wait. (The gap the ingest
    // saw is a figure, printed above; on a loaded machine it is no check.)
    CHECK(live.knockedRetries == 0);

    // The replay buffer never said it stopped; what it keeps now is x264's.
    CHECK(outputs.isReplayBufferActive());
    CHECK(std::none_of(replayChanged.begin(), replayChanged.end(), [](const QList<QVariant> &args) { return !args.at(0).toBool(); }));
    REQUIRE(outputs.saveReplay(&error));
    REQUIRE_EVENTUALLY(replaySaved.count() == 1, 30'000);
    const test::MediaProbe replay = probe(replaySaved.first().at(0).toString());
    CHECK(replay.videoCodec == QStringLiteral("h264"));
    CHECK(replay.videoPackets > 60);
    outputs.stopReplayBuffer();
    REQUIRE_EVENTUALLY(!outputs.isReplayBufferActive(), 30'000);

    outputs.stopRecording();
    outputs.stopStreaming();
    REQUIRE_EVENTUALLY(!outputs.isStreaming() && !outputs.isRecording() && finished.count() == 1, 60'000);
    CHECK(finished.first().at(1).toString().isEmpty()); // no error: the show's recording is whole, in two files
    ingest.stop();
    // After the failure the ingest records the new publish: x264's H.264, the show's size.
    const test::MediaProbe after = probe(flv);
    CHECK(after.videoCodec == QStringLiteral("h264"));
    CHECK(after.width == 640);
    CHECK(after.videoPackets > 30);
    const test::MediaProbe part1 = probe(dir.filePath(QStringLiteral("show.mp4")));
    const test::MediaProbe part2 = probe(dir.filePath(QStringLiteral("show-2.mp4")));
    CHECK(part1.videoPackets >= 45);  // from the keyframe it joined on to the failure (~2 s; a few frames either way with the load)
    CHECK(part2.videoPackets >= 150); // the rest of the 12 s
    CHECK(part2.audioCodec == QStringLiteral("aac"));
}

TEST_CASE("the audio sample rate the engine starts with is the recording's", "[integration][encoders][audio]")
{
    QTemporaryDir dir;
    QString error;
    broadcast::ObsContextOptions options = broadcast::ObsEngine::defaultOptions({320, 180, 30}, dir.filePath(QStringLiteral("obs")));
    options.audioSampleRateHz = 44100;
    auto engine = broadcast::ObsEngine::create(options, &error);
    INFO(error.toStdString());
    REQUIRE(engine);
    REQUIRE(engine->scenes().loadCollection(broadcast::SceneCollection::demo({320, 180, 30}, QStringLiteral(SHOPCAST_RESOURCE_DIR)), &error));
    broadcast::OutputControl &outputs = engine->outputs();
    const QString mkv = dir.filePath(QStringLiteral("rate.mkv"));
    REQUIRE(outputs.startRecording(mkv, broadcast::EncoderSettings{}, &error));
    QTest::qWait(1500);
    outputs.stopRecording();
    REQUIRE_EVENTUALLY(!outputs.isRecording(), 60'000);
    const test::MediaProbe file = probe(mkv);
    CHECK(file.audioCodec == QStringLiteral("aac"));
    CHECK(file.sampleRate == 44100);
}
