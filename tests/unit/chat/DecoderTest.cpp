#include "CatchQt.hpp"

#include "chat/BilibiliCodec.hpp"
#include "chat/BridgeCodec.hpp"
#include "chat/TwitchIrcDecoder.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace shopcast::chat;

TEST_CASE("Twitch: PRIVMSG with tags, escapes, emotes and unicode", "[chat][twitch]")
{
    const QString line = QStringLiteral("@badge-info=subscriber/8;badges=subscriber/6,premium/1;color=#1E90FF;display-name=小王_Shop;emotes=25:0-4;"
                                        "first-msg=0;id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;mod=0;room-id=1337;subscriber=1;tmi-sent-ts=1763800000123;"
                                        "user-id=424242;user-type= :xiaowang!xiaowang@xiaowang.tmi.twitch.tv PRIVMSG #shopcast :Kappa 这个多少钱？ 😀\r\n");
    const ChatEvent e = TwitchIrcDecoder::decodeLine(line);
    CHECK(e.type == ChatEvent::Type::Comment);
    CHECK(e.platform == QStringLiteral("twitch"));
    CHECK(e.id == QStringLiteral("b34ccfc7-4977-403a-8a94-33c6bac34fb8"));
    CHECK(e.userId == QStringLiteral("424242"));
    CHECK(e.userName == QStringLiteral("小王_Shop"));
    CHECK(e.text == QStringLiteral("Kappa 这个多少钱？ 😀"));
    CHECK(e.badges == QStringList{QStringLiteral("subscriber/6"), QStringLiteral("premium/1")});
    CHECK(e.sentAtMs == 1763800000123);
    CHECK(e.extra.value(QStringLiteral("emotes")).toString() == QStringLiteral("25:0-4"));

    // Escaped tag values (display names may hold spaces via \s) and /me.
    const ChatEvent action
        = TwitchIrcDecoder::decodeLine(QStringLiteral("@display-name=Big\\sFan;id=m2;user-id=7 :bigfan!bigfan@bigfan.tmi.twitch.tv PRIVMSG #shopcast :\x01"
                                                      "ACTION waves\x01"));
    CHECK(action.userName == QStringLiteral("Big Fan"));
    CHECK(action.text == QStringLiteral("waves"));
    CHECK(action.extra.value(QStringLiteral("action")).toBool());
    // No display-name: the nick from the source.
    CHECK(TwitchIrcDecoder::decodeLine(u":nick!nick@host PRIVMSG #c :hi").userName == QStringLiteral("nick"));
}

TEST_CASE("Twitch: moderation, notices and connection events", "[chat][twitch]")
{
    const ChatEvent del = TwitchIrcDecoder::decodeLine(
        u"@login=spammer;room-id=1337;target-msg-id=abc-123;tmi-sent-ts=1763800000500 :tmi.twitch.tv CLEARMSG #shopcast :buy followers");
    CHECK(del.type == ChatEvent::Type::Delete);
    CHECK(del.targetId == QStringLiteral("abc-123"));
    const ChatEvent ban = TwitchIrcDecoder::decodeLine(u"@ban-duration=600;room-id=1337;target-user-id=9999 :tmi.twitch.tv CLEARCHAT #shopcast :spammer");
    CHECK(ban.type == ChatEvent::Type::Clear);
    CHECK(ban.targetId == QStringLiteral("9999"));
    CHECK(ban.extra.value(QStringLiteral("banSeconds")).toInt() == 600);
    const ChatEvent all = TwitchIrcDecoder::decodeLine(u"@room-id=1337 :tmi.twitch.tv CLEARCHAT #shopcast");
    CHECK(all.type == ChatEvent::Type::Clear);
    CHECK(all.targetId.isEmpty());
    const ChatEvent gift = TwitchIrcDecoder::decodeLine(
        u"@msg-id=subgift;display-name=Gifter;user-id=5;system-msg=Gifter\\sgifted\\sa\\sTier\\s1\\ssub! :tmi.twitch.tv USERNOTICE #shopcast");
    CHECK(gift.type == ChatEvent::Type::Gift);
    CHECK(gift.extra.value(QStringLiteral("systemMessage")).toString() == QStringLiteral("Gifter gifted a Tier 1 sub!"));
    const ChatEvent ping = TwitchIrcDecoder::decodeLine(u"PING :tmi.twitch.tv");
    CHECK(ping.type == ChatEvent::Type::Event);
    CHECK(ping.extra.value(QStringLiteral("event")).toString() == QStringLiteral("ping"));
    CHECK(TwitchIrcDecoder::decodeLine(u":tmi.twitch.tv RECONNECT").extra.value(QStringLiteral("event")).toString() == QStringLiteral("reconnect"));
}

