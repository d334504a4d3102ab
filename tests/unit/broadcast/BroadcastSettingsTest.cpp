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
