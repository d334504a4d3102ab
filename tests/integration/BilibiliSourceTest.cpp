// The Bilibili plugin, loaded as the studio loads it, against a fake danmaku
// server on ws://127.0.0.1.
#include "CatchQt.hpp"
#include "PluginSettings.hpp"

#include "EventLoopGap.hpp"
#include "work/GuiThreadCheck.hpp"
#include "FakeBilibiliServer.hpp"

#include "chat/BilibiliCodec.hpp"
#include "chat/CommentPluginLoader.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace shopcast;
using chat::BilibiliCodec;
using chat::ChatEvent;
using chat::CommentSource;

namespace {

std::unique_ptr<CommentSource> bilibiliSource()
{
    for (const auto &plugin : chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_PLUGIN_DIR)}).plugins)
        if (plugin.id == QLatin1String("bilibili"))
            return std::unique_ptr<CommentSource>(plugin.factory->create(nullptr));
    FAIL("the bilibili plugin was not found");
    return nullptr;
}

QByteArray danmu(const QString &text, int uid)
{
    const QJsonObject o{
        {QStringLiteral("cmd"), QStringLiteral("DANMU_MSG")},
        {QStringLiteral("info"), QJsonArray{QJsonArray{0, 1, 25, 0, 1763800000000LL + uid}, text, QJsonArray{uid, QStringLiteral("观众%1").arg(uid)}}}};
    return BilibiliCodec::encode(BilibiliCodec::Command, QJsonDocument(o).toJson(QJsonDocument::Compact), BilibiliCodec::Json);
}

QJsonObject settingsFor(const test::FakeBilibiliServer &server, QJsonObject extra = {})
{
    QJsonObject s{{QStringLiteral("roomId"), 21452505},
                  {QStringLiteral("url"), server.url()},
                  {QStringLiteral("key"), QStringLiteral("tok")},
                  {QStringLiteral("heartbeatMs"), 200},
                  {QStringLiteral("reconnectFirstDelayMs"), 100}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        s.insert(it.key(), it.value());
    return test::normalizedSettings(QStringLiteral(SHOPCAST_PLUGIN_DIR), QStringLiteral("bilibili"), s);
}

} // namespace

TEST_CASE("bilibili: auth, heartbeat, compressed multi-packet frames", "[integration][bilibili]")
{
    test::FakeBilibiliServer server;
    QString error;
    REQUIRE(server.start(&error));
    auto source = bilibiliSource();
    REQUIRE(source->configure(settingsFor(server), &error));
    QList<ChatEvent> events;
    QObject::connect(source.get(), &CommentSource::eventsReceived, [&](const QList<ChatEvent> &batch) { events += batch; });
    source->start();
    REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Live), 10000);
    REQUIRE(server.auths().size() == 1);
    CHECK(server.auths().first().value(QStringLiteral("roomid")).toInt() == 21452505);
    CHECK(server.auths().first().value(QStringLiteral("protover")).toInt() == 3);
    CHECK(server.auths().first().value(QStringLiteral("key")).toString() == QStringLiteral("tok"));
    REQUIRE_EVENTUALLY(server.heartbeats() >= 2, 5000); // every 200 ms here, 30 s live

    // One frame: a brotli body holding two comments, then a plain comment.
    server.sendFrame(BilibiliCodec::encode(BilibiliCodec::Command,
                                           BilibiliCodec::compress(danmu(QStringLiteral("一"), 1) + danmu(QStringLiteral("二"), 2), BilibiliCodec::Brotli),
                                           BilibiliCodec::Brotli)
                     + danmu(QStringLiteral("三"), 3));
    server.sendFrame(
        BilibiliCodec::encode(BilibiliCodec::Command, BilibiliCodec::compress(danmu(QStringLiteral("四"), 4), BilibiliCodec::Zlib), BilibiliCodec::Zlib));
    REQUIRE_EVENTUALLY((int(events.size())) == (4), 5000);
    CHECK(events.at(0).text == QStringLiteral("一"));
    CHECK(events.at(2).text == QStringLiteral("三"));
    CHECK(events.at(3).userName == QStringLiteral("观众4"));
    source->stop();
}