TEST_CASE("Twitch: garbage and oversized lines become errors", "[chat][twitch]")
{
    CHECK(TwitchIrcDecoder::decodeLine(u"").type == ChatEvent::Type::Error);
    CHECK(TwitchIrcDecoder::decodeLine(u"@a=b").type == ChatEvent::Type::Error);
    CHECK(TwitchIrcDecoder::decodeLine(u":x PRIVMSG #c").type == ChatEvent::Type::Error);
    const QString huge = QStringLiteral(":x PRIVMSG #c :") + QString(1024 * 1024, QLatin1Char('a'));
    const ChatEvent e = TwitchIrcDecoder::decodeLine(huge);
    CHECK(e.type == ChatEvent::Type::Error);
    CHECK(e.text.contains(QStringLiteral("longer than any IRC message")));
}

namespace {

QByteArray danmu(const QString &text, qint64 uid, const QString &name, qint64 ts)
{
    const QJsonObject o{{QStringLiteral("cmd"), QStringLiteral("DANMU_MSG")},
                        {QStringLiteral("info"), QJsonArray{QJsonArray{0, 1, 25, 16777215, ts, 0, 0, QStringLiteral("abc"), 0}, text,
                                                            QJsonArray{uid, name, 0, 0, 0, 10000, 1, QString()},
                                                            QJsonArray{12, QStringLiteral("粉丝团"), QStringLiteral("主播"), 1, 0}}}};
    return BilibiliCodec::encode(BilibiliCodec::Command, QJsonDocument(o).toJson(QJsonDocument::Compact), BilibiliCodec::Json);
}

QByteArray gift()
{
    const QJsonObject o{{QStringLiteral("cmd"), QStringLiteral("SEND_GIFT")},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("uid"), 77},
                                                             {QStringLiteral("uname"), QStringLiteral("土豪")},
                                                             {QStringLiteral("giftName"), QStringLiteral("小心心")},
                                                             {QStringLiteral("num"), 3},
                                                             {QStringLiteral("tid"), QStringLiteral("t-1")},
                                                             {QStringLiteral("coin_type"), QStringLiteral("silver")}}}};
    return BilibiliCodec::encode(BilibiliCodec::Command, QJsonDocument(o).toJson(QJsonDocument::Compact), BilibiliCodec::Json);
}

} // namespace

TEST_CASE("Bilibili: several packets per frame, zlib and brotli bodies, heartbeat and auth replies", "[chat][bilibili]")
{
    QByteArray popularity(4, '\0');
    popularity[3] = char(0x2a);
    const QByteArray plain = BilibiliCodec::encode(BilibiliCodec::AuthReply, "{\"code\":0}")
                             + danmu(QStringLiteral("主播好！"), 1001, QStringLiteral("路人甲"), 1763800000001)
                             + BilibiliCodec::encode(BilibiliCodec::HeartbeatReply, popularity) + gift();
    auto events = BilibiliCodec::decode(plain);
    REQUIRE(events.size() == 4);
    CHECK(events.at(0).extra.value(QStringLiteral("event")).toString() == QStringLiteral("auth_reply"));
    CHECK(events.at(0).extra.value(QStringLiteral("code")).toInt() == 0);
    CHECK(events.at(1).type == ChatEvent::Type::Comment);
    CHECK(events.at(1).text == QStringLiteral("主播好！"));
    CHECK(events.at(1).userId == QStringLiteral("1001"));
    CHECK(events.at(1).userName == QStringLiteral("路人甲"));
    CHECK(events.at(1).sentAtMs == 1763800000001);
    CHECK(events.at(1).badges == QStringList{QStringLiteral("粉丝团/12")});
    CHECK_FALSE(events.at(1).id.isEmpty());
    CHECK(events.at(2).extra.value(QStringLiteral("popularity")).toInt() == 42);
    CHECK(events.at(3).type == ChatEvent::Type::Gift);
    CHECK(events.at(3).extra.value(QStringLiteral("gift")).toString() == QStringLiteral("小心心"));
    CHECK(events.at(3).extra.value(QStringLiteral("count")).toInt() == 3);

    // The same comments inside compressed bodies, several per body, and a
    // compressed packet next to a plain one in one frame.
    const QByteArray inner = danmu(QStringLiteral("一"), 1, QStringLiteral("a"), 1) + danmu(QStringLiteral("二"), 2, QStringLiteral("b"), 2)
                             + danmu(QStringLiteral("三"), 3, QStringLiteral("c"), 3);
    for (quint16 version : {quint16(BilibiliCodec::Zlib), quint16(BilibiliCodec::Brotli)}) {
        INFO(version);
        const QByteArray frame = BilibiliCodec::encode(BilibiliCodec::Command, BilibiliCodec::compress(inner, version), version) + gift();
        events = BilibiliCodec::decode(frame);
        REQUIRE(events.size() == 4);
        CHECK(events.at(0).text == QStringLiteral("一"));
        CHECK(events.at(2).text == QStringLiteral("三"));
        CHECK(events.at(3).type == ChatEvent::Type::Gift);
    }
    // The same danmaku twice gets the same id (de-duplication downstream).
    CHECK(BilibiliCodec::decode(danmu(QStringLiteral("x"), 5, QStringLiteral("n"), 9)).first().id
          == BilibiliCodec::decode(danmu(QStringLiteral("x"), 5, QStringLiteral("n"), 9)).first().id);
}

