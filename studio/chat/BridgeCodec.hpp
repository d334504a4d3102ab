#pragma once

#include <QCoreApplication>

#include "pluginapi/ChatEvent.hpp"

#include <QByteArray>

namespace shopcast::chat {

// The local bridge's comment format: one JSON object per line (or per
// WebSocket message / HTTP POST body), documented in the README:
// {"type":"comment","platform":"douyin","id":"m1","userId":"u1","userName":"小王",
//  "text":"多少钱？","sentAtMs":1763800000000}
// type may also be delete (with targetId), clear, gift (gift, count) or event,
// and order or refund (a line of a paid order, or its refund):
// {"type":"order","platform":"douyin","orderId":"6931…","lineId":"6931…-1",
//  "sku":"DEMO-CUP","productId":"3578001","title":"保温杯","quantity":2,
//  "paidCents":23800,"buyer":"张**","paidAtMs":1763800000000}
// {"type":"refund","platform":"douyin","orderId":"6931…","lineId":"6931…-1"}
// and audience, the room's size as the platform counts it (any of the three):
// {"type":"audience","platform":"douyin","online":1234,"viewers":5678,"views":9012}
// online: in the room now; viewers: people who have watched so far (观看人数);
// views: entries so far (观看人次). The last two only ever grow.
class BridgeCodec
{
    Q_DECLARE_TR_FUNCTIONS(BridgeCodec)
public:
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024; // a comment is never this long
    static constexpr qsizetype kMaxTextChars = 2000;
    static constexpr qsizetype kMaxNameChars = 200; // ids and names
    static constexpr qsizetype kMaxOrderIdChars = 64;
    static constexpr qint64 kMaxQuantity = 100'000;
    static constexpr qint64 kMaxLineCents = 10'000'000'000LL; // 1 亿 yuan

    // The platforms the bridge plugin relays (its metadata's "platforms",
    // which draw their badges).
    static QStringList relayedPlatforms();
    // platforms: the names a message may claim besides "bridge" (the bridge
    // source passes relayedPlatforms(), so a tool cannot pass its comments off
    // as Twitch's or Bilibili's); empty: any (a rehearsal replays captures of
    // every platform).
    static ChatEvent decode(const QByteArray &json, const QStringList &platforms = {});

private:
    static bool decodeOrder(const QJsonObject &o, ChatEvent *e);
    static bool decodeAudience(const QJsonObject &o, ChatEvent *e);
};

} // namespace shopcast::chat