TEST_CASE("bilibili: a closed or silent connection is reconnected, a refused auth is an error", "[integration][bilibili]")
{
    {
        test::FakeBilibiliServer server;
        QString error;
        REQUIRE(server.start(&error));
        auto source = bilibiliSource();
        REQUIRE(source->configure(settingsFor(server, {{QStringLiteral("silentTimeoutMs"), 600}}), &error));
        source->start();
        REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Live), 10000);
        server.closeAll();
        REQUIRE_EVENTUALLY((server.connections()) == (2), 10000);
        REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Live), 10000);
        server.setSilent(true); // heartbeats go unanswered
        REQUIRE_EVENTUALLY((server.connections()) == (3), 10000);
        source->stop();
    }
    {
        test::FakeBilibiliServer server;
        QString error;
        REQUIRE(server.start(&error));
        server.setRefuseCode(-101);
        auto source = bilibiliSource();
        REQUIRE(source->configure(settingsFor(server), &error));
        source->start();
        REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Error), 10000);
        CHECK(source->stateDetail().contains(QStringLiteral("code -101")));
        QTest::qWait(600);
        CHECK(server.connections() == 1);
    }
    auto source = bilibiliSource();
    QString error;
    CHECK_FALSE(source->configure(QJsonObject{}, &error));
    CHECK(error.contains(QStringLiteral("room id")));
}

TEST_CASE("bilibili: a frame that inflates to its whole budget is decoded off the GUI thread, comments keep their order", "[integration][bilibili][watchdog]")
{
    test::FakeBilibiliServer server;
    QString error;
    REQUIRE(server.start(&error));
    auto source = bilibiliSource();
    REQUIRE(source->configure(settingsFor(server), &error));
    QList<ChatEvent> events;
    QObject::connect(source.get(), &CommentSource::eventsReceived, [&](const QList<ChatEvent> &batch) { events += batch; });
    source->start();
    REQUIRE_EVENTUALLY(source->state() == CommentSource::State::Live, 10'000);
    // Nearly 16 MiB of padding inside one zlib body (a few KiB on the wire):
    // inflating it costs real time.
    const QByteArray padding = BilibiliCodec::encode(BilibiliCodec::Command, QByteArray(15 * 1024 * 1024, ' '), BilibiliCodec::Json);
    const QByteArray bomb = BilibiliCodec::encode(
        BilibiliCodec::Command, BilibiliCodec::compress(padding + danmu(QStringLiteral("炸弹后"), 9), BilibiliCodec::Zlib), BilibiliCodec::Zlib);
    // The GUI thread's longest gap between 2 ms ticks, while three such frames are decoded.
    // The figure is reported; what is judged is where the inflating ran.
    const int heavyBefore = work::GuiThreadCheck::heavyWorkOnGuiThread();
    std::vector<qint64> worst;
    for (int round = 0; round < 3; ++round) {
        events.clear();
        test::EventLoopGap gap;
        gap.start();
        server.sendFrame(bomb);
        server.sendFrame(danmu(QStringLiteral("之后"), 10));
        // Waited for by the comment after it: the big frame brings two
        // events of its own (its 15 MiB padding packet is over the packet
        // limit: an error, then the comment), which may land in an earlier
        // turn of the event loop than the small frame's.
        REQUIRE_EVENTUALLY(std::any_of(events.cbegin(), events.cend(), [](const ChatEvent &e) { return e.text == QStringLiteral("之后"); }), 20'000);
        gap.stop();
        worst.push_back(gap.longestMs());
        // In order: the comment inside the big frame, then the one after it.
        QStringList comments;
        for (const ChatEvent &e : events)
            if (e.type == ChatEvent::Type::Comment)
                comments.append(e.text);
        CHECK(comments == QStringList{QStringLiteral("炸弹后"), QStringLiteral("之后")});
    }
    std::sort(worst.begin(), worst.end());
    WARN("longest GUI-thread gap while decoding a 15 MiB frame: median " << worst[1] << " ms (" << worst[0] << ", " << worst[2] << ")");
    CHECK(work::GuiThreadCheck::heavyWorkOnGuiThread() == heavyBefore); // every frame was inflated off the GUI thread
    source->stop();
}