TEST_CASE("Bilibili: truncated, garbage, oversized and corrupt input is reported and decoding goes on", "[chat][bilibili]")
{
    const QByteArray good = danmu(QStringLiteral("还在吗"), 1, QStringLiteral("a"), 1);
    // Streaming: a packet split across reads waits in the remainder.
    QByteArray rest;
    CHECK(BilibiliCodec::decode(good.left(20), &rest).isEmpty());
    CHECK(rest == good.left(20));
    CHECK(BilibiliCodec::decode(rest + good.mid(20), &rest).size() == 1);
    CHECK(rest.isEmpty());
    // Without a stream: truncation is an error.
    auto events = BilibiliCodec::decode(good.left(good.size() - 3));
    REQUIRE(events.size() == 1);
    CHECK(events.first().type == ChatEvent::Type::Error);
    CHECK(events.first().text.contains(QStringLiteral("truncated")));
    // Garbage between packets: one error, then the next packet decodes.
    events = BilibiliCodec::decode(good + QByteArray("\x00\x01garbage-bytes-here!!", 21) + good);
    REQUIRE(events.size() == 3);
    CHECK(events.at(1).type == ChatEvent::Type::Error);
    CHECK(events.at(2).text == QStringLiteral("还在吗"));
    // A header that claims 100 MB is not trusted.
    QByteArray oversized = good;
    oversized[0] = char(0x06);
    events = BilibiliCodec::decode(oversized);
    CHECK(events.first().type == ChatEvent::Type::Error);
    // A zlib body that does not inflate, and a command that is not JSON.
    events = BilibiliCodec::decode(BilibiliCodec::encode(BilibiliCodec::Command, "not zlib at all", BilibiliCodec::Zlib) + good);
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).text.contains(QStringLiteral("zlib")));
    CHECK(events.at(1).type == ChatEvent::Type::Comment);
    CHECK(BilibiliCodec::decode(BilibiliCodec::encode(BilibiliCodec::Command, "{oops", BilibiliCodec::Json)).first().type == ChatEvent::Type::Error);
    // A zip bomb: 40 MB of zeros inflates past the limit and is refused.
    const QByteArray bomb = BilibiliCodec::compress(QByteArray(40 * 1024 * 1024, '\0'), BilibiliCodec::Zlib);
    events = BilibiliCodec::decode(BilibiliCodec::encode(BilibiliCodec::Command, bomb, BilibiliCodec::Zlib));
    REQUIRE(events.size() == 1);
    CHECK(events.first().type == ChatEvent::Type::Error);
}

