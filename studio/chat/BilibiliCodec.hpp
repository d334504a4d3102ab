#pragma once

#include <QCoreApplication>

#include "pluginapi/ChatEvent.hpp"

#include <QByteArray>
#include <QList>

namespace shopcast::chat {

// Bilibili live danmaku packets: a 16-byte big-endian header (packet length,
// header length, protocol version, operation, sequence) and a body. Version 2
// bodies are zlib, version 3 brotli, and either holds further packets. One
// WebSocket frame may carry several packets. Garbage is reported and skipped
// by looking for the next plausible header, so one bad packet never loses the
// rest.
class BilibiliCodec
{
    Q_DECLARE_TR_FUNCTIONS(BilibiliCodec)
public:
    enum Operation : quint32 { Heartbeat = 2, HeartbeatReply = 3, Command = 5, Auth = 7, AuthReply = 8 };
    enum Version : quint16 { Json = 0, Int32 = 1, Zlib = 2, Brotli = 3 };

    static constexpr qsizetype kHeaderSize = 16;
    static constexpr qsizetype kMaxPacketSize = 4 * 1024 * 1024;
    // Budgets of one call to decode() (one WebSocket frame): everything its
    // compressed bodies inflate to, together, and the events it may yield. A
    // frame over either is cut there with an error; the connection goes on.
    static constexpr qsizetype kMaxInflatedSize = 16 * 1024 * 1024; // zip-bomb guard, per frame
    static constexpr int kMaxEventsPerFrame = 20'000;

    static QByteArray encode(quint32 operation, const QByteArray &body, quint16 version = Int32, quint32 sequence = 1);
    static QByteArray compress(const QByteArray &packets, quint16 version); // for tests and fake servers

    // Decodes everything complete in data. A trailing incomplete packet is
    // left in *remainder (streaming) or reported as truncated when remainder
    // is null.
    static QList<ChatEvent> decode(const QByteArray &data, QByteArray *remainder = nullptr);
    // One command body (JSON) to events: DANMU_MSG comments, SEND_GIFT gifts, others as events.
    static QList<ChatEvent> decodeCommand(const QByteArray &json);
};

} // namespace shopcast::chat
