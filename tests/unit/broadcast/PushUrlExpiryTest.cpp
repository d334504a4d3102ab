// Reading when a signed push address expires, from the CDN authentication
// parameters the platforms' push URLs carry, and never from a plain key.
#include "CatchQt.hpp"

#include "broadcast/PushUrlExpiry.hpp"

using namespace shopcast;
using broadcast::PushUrlExpiry;

namespace {

// 2030-01-01 00:00:00 UTC: 1893456000, 0x70DBD880.
const QDateTime kNewYear2030 = QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);

QDateTime expiryOf(const QString &server, const QString &key)
{
    const auto e = PushUrlExpiry::read(server, key);
    return e ? e->expiresUtc : QDateTime();
}

} // namespace

TEST_CASE("push URL expiry: each documented parameter, in the key or in the server address", "[broadcast][destinations][expiry]")
{
    const QString server = QStringLiteral("rtmp://push.example.com/live/");
    // Tencent Cloud LVB: txTime in hex seconds.
    CHECK(expiryOf(server, QStringLiteral("stream-1?txSecret=0123abcd&txTime=%1").arg(kNewYear2030.toSecsSinceEpoch(), 0, 16)) == kNewYear2030);
    CHECK(expiryOf(server, QStringLiteral("stream-1?txSecret=0123abcd&txTime=70DBD880")) == kNewYear2030);
    // Volcano Engine (Douyin's CDN): volcTime in decimal seconds.
    CHECK(expiryOf(server, QStringLiteral("stream-1?volcSecret=9f0e&volcTime=1893456000")) == kNewYear2030);
    // Alibaba Cloud: auth_key=<expiry>-<rand>-<uid>-<md5>.
    CHECK(expiryOf(server, QStringLiteral("stream-1?auth_key=1893456000-0-0-5d41402abc4b2a76b9719d911017c592")) == kNewYear2030);
    // Wangsu: wsTime in hex or decimal.
    CHECK(expiryOf(server, QStringLiteral("s?wsSecret=ab&wsTime=70dbd880")) == kNewYear2030);
    CHECK(expiryOf(server, QStringLiteral("s?wsSecret=ab&wsTime=1893456000")) == kNewYear2030);
    // Generic.
    CHECK(expiryOf(server, QStringLiteral("s?expire=1893456000")) == kNewYear2030);
    CHECK(expiryOf(server, QStringLiteral("s?expires=1893456000&sign=x")) == kNewYear2030);
    // In the server address (a whole push URL pasted as the server), percent-encoded or not.
    CHECK(expiryOf(QStringLiteral("rtmp://push.example.com/live/s?volcSecret=a&volcTime=1893456000"), {}) == kNewYear2030);
    CHECK(expiryOf(QStringLiteral("rtmp://push.example.com/live/s?auth%5Fkey=1893456000-0-0-abc"), {}) == kNewYear2030);
    // Two say different things: the earlier counts, and which one said it.
    const auto both = PushUrlExpiry::read(QStringLiteral("rtmp://h/live?expire=1893456000"), QStringLiteral("s?txTime=%1").arg(1893456000 - 3600, 0, 16));
    REQUIRE(both);
    CHECK(both->expiresUtc == kNewYear2030.addSecs(-3600));
    CHECK(both->parameter == QStringLiteral("txTime"));
}

TEST_CASE("push URL expiry: plain keys and implausible values raise no alarm", "[broadcast][destinations][expiry]")
{
    for (const QString &key : {QStringLiteral("sk-123"), QStringLiteral("live_1893456000_abcdef"), QStringLiteral("stream?txTime=zzzz"),
                               QStringLiteral("stream?expire=5"), QStringLiteral("stream?expire=99999999999999"), QStringLiteral("stream?auth_key=abc-1-2-3"),
                               QStringLiteral("stream?txTime=-1"), QStringLiteral("stream?time=1893456000"), QStringLiteral("stream?e=1893456000"),
                               QStringLiteral("stream?txTime=") + QString(100'000, QLatin1Char('f')), QStringLiteral("?&&=&txTime"), QString()}) {
        INFO(key.left(80).toStdString());
        CHECK_FALSE(PushUrlExpiry::read(QStringLiteral("rtmp://push.example.com/live"), key));
    }
}

TEST_CASE("push URL expiry in words: expired or expires, the time, the date when not today", "[broadcast][destinations][expiry]")
{
    const PushUrlExpiry e{QDateTime(QDate(2030, 1, 1), QTime(12, 30), Qt::LocalTime).toUTC(), QStringLiteral("txTime")};
    CHECK(e.describe(QDateTime(QDate(2030, 1, 1), QTime(11, 0))) == QStringLiteral("stream key expires at 12:30"));
    CHECK(e.describe(QDateTime(QDate(2030, 1, 1), QTime(13, 0))) == QStringLiteral("stream key expired at 12:30"));
    CHECK(e.describe(QDateTime(QDate(2029, 12, 31), QTime(20, 0))) == QStringLiteral("stream key expires at 01-01 12:30"));
}