TEST_CASE("Bridge: the documented JSON format and its bad inputs", "[chat][bridge]")
{
    const ChatEvent c
        = BridgeCodec::decode(R"({"type":"comment","platform":"douyin","id":"m1","userId":"u1","userName":"小王","text":"多少钱？","sentAtMs":1763800000000})");
    CHECK(c.type == ChatEvent::Type::Comment);
    CHECK(c.platform == QStringLiteral("douyin"));
    CHECK(c.text == QStringLiteral("多少钱？"));
    CHECK(BridgeCodec::decode(R"({"type":"delete","targetId":"m1"})").type == ChatEvent::Type::Delete);
    CHECK(BridgeCodec::decode(R"({"type":"gift","userName":"a","gift":"火箭","count":2})").extra.value(QStringLiteral("count")).toInt() == 2);

    CHECK(BridgeCodec::decode("{\"text\":\"\xff\xfe\"}").type == ChatEvent::Type::Error); // invalid UTF-8
    CHECK(BridgeCodec::decode("[1,2]").type == ChatEvent::Type::Error);
    CHECK(BridgeCodec::decode(R"({"type":"comment","userName":"a"})").type == ChatEvent::Type::Error);
    CHECK(BridgeCodec::decode(R"({"type":"teleport"})").text.contains(QStringLiteral("unknown type")));
    const QByteArray mega = "{\"userName\":\"a\",\"text\":\"" + QByteArray(1024 * 1024, 'x') + "\"}";
    CHECK(BridgeCodec::decode(mega).text.contains(QStringLiteral("over the")));
    const QByteArray long5k = "{\"userName\":\"a\",\"text\":\"" + QByteArray(5000, 'x') + "\"}";
    const ChatEvent truncated = BridgeCodec::decode(long5k);
    CHECK(truncated.text.size() == BridgeCodec::kMaxTextChars);
    CHECK(truncated.extra.value(QStringLiteral("truncated")).toBool());
}

