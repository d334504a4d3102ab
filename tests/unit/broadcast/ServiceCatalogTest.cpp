// The platform presets: libobs' own rtmp-services services.json as Debian
// installs it, read for RTMP servers and recommended limits; the studio's
// per-show-address platforms; a missing, broken, oversized or other-version
// file leaving Custom working with a message; the limits checked against the
// Output settings and named.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "broadcast/BroadcastController.hpp"
#include "broadcast/CanvasSpec.hpp"
#include "broadcast/EncoderSettings.hpp"
#include "broadcast/ServiceCatalog.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace shopcast;
using namespace shopcast::broadcast;

namespace {

QString write(const QTemporaryDir &dir, const QByteArray &bytes)
{
    const QString path = dir.filePath(QStringLiteral("services.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QByteArray installed()
{
    QFile f(ServiceCatalog::defaultPath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("service catalog: the installed services.json gives Twitch, YouTube, Bilibili and Kuaishou with their servers and limits", "[broadcast][services]")
{
    const ServiceCatalog catalog = ServiceCatalog::load(ServiceCatalog::defaultPath());
    INFO(catalog.problem().toStdString());
    CHECK(catalog.problem().isEmpty());
    CHECK(catalog.formatVersion() >= ServiceCatalog::kKnownFormatMin);
    CHECK(catalog.services().size() > 40);

    const StreamingService *twitch = catalog.find(QStringLiteral("Twitch"));
    REQUIRE(twitch);
    CHECK(twitch->common);
    CHECK(twitch->servers.size() > 10);
    CHECK(twitch->maxVideoKbps == 6000);
    CHECK(twitch->keyframeIntervalSec == 2);
    CHECK_FALSE(twitch->perShowAddress);
    for (const StreamingService::Server &s : twitch->servers)
        CHECK(s.url.startsWith(QStringLiteral("rtmp")));

    // Found by a name it had before, as OBS matches a saved service.
    const StreamingService *youtube = catalog.find(QStringLiteral("YouTube / YouTube Gaming"));
    REQUIRE(youtube);
    CHECK(youtube->name == QStringLiteral("YouTube - RTMPS"));
    CHECK(std::any_of(youtube->servers.cbegin(), youtube->servers.cend(), [](const auto &s) { return s.url.startsWith(QStringLiteral("rtmps://")); }));
    // HLS and WHIP are not what the studio's outputs speak: not offered.
    CHECK_FALSE(catalog.find(QStringLiteral("YouTube - HLS")));
    for (const StreamingService &s : catalog.services())
        for (const StreamingService::Server &server : s.servers)
            CHECK((server.url.startsWith(QStringLiteral("rtmp://")) || server.url.startsWith(QStringLiteral("rtmps://"))));

    const StreamingService *bilibili = catalog.find(QStringLiteral("Bilibili Live"));
    REQUIRE(bilibili);
    CHECK(bilibili->servers.constFirst().url.contains(QStringLiteral("bilivideo.com")));
    REQUIRE(catalog.find(QStringLiteral("Kuaishou Live")));

    // The per-show-address platforms come first, with no server to pick.
    REQUIRE(catalog.services().size() > 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(catalog.services().at(i).perShowAddress);
        CHECK(catalog.services().at(i).servers.isEmpty());
    }
    CHECK(catalog.find(QStringLiteral("抖音")));
    CHECK(catalog.find(QStringLiteral("视频号")));
}

TEST_CASE("service catalog: a missing, broken, oversized or foreign services.json leaves Custom and the per-show platforms, and says why",
          "[broadcast][services]")
{
    QTemporaryDir dir;
    const ServiceCatalog missing = ServiceCatalog::load(dir.filePath(QStringLiteral("nowhere/services.json")));
    CHECK(missing.services().size() == ServiceCatalog::builtIn().services().size());
    CHECK(missing.problem().contains(QStringLiteral("not installed")));

    const QByteArray real = installed();
    const ServiceCatalog truncated = ServiceCatalog::load(write(dir, real.left(real.size() / 2)));
    CHECK(truncated.services().size() == ServiceCatalog::builtIn().services().size());
    CHECK(truncated.problem().contains(QStringLiteral("broken")));

    const ServiceCatalog notJson = ServiceCatalog::load(write(dir, "\x89PNG\r\n\x1a\n not a platform list"));
    CHECK(notJson.services().size() == ServiceCatalog::builtIn().services().size());
    CHECK_FALSE(notJson.problem().isEmpty());

    const ServiceCatalog noServices = ServiceCatalog::load(write(dir, R"({"format_version": 4, "services": {"Twitch": 1}})"));
    CHECK(noServices.problem().contains(QStringLiteral("no services")));

    const ServiceCatalog huge = ServiceCatalog::load(write(dir, QByteArray(ServiceCatalog::kMaxFileBytes + 1, ' ')));
    CHECK(huge.services().size() == ServiceCatalog::builtIn().services().size());
    CHECK(huge.problem().contains(QStringLiteral("MB")));

    // Another version: read as far as it matches, and said.
    QJsonObject root = QJsonDocument::fromJson(real).object();
    root.insert(QStringLiteral("format_version"), 9);
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    services.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("Half-broken")}, {QStringLiteral("servers"), QStringLiteral("nope")}});
    services.append(QJsonObject{{QStringLiteral("name"), 42}});
    services.append(QStringLiteral("a string"));
    services.append(QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Weird limits")},
        {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("rtmp://x/app")}}}},
        {QStringLiteral("recommended"), QJsonObject{{QStringLiteral("max video bitrate"), QStringLiteral("lots")}, {QStringLiteral("keyint"), -2}}}});
    root.insert(QStringLiteral("services"), services);
    const ServiceCatalog newer = ServiceCatalog::load(write(dir, QJsonDocument(root).toJson()));
    CHECK(newer.problem().contains(QStringLiteral("9")));
    CHECK(newer.find(QStringLiteral("Twitch")));
    CHECK_FALSE(newer.find(QStringLiteral("Half-broken")));
    const StreamingService *weird = newer.find(QStringLiteral("Weird limits"));
    REQUIRE(weird);
    CHECK_FALSE(weird->maxVideoKbps);
    CHECK_FALSE(weird->keyframeIntervalSec);
    CHECK(weird->servers.constFirst().name == QStringLiteral("rtmp://x/app"));
}

