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