TEST_CASE("Bilibili: a frame's budget covers all its compressed bodies together and its event count", "[chat][bilibili][budget]")
{
    // Three bodies of 7 MiB each: every one under the limit, together over it.
    const QByteArray inner = BilibiliCodec::encode(BilibiliCodec::Command, QByteArray(7 * 1024 * 1024, ' '), BilibiliCodec::Json);
    const QByteArray body = BilibiliCodec::encode(BilibiliCodec::Command, BilibiliCodec::compress(inner, BilibiliCodec::Zlib), BilibiliCodec::Zlib);
    QList<ChatEvent> events = BilibiliCodec::decode(body + body + body);
    int errors = 0;
    for (const ChatEvent &e : events)
        errors += e.type == ChatEvent::Type::Error && e.text.contains(QStringLiteral("budget"));
    CHECK(errors == 1); // the third body is refused; the first two were decoded
    // 25,000 tiny packets in one frame: cut at the event budget with one error.
    QByteArray many;
    for (int i = 0; i < 25'000; ++i)
        many += BilibiliCodec::encode(BilibiliCodec::HeartbeatReply, QByteArray("\0\0\0\1", 4));
    events = BilibiliCodec::decode(many);
    REQUIRE(events.size() == BilibiliCodec::kMaxEventsPerFrame + 1);
    CHECK(events.last().type == ChatEvent::Type::Error);
    CHECK(events.last().text.contains(QStringLiteral("20000")));
    // Numbers out of an integer's range are not cast (that would be undefined behaviour).
    const QJsonObject o{{QStringLiteral("cmd"), QStringLiteral("DANMU_MSG")},
                        {QStringLiteral("info"), QJsonArray{QJsonArray{0, 1, 25, 0, 1e300}, QStringLiteral("hi"), QJsonArray{-1e300, QStringLiteral("x")}}}};
    const ChatEvent e = BilibiliCodec::decodeCommand(QJsonDocument(o).toJson(QJsonDocument::Compact)).first();
    CHECK(e.type == ChatEvent::Type::Comment);
    CHECK(e.sentAtMs == 0);
    CHECK(e.userId == QStringLiteral("0"));
}

TEST_CASE("Bridge: platforms are bound to what the bridge relays, numbers and names are range-checked", "[chat][bridge][budget]")
{
    const QStringList relayed = BridgeCodec::relayedPlatforms();
    CHECK(BridgeCodec::decode(R"({"platform":"douyin","userName":"a","text":"hi"})", relayed).type == ChatEvent::Type::Comment);
    CHECK(BridgeCodec::decode(R"({"userName":"a","text":"hi"})", relayed).platform == QStringLiteral("bridge"));
    const ChatEvent claimed = BridgeCodec::decode(R"({"platform":"twitch","userName":"a","text":"hi"})", relayed);
    CHECK(claimed.type == ChatEvent::Type::Error);
    CHECK(claimed.text.contains(QStringLiteral("not one the bridge relays")));
    // Without a list (a rehearsal replaying captures), any platform.
    CHECK(BridgeCodec::decode(R"({"platform":"twitch","userName":"a","text":"hi"})").type == ChatEvent::Type::Comment);
    CHECK(BridgeCodec::decode(R"({"userName":"a","text":"hi","sentAtMs":1e300})").type == ChatEvent::Type::Error);
    CHECK(BridgeCodec::decode(R"({"userName":"a","text":"hi","sentAtMs":-5})").type == ChatEvent::Type::Error);
    CHECK(BridgeCodec::decode(R"({"userName":"a","text":"hi","sentAtMs":"soon"})").type == ChatEvent::Type::Error);
    CHECK(BridgeCodec::decode(R"({"userName":"a","text":"hi","sentAtMs":1763800000000})").sentAtMs == 1763800000000);
    const QByteArray longName = "{\"userName\":\"" + QByteArray(300, 'n') + "\",\"text\":\"hi\"}";
    CHECK(BridgeCodec::decode(longName).type == ChatEvent::Type::Error);
    CHECK(BridgeCodec::decode(R"({"type":"gift","userName":"a","gift":"火箭","count":1e300})").extra.value(QStringLiteral("count")).toInt() == 1);

    // The codec's list is the plugin's declared one (its badges come from there).
    QFile metadata(QStringLiteral(SHOPCAST_FIXTURES "/../../plugins/bridge/bridge.json"));
    REQUIRE(metadata.open(QIODevice::ReadOnly));
    QStringList declared = QJsonDocument::fromJson(metadata.readAll()).object().value(QStringLiteral("platforms")).toObject().keys();
    QStringList sorted = relayed;
    declared.sort();
    sorted.sort();
    CHECK(declared == sorted);
}

TEST_CASE("room size: Bilibili's watched and online counts and the bridge's audience message, bad counts refused", "[chat][bilibili][bridge][sales]")
{
    const auto command = [](const char *json) { return BilibiliCodec::decode(BilibiliCodec::encode(BilibiliCodec::Command, QByteArray(json))); };
    auto events = command(R"({"cmd":"WATCHED_CHANGE","data":{"num":12345,"text_small":"1.2万","text_large":"1.2万人看过"}})");
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).type == ChatEvent::Type::Audience);
    CHECK(events.at(0).platform == QStringLiteral("bilibili"));
    CHECK(events.at(0).extra.value(QStringLiteral("viewers")).toInteger() == 12'345);
    CHECK_FALSE(events.at(0).extra.contains(QStringLiteral("online")));
    // Newer rooms send online_count beside count (the ranked viewers).
    events = command(R"({"cmd":"ONLINE_RANK_COUNT","data":{"count":88,"online_count":321}})");
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).extra.value(QStringLiteral("online")).toInteger() == 321);
    CHECK(command(R"({"cmd":"ONLINE_RANK_COUNT","data":{"count":88}})").at(0).extra.value(QStringLiteral("online")).toInteger() == 88);
    for (const char *bad : {R"({"cmd":"WATCHED_CHANGE","data":{"num":-1}})", R"({"cmd":"WATCHED_CHANGE","data":{"num":"many"}})",
                            R"({"cmd":"ONLINE_RANK_COUNT","data":{"count":1e300}})", R"({"cmd":"WATCHED_CHANGE"})"}) {
        INFO(bad);
        events = command(bad);
        REQUIRE(events.size() == 1);
        CHECK(events.at(0).type == ChatEvent::Type::Error);
    }

    const ChatEvent all
        = BridgeCodec::decode(R"({"type":"audience","platform":"douyin","online":1234,"viewers":5678,"views":9012})", BridgeCodec::relayedPlatforms());
    CHECK(all.type == ChatEvent::Type::Audience);
    CHECK(all.extra.value(QStringLiteral("online")).toInteger() == 1234);
    CHECK(all.extra.value(QStringLiteral("viewers")).toInteger() == 5678);
    CHECK(all.extra.value(QStringLiteral("views")).toInteger() == 9012);
    const ChatEvent some = BridgeCodec::decode(R"({"type":"audience","platform":"taobao","online":7})");
    CHECK(some.extra.value(QStringLiteral("online")).toInteger() == 7);
    CHECK_FALSE(some.extra.contains(QStringLiteral("views")));
    const struct
    {
        const char *json;
        const char *reason;
    } bad[] = {
        {R"({"type":"audience","platform":"douyin"})", "without online, viewers or views"},
        {R"({"type":"audience","platform":"douyin","online":-3})", "online"},
        {R"({"type":"audience","platform":"douyin","views":1.5})", "views"},
        {R"({"type":"audience","platform":"douyin","viewers":"1万"})", "viewers"},
        {R"({"type":"audience","platform":"douyin","views":20000000000})", "views"},
    };
    for (const auto &b : bad) {
        INFO(b.json);
        const ChatEvent e = BridgeCodec::decode(b.json);
        CHECK(e.type == ChatEvent::Type::Error);
        CHECK(e.text.contains(QLatin1String(b.reason)));
    }
}