TEST_CASE("service catalog: each recommended limit the Output settings break is named, constant quality has no bitrate to break", "[broadcast][services]")
{
    StreamingService s;
    s.name = QStringLiteral("Twitch");
    s.maxVideoKbps = 6000;
    s.maxAudioKbps = 160;
    s.keyframeIntervalSec = 2;
    s.maxFps = 30;
    s.maxBFrames = 0;
    s.profile = QStringLiteral("main");
    s.supportedResolutions = {QStringLiteral("1280x720"), QStringLiteral("1920x1080")};
    EncoderSettings within;
    within.videoBitrateKbps = 6000;
    within.audioBitrateKbps = 160;
    within.bFrames = 0;
    within.profile = QStringLiteral("main");
    const CanvasSpec canvas{1920, 1080, 30};
    CHECK(s.exceededBy(within, canvas).isEmpty());

    EncoderSettings beyond = within;
    beyond.videoBitrateKbps = 8000;
    beyond.audioBitrateKbps = 320;
    beyond.keyframeIntervalSec = 5;
    beyond.bFrames = 2;
    beyond.profile = QStringLiteral("high");
    beyond.scaledSize = QSize(1600, 900);
    const QStringList all = s.exceededBy(beyond, {1920, 1080, 60});
    INFO(all.join(QLatin1Char('\n')).toStdString());
    REQUIRE(all.size() == 7);
    CHECK(all.at(0).contains(QStringLiteral("6000")));
    CHECK(all.at(0).contains(QStringLiteral("8000")));
    CHECK(all.join(QLatin1Char(' ')).contains(QStringLiteral("1600x900")));

    EncoderSettings quality = within;
    quality.rateControl = RateControl::CQP;
    quality.videoBitrateKbps = 20'000; // not used in CQP
    CHECK(s.exceededBy(quality, canvas).isEmpty());
    // A plain service (Custom has none) and one without limits: nothing to say.
    CHECK(StreamingService{}.exceededBy(beyond, canvas).isEmpty());
}

TEST_CASE("broadcast controller: Start names what a destination's platform would not take, and goes live all the same", "[broadcast][services]")
{
    test::FakeEngine engine;
    BroadcastSettings settings;
    DestinationEntry twitch{QStringLiteral("t"), QStringLiteral("My Twitch"), QStringLiteral("rtmp://127.0.0.1/app"), true};
    twitch.service = QStringLiteral("Twitch");
    DestinationEntry custom{QStringLiteral("c"), QStringLiteral("Mine"), QStringLiteral("rtmp://127.0.0.1/live"), true};
    settings.destinations = {twitch, custom};
    settings.encoder.videoBitrateKbps = 8000;
    BroadcastController controller(engine.outputs(), settings, BroadcastController::immediate([](const DestinationEntry &) { return QStringLiteral("k"); }),
                                   [] { return QDateTime(QDate(2026, 12, 3), QTime(20, 0)); });
    controller.setServiceCatalog(ServiceCatalog::load(ServiceCatalog::defaultPath()));
    const QStringList limits = controller.exceededLimits();
    REQUIRE(limits.size() == 1);
    CHECK(limits.first().startsWith(QStringLiteral("My Twitch: ")));
    CHECK(limits.first().contains(QStringLiteral("6000")));
    QSignalSpy messages(&controller, &BroadcastController::message);
    controller.startStreaming();
    CHECK(engine.outputs().isStreaming());
    bool said = false;
    for (const auto &m : messages)
        said = said || (m.at(0).toString().contains(QStringLiteral("6000")) && !m.at(1).toBool());
    CHECK(said);

    settings.encoder.videoBitrateKbps = 4500;
    CHECK(controller.exceededLimits().isEmpty());
}
