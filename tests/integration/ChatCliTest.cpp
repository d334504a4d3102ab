// shopcast-cli chat decode on raw captures, as a developer or support engineer
// would run it on a recording of a platform's traffic.
#include "CatchQt.hpp"

#include "chat/BilibiliCodec.hpp"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using shopcast::chat::BilibiliCodec;

namespace {

QList<QJsonObject> decode(const QString &protocol, const QByteArray &capture, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCAST_CLI), {QStringLiteral("chat"), QStringLiteral("decode"), QStringLiteral("--protocol"), protocol});
    p.write(capture);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    QList<QJsonObject> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}

} // namespace

TEST_CASE("chat decode: one JSON line per IRC line, errors included", "[integration][cli][chat]")
{
    const QByteArray capture = "@display-name=Ann;id=m1;user-id=1;tmi-sent-ts=1763800000000 :ann!ann@ann.tmi.twitch.tv PRIVMSG #shop :有优惠吗\r\n"
                               "this is not irc @@@\r\n"
                               "@login=ann;target-msg-id=m1 :tmi.twitch.tv CLEARMSG #shop :有优惠吗\r\n"
                               "PING :tmi.twitch.tv\r\n";
    int rc = -1;
    const auto events = decode(QStringLiteral("twitch-irc"), capture, &rc);
    CHECK(rc == 0);
    REQUIRE(events.size() == 4);
    CHECK(events.at(0).value(QStringLiteral("type")).toString() == QStringLiteral("comment"));
    CHECK(events.at(0).value(QStringLiteral("text")).toString() == QStringLiteral("有优惠吗"));
    CHECK(events.at(0).value(QStringLiteral("userName")).toString() == QStringLiteral("Ann"));
    CHECK(events.at(1).value(QStringLiteral("type")).toString() == QStringLiteral("event")); // "this" as a verb
    CHECK(events.at(2).value(QStringLiteral("type")).toString() == QStringLiteral("delete"));
    CHECK(events.at(2).value(QStringLiteral("targetId")).toString() == QStringLiteral("m1"));
    CHECK(events.at(3).value(QStringLiteral("event")).toString() == QStringLiteral("ping"));
}

TEST_CASE("chat decode: Bilibili packets as received, garbage reported, decoding goes on", "[integration][cli][chat]")
{
    const QByteArray comment = BilibiliCodec::encode(
        BilibiliCodec::Command, R"({"cmd":"DANMU_MSG","info":[[0,1,25,16777215,1763800000000],"来了来了",[42,"小李"]]})", BilibiliCodec::Json);
    const QByteArray capture
        = BilibiliCodec::encode(BilibiliCodec::AuthReply, "{\"code\":0}")
          + BilibiliCodec::encode(BilibiliCodec::Command, BilibiliCodec::compress(comment + comment, BilibiliCodec::Brotli), BilibiliCodec::Brotli)
          + QByteArray("####garbage####") + comment + comment.left(10);
    const auto events = decode(QStringLiteral("bilibili"), capture);
    QStringList types;
    for (const QJsonObject &e : events)
        types.append(e.value(QStringLiteral("type")).toString());
    CHECK(types
          == QStringList{QStringLiteral("event"), QStringLiteral("comment"), QStringLiteral("comment"), QStringLiteral("error"), QStringLiteral("comment"),
                         QStringLiteral("error")});
    CHECK(events.at(1).value(QStringLiteral("text")).toString() == QStringLiteral("来了来了"));
    CHECK(events.at(1).value(QStringLiteral("userName")).toString() == QStringLiteral("小李"));
    CHECK(events.last().value(QStringLiteral("text")).toString().contains(QStringLiteral("truncated")));
}

TEST_CASE("chat decode: bridge lines and bad arguments", "[integration][cli][chat]")
{
    const auto events = decode(QStringLiteral("bridge"), "{\"userName\":\"a\",\"text\":\"hi\"}\nnot json\n");
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).value(QStringLiteral("text")).toString() == QStringLiteral("hi"));
    CHECK(events.at(1).value(QStringLiteral("type")).toString() == QStringLiteral("error"));
    int rc = 0;
    decode(QStringLiteral("carrier-pigeon"), {}, &rc);
    CHECK(rc == 2);
}
