#include "CatchQt.hpp"

#include "broadcast/BroadcastSettings.hpp"

#include <QFile>
#include <QTemporaryDir>

using namespace shopcast::broadcast;

TEST_CASE("broadcast settings round trip and keep keys out of the file", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    BroadcastSettings s;
    s.canvas = CanvasSpec{1080, 1920, 60};
    s.encoder.videoBitrateKbps = 4000;
    s.recordingDir = QStringLiteral("/videos");
    s.destinations = {{QStringLiteral("id-1"), QStringLiteral("抖音"), QStringLiteral("rtmp://push.example.com/third"), true},
                      {QStringLiteral("id-2"), QStringLiteral("Twitch"), QStringLiteral("rtmps://live.example.tv/app"), false}};
    QString error;
    REQUIRE(s.save(path, &error));
    const auto back = BroadcastSettings::load(path, &error);
    REQUIRE(back);
    CHECK(*back == s);
    CHECK(back->destinations.first().secretKey() == QStringLiteral("destination/id-1"));

    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    CHECK_FALSE(text.contains("key\""));
}

TEST_CASE("damaged or newer settings files are refused with the path", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    QString error;
    CHECK_FALSE(BroadcastSettings::load(path, &error)); // missing
    CHECK(error.contains(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"version\": 7}");
    f.close();
    CHECK_FALSE(BroadcastSettings::load(path, &error));
    CHECK(error.contains(QStringLiteral("newer")));
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"canvas\": ");
    f.close();
    CHECK_FALSE(BroadcastSettings::load(path, &error));
    CHECK(error.contains(QStringLiteral("not valid JSON")));
}

TEST_CASE("unusable values fall back to defaults", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"version\":1,\"canvas\":{\"size\":\"banana\",\"fps\":24}}");
    f.close();
    QString error;
    const auto s = BroadcastSettings::load(path, &error);
    REQUIRE(s);
    CHECK(s->canvas == CanvasSpec{});
}

TEST_CASE("the second canvas, what is recorded and each destination's canvas round trip, and one-canvas files stay as they were", "[settings][canvas]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    BroadcastSettings s;
    s.canvas = CanvasSpec{1280, 720, 30};
    s.destinations = {{QStringLiteral("id-1"), QStringLiteral("B站"), QStringLiteral("rtmp://live-push.example.com/live"), true},
                      {QStringLiteral("id-2"), QStringLiteral("抖音"), QStringLiteral("rtmp://push.example.com/third"), true, 1}};
    QString error;
    REQUIRE(s.save(path, &error));
    QFile plain(path);
    REQUIRE(plain.open(QIODevice::ReadOnly));
    const QByteArray oneCanvas = plain.readAll();
    CHECK_FALSE(oneCanvas.contains("secondCanvas"));
    CHECK(oneCanvas.count("\"canvas\": \"second\"") == 1);

    s.secondCanvas = CanvasSpec{720, 1280, 30};
    s.recordedCanvas = RecordedCanvas::Both;
    REQUIRE(s.save(path, &error));
    const auto back = BroadcastSettings::load(path, &error);
    REQUIRE(back);
    CHECK(*back == s);
    CHECK(back->destinations.at(1).canvas == 1);

    // A second canvas follows the program's frame rate; a broken size is no second canvas.
    const auto loadWith = [&](const char *secondCanvasSize) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(R"({"version":1,"canvas":{"size":"1280x720","fps":60},"secondCanvas":{"size":")") + secondCanvasSize + R"(","record":"second"}})");
        f.close();
        return BroadcastSettings::load(path, &error);
    };
    const auto odd = loadWith("721x1280");
    REQUIRE(odd);
    CHECK_FALSE(odd->secondCanvas.has_value());
    CHECK(odd->recordedCanvas == RecordedCanvas::Program);
    const auto sixty = loadWith("720x1280");
    REQUIRE(sixty);
    REQUIRE(sixty->secondCanvas.has_value());
    CHECK(sixty->secondCanvas->fps == 60);
    CHECK(sixty->recordedCanvas == RecordedCanvas::Second);
}

