// The Twitch plugin, loaded as the studio loads it, against a fake Twitch
// IRC server over TLS on 127.0.0.1.
#include "CatchQt.hpp"
#include "PluginSettings.hpp"

#include "EventLoopGap.hpp"
#include "work/GuiThreadCheck.hpp"
#include "FakeTwitchServer.hpp"

#include "chat/CommentPluginLoader.hpp"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace shopcast;
using chat::ChatEvent;
using chat::CommentSource;

namespace {

std::unique_ptr<CommentSource> twitchSource()
{
    const auto loaded = chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_PLUGIN_DIR)});
    for (const auto &plugin : loaded.plugins)
        if (plugin.id == QLatin1String("twitch"))
            return std::unique_ptr<CommentSource>(plugin.factory->create(nullptr));
    FAIL("the twitch plugin was not found in " SHOPCAST_PLUGIN_DIR);
    return nullptr;
}

QJsonObject settingsFor(const test::FakeTwitchServer &server, QJsonObject extra = {})
{
    QJsonObject s{{QStringLiteral("channel"), QStringLiteral("ShopCast")},
                  {QStringLiteral("host"), QStringLiteral("localhost")},
                  {QStringLiteral("port"), server.port()},
                  {QStringLiteral("caCertificate"), server.certificatePath()},
                  {QStringLiteral("reconnectFirstDelayMs"), 100}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        s.insert(it.key(), it.value());
    return test::normalizedSettings(QStringLiteral(SHOPCAST_PLUGIN_DIR), QStringLiteral("twitch"), s);
}

bool receivedLine(const test::FakeTwitchServer &server, const QString &prefix)
{
    for (const QString &line : server.received())
        if (line.startsWith(prefix))
            return true;
    return false;
}

} // namespace

TEST_CASE("twitch: anonymous login, comments, PING/PONG, moderation", "[integration][twitch]")
{
    test::FakeTwitchServer server;
    QString error;
    REQUIRE(server.start(&error));
    auto source = twitchSource();
    REQUIRE(source->configure(settingsFor(server), &error));
    QList<ChatEvent> events;
    QObject::connect(source.get(), &CommentSource::eventsReceived, [&](const QList<ChatEvent> &batch) { events += batch; });
    source->start();
    REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Live), 10000);
    CHECK(receivedLine(server, QStringLiteral("CAP REQ :twitch.tv/tags twitch.tv/commands")));
    CHECK(receivedLine(server, QStringLiteral("NICK justinfan")));
    CHECK(receivedLine(server, QStringLiteral("JOIN #shopcast")));
    CHECK_FALSE(receivedLine(server, QStringLiteral("PASS")));

    server.sendToAll("@display-name=小王;id=m1;user-id=42;tmi-sent-ts=1763800000000 :xw!xw@xw.tmi.twitch.tv PRIVMSG #shopcast :这个多少钱");
    server.sendToAll("@login=xw;target-msg-id=m1 :tmi.twitch.tv CLEARMSG #shopcast :这个多少钱");
    server.sendToAll("PING :tmi.twitch.tv");
    REQUIRE_EVENTUALLY((int(events.size())) == (2), 5000);
    CHECK(events.at(0).type == ChatEvent::Type::Comment);
    CHECK(events.at(0).text == QStringLiteral("这个多少钱"));
    CHECK(events.at(0).userName == QStringLiteral("小王"));
    CHECK(events.at(1).type == ChatEvent::Type::Delete);
    REQUIRE_EVENTUALLY(receivedLine(server, QStringLiteral("PONG :tmi.twitch.tv")), 5000);
    source->stop();
}

TEST_CASE("twitch: RECONNECT from the server and a dropped connection are reconnected", "[integration][twitch]")
{
    test::FakeTwitchServer server;
    QString error;
    REQUIRE(server.start(&error));
    auto source = twitchSource();
    REQUIRE(source->configure(settingsFor(server), &error));
    QSignalSpy states(source.get(), &CommentSource::stateChanged);
    source->start();
    REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Live), 10000);
    server.sendToAll(":tmi.twitch.tv RECONNECT");
    REQUIRE_EVENTUALLY((server.connections()) == (2), 10000);
    REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Live), 10000);
    bool sawReconnecting = false;
    for (const auto &args : states)
        sawReconnecting |= args.at(0).value<CommentSource::State>() == CommentSource::State::Reconnecting;
    CHECK(sawReconnecting);

    server.closeAll(); // the network drops
    REQUIRE_EVENTUALLY((server.connections()) == (3), 10000);
    REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Live), 10000);
    source->stop();
}