TEST_CASE("every encoder setting round-trips through studio.json, the recording's own too", "[settings][encoders]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    BroadcastSettings s;
    s.encoder.videoEncoder = QStringLiteral("ffmpeg_nvenc");
    s.encoder.rateControl = RateControl::VBR;
    s.encoder.videoBitrateKbps = 6000;
    s.encoder.quantiser = 20;
    s.encoder.preset = QStringLiteral("p5");
    s.encoder.tune = QStringLiteral("ll");
    s.encoder.profile = QStringLiteral("main");
    s.encoder.bFrames = 0;
    s.encoder.keyframeIntervalSec = 1;
    s.encoder.audioBitrateKbps = 192;
    s.encoder.scaledSize = QSize(1280, 720);
    EncoderSettings file;
    file.rateControl = RateControl::CQP;
    file.quantiser = 16;
    s.recordingEncoder = file;
    QString error;
    REQUIRE(s.save(path, &error));
    QStringList problems;
    const auto back = BroadcastSettings::load(path, &error, &problems);
    REQUIRE(back);
    CHECK(problems.isEmpty());
    CHECK(back->encoder == s.encoder);
    CHECK(back->recordingEncoder == s.recordingEncoder);
    CHECK(*back == s);
    CHECK(s.encoder.isHardware());
    const EncoderSettings safe = s.encoder.x264Fallback();
    CHECK_FALSE(safe.isHardware());
    CHECK(safe.preset == QStringLiteral("veryfast"));
    CHECK(safe.videoBitrateKbps == 6000);
    CHECK(safe.scaledSize == s.encoder.scaledSize);
}

TEST_CASE("an encoder value out of range in a hand-edited file is refused by name and its default used", "[settings][encoders]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"version": 1, "encoder": {"videoBitrateKbps": 999999, "keyframeIntervalSec": 0, "rateControl": "FAST", "audioBitrateKbps": 100,
               "bFrames": 2.5, "preset": "very fast; rm -rf", "scaledSize": "1281x720", "quantiser": 30},
               "recordingEncoder": {"quantiser": -1}, "audioSampleRate": 96000})");
    f.close();
    QString error;
    QStringList problems;
    const auto s = BroadcastSettings::load(path, &error, &problems);
    REQUIRE(s);
    const EncoderSettings defaults;
    CHECK(s->encoder.videoBitrateKbps == defaults.videoBitrateKbps);
    CHECK(s->encoder.keyframeIntervalSec == defaults.keyframeIntervalSec);
    CHECK(s->encoder.rateControl == defaults.rateControl);
    CHECK(s->encoder.audioBitrateKbps == defaults.audioBitrateKbps);
    CHECK(s->encoder.bFrames == defaults.bFrames);
    CHECK(s->encoder.preset == defaults.preset);
    CHECK_FALSE(s->encoder.scaledSize);
    CHECK(s->encoder.quantiser == 30); // the good values load
    REQUIRE(s->recordingEncoder);
    CHECK(s->recordingEncoder->quantiser == defaults.quantiser);
    const QString all = problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(problems.size() == 9);
    for (const char *key : {"videoBitrateKbps", "keyframeIntervalSec", "rateControl", "audioBitrateKbps", "bFrames", "preset", "scaledSize", "quantiser"})
        CHECK(all.contains(QLatin1String(key)));
    CHECK(all.contains(QStringLiteral("96000"))); // the sample rate refused, 48 kHz used
    CHECK(s->audioSampleRateHz == 48000);

    // A file from before the encoders were choosable: its x264 preset is kept.
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"version": 1, "encoder": {"videoBitrateKbps": 3000, "x264Preset": "faster"}})");
    f.close();
    problems.clear();
    const auto old = BroadcastSettings::load(path, &error, &problems);
    REQUIRE(old);
    CHECK(problems.isEmpty());
    CHECK(old->encoder.preset == QStringLiteral("faster"));
    CHECK(old->encoder.videoEncoder == QStringLiteral("obs_x264"));
}

TEST_CASE("the audio sample rate round-trips through studio.json, a file without it is 48 kHz", "[settings][audio]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    BroadcastSettings s;
    CHECK(s.audioSampleRateHz == 48000);
    s.audioSampleRateHz = 44100;
    QString error;
    REQUIRE(s.save(path, &error));
    const auto back = BroadcastSettings::load(path, &error);
    REQUIRE(back);
    CHECK(back->audioSampleRateHz == 44100);
    CHECK(*back == s);
}

TEST_CASE("the replay buffer's length round-trips, one out of range is refused by name and 30 s used", "[settings][replay-buffer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.json"));
    BroadcastSettings s;
    CHECK(s.replayBufferSec == 30);
    s.replayBufferSec = 90;
    QString error;
    REQUIRE(s.save(path, &error));
    QStringList problems;
    const auto back = BroadcastSettings::load(path, &error, &problems);
    REQUIRE(back);
    CHECK(back->replayBufferSec == 90);
    CHECK(problems.isEmpty());
    for (const char *bad : {"0", "601", "\"30\"", "-5"}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(R"({"version": 1, "replayBufferSec": )") + bad + "}");
        f.close();
        problems.clear();
        const auto loaded = BroadcastSettings::load(path, &error, &problems);
        REQUIRE(loaded);
        INFO(bad);
        CHECK(loaded->replayBufferSec == 30);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QStringLiteral("replay buffer")));
    }
}