TEST_CASE("twitch: a silent server is probed and left, a refused token is an error, not a loop", "[integration][twitch]")
{
    {
        test::FakeTwitchServer server;
        QString error;
        REQUIRE(server.start(&error));
        server.setSilent(true);
        auto source = twitchSource();
        REQUIRE(source->configure(settingsFor(server, {{QStringLiteral("silentTimeoutMs"), 400}}), &error));
        source->start();
        REQUIRE_EVENTUALLY(receivedLine(server, QStringLiteral("PING :shopcast")), 10000);
        REQUIRE_EVENTUALLY((server.connections()) == (2), 10000);
        CHECK(source->stateDetail().isEmpty() == false);
        source->stop();
    }
    {
        test::FakeTwitchServer server;
        QString error;
        REQUIRE(server.start(&error));
        server.setRefusedToken(QStringLiteral("oauth:wrongtoken"));
        auto source = twitchSource();
        REQUIRE(source->configure(
            settingsFor(server, {{QStringLiteral("oauth"), QStringLiteral("wrongtoken")}, {QStringLiteral("nick"), QStringLiteral("shopcastbot")}}), &error));
        source->start();
        REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Error), 10000);
        CHECK(source->stateDetail().contains(QStringLiteral("Login authentication failed")));
        QTest::qWait(800);
        CHECK(server.connections() == 1); // no reconnect loop with a bad token
    }
}

TEST_CASE("twitch: an untrusted certificate is never accepted, bad settings are refused", "[integration][twitch]")
{
    test::FakeTwitchServer server;
    QString error;
    REQUIRE(server.start(&error));
    auto source = twitchSource();
    QJsonObject settings = settingsFor(server);
    settings.remove(QStringLiteral("caCertificate"));
    REQUIRE(source->configure(settings, &error));
    source->start();
    REQUIRE_EVENTUALLY((source->state()) == (CommentSource::State::Reconnecting), 10000);
    CHECK(source->stateDetail().contains(QStringLiteral("TLS")));
    source->stop();
    CHECK_FALSE(source->configure(QJsonObject{}, &error));
    CHECK(error.contains(QStringLiteral("channel")));
    CHECK_FALSE(source->configure(QJsonObject{{QStringLiteral("channel"), QStringLiteral("x")}, {QStringLiteral("oauth"), QStringLiteral("t")}}, &error));
    CHECK(error.contains(QStringLiteral("account name")));
}

TEST_CASE("twitch: a burst of long lines is parsed off the GUI thread, in order, and PING is still answered", "[integration][twitch][watchdog]")
{
    test::FakeTwitchServer server;
    QString error;
    REQUIRE(server.start(&error));
    auto source = twitchSource();
    REQUIRE(source->configure(settingsFor(server), &error));
    QList<ChatEvent> events;
    QObject::connect(source.get(), &CommentSource::eventsReceived, [&](const QList<ChatEvent> &batch) { events += batch; });
    source->start();
    REQUIRE_EVENTUALLY(source->state() == CommentSource::State::Live, 10'000);
    // 3,000 comments with the most tags and text a line may carry, in one write.
    constexpr int kLines = 3'000;
    QByteArray tags;
    for (int t = 0; tags.size() < 3'000; ++t)
        tags += "x-tag-" + QByteArray::number(t) + "=" + QByteArray(20, 'v') + ";";
    QByteArray burst;
    for (int i = 0; i < kLines; ++i)
        burst += "@" + tags + "id=m" + QByteArray::number(i) + ";user-id=" + QByteArray::number(i)
                 + " :u!u@u.tmi.twitch.tv PRIVMSG #shopcast :" + QByteArray::number(i) + " " + QByteArray(400, 'a') + "\r\n";
    // Three bursts, the median judged (as the Bilibili test does): a machine
    // shared with other tests can hold any thread back once; what the source
    // does on the GUI thread shows in every burst.
    // The figure is reported; what is judged is where the parsing ran.
    const int heavyBefore = work::GuiThreadCheck::heavyWorkOnGuiThread();
    std::vector<qint64> worst;
    for (int round = 0; round < 3; ++round) {
        const QByteArray ping = "after-the-burst-" + QByteArray::number(round);
        test::EventLoopGap gap;
        gap.start();
        server.sendToAll(burst + "PING :" + ping);
        REQUIRE_EVENTUALLY(events.size() == kLines * (round + 1), 60'000);
        gap.stop();
        worst.push_back(gap.longestMs());
        bool ordered = true;
        for (int i = 0; i < kLines; ++i)
            ordered = ordered && events.at(kLines * round + i).text.startsWith(QString::number(i) + QLatin1Char(' '));
        CHECK(ordered);
        REQUIRE_EVENTUALLY(receivedLine(server, QStringLiteral("PONG :") + QString::fromLatin1(ping)), 10'000);
    }
    std::sort(worst.begin(), worst.end());
    WARN("longest GUI-thread gap while " << kLines << " lines of " << (burst.size() / kLines) << " bytes arrive and are parsed: median " << worst[1] << " ms ("
                                         << worst[0] << ", " << worst[2] << ")");
    CHECK(work::GuiThreadCheck::heavyWorkOnGuiThread() == heavyBefore); // not one line was parsed on the GUI thread
    source->stop();
}
