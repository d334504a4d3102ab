#include "BilibiliCodec.hpp"
#include "JsonNumbers.hpp"

#include "work/GuiThreadCheck.hpp"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

namespace shopcast::chat {

namespace {

const QString kPlatform = QStringLiteral("bilibili");

struct Header
{
    quint32 length;
    quint16 headerLength;
    quint16 version;
    quint32 operation;
    quint32 sequence;
};

Header readHeader(const char *p)
{
    return {qFromBigEndian<quint32>(p), qFromBigEndian<quint16>(p + 4), qFromBigEndian<quint16>(p + 6), qFromBigEndian<quint32>(p + 8),
            qFromBigEndian<quint32>(p + 12)};
}

bool plausible(const Header &h)
{
    return h.headerLength == BilibiliCodec::kHeaderSize && h.version <= 3 && h.length >= quint32(BilibiliCodec::kHeaderSize)
           && h.length <= quint32(BilibiliCodec::kMaxPacketSize) && h.operation >= 2 && h.operation <= 8;
}

struct Budget
{
    qsizetype inflatedLeft = BilibiliCodec::kMaxInflatedSize;
    int eventsLeft = BilibiliCodec::kMaxEventsPerFrame;
    bool cut = false;
};

std::optional<QByteArray> inflateZlib(const QByteArray &in, qsizetype limit)
{
    z_stream s{};
    if (inflateInit(&s) != Z_OK)
        return std::nullopt;
    QByteArray out;
    char buffer[64 * 1024];
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        s.next_out = reinterpret_cast<Bytef *>(buffer);
        s.avail_out = sizeof buffer;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            return std::nullopt;
        }
        out.append(buffer, qsizetype(sizeof buffer - s.avail_out));
        if (out.size() > limit || (rc == Z_OK && s.avail_in == 0 && s.avail_out != 0)) {
            inflateEnd(&s);
            return rc == Z_STREAM_END && out.size() <= limit ? std::optional<QByteArray>(out) : std::nullopt;
        }
    }
    inflateEnd(&s);
    return out;
}

std::optional<QByteArray> inflateBrotli(const QByteArray &in, qsizetype limit)
{
    BrotliDecoderState *state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    size_t availableIn = size_t(in.size());
    const uint8_t *nextIn = reinterpret_cast<const uint8_t *>(in.constData());
    QByteArray out;
    uint8_t buffer[64 * 1024];
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        size_t availableOut = sizeof buffer;
        uint8_t *nextOut = buffer;
        result = BrotliDecoderDecompressStream(state, &availableIn, &nextIn, &availableOut, &nextOut, nullptr);
        out.append(reinterpret_cast<const char *>(buffer), qsizetype(sizeof buffer - availableOut));
        if (out.size() > limit)
            result = BROTLI_DECODER_RESULT_ERROR;
    }
    BrotliDecoderDestroyInstance(state);
    if (result != BROTLI_DECODER_RESULT_SUCCESS)
        return std::nullopt;
    return out;
}

void decodeInto(const QByteArray &data, QByteArray *remainder, int depth, Budget &budget, QList<ChatEvent> &out)
{
    qsizetype pos = 0;
    bool reportedGarbage = false;
    while (pos < data.size()) {
        if (budget.cut)
            return;
        if (budget.eventsLeft <= 0) {
            budget.cut = true;
            out.append(ChatEvent::error(kPlatform,
                                        BilibiliCodec::tr("a frame with over %1 events; the rest of it is dropped").arg(BilibiliCodec::kMaxEventsPerFrame)));
            if (remainder)
                remainder->clear();
            return;
        }
        if (data.size() - pos < BilibiliCodec::kHeaderSize) {
            if (remainder)
                *remainder = data.mid(pos);
            else
                out.append(ChatEvent::error(kPlatform, BilibiliCodec::tr("truncated packet: %1 bytes left, a header needs 16").arg(data.size() - pos)));
            return;
        }
        const Header h = readHeader(data.constData() + pos);
        if (!plausible(h)) {
            if (!reportedGarbage)
                out.append(ChatEvent::error(kPlatform, BilibiliCodec::tr("garbage at byte %1 (not a packet header); skipping to the next packet").arg(pos)));
            reportedGarbage = true;
            ++pos;
            continue;
        }
        reportedGarbage = false;
        if (qsizetype(h.length) > data.size() - pos) {
            if (remainder)
                *remainder = data.mid(pos);
            else
                out.append(
                    ChatEvent::error(kPlatform, BilibiliCodec::tr("truncated packet: header says %1 bytes, %2 arrived").arg(h.length).arg(data.size() - pos)));
            return;
        }
        const QByteArray body = data.mid(pos + BilibiliCodec::kHeaderSize, qsizetype(h.length) - BilibiliCodec::kHeaderSize);
        pos += qsizetype(h.length);

        if (h.version == BilibiliCodec::Zlib || h.version == BilibiliCodec::Brotli) {
            if (depth > 2) {
                out.append(ChatEvent::error(kPlatform, BilibiliCodec::tr("compressed packets nested too deep")));
                continue;
            }
            const auto inner = h.version == BilibiliCodec::Zlib ? inflateZlib(body, budget.inflatedLeft) : inflateBrotli(body, budget.inflatedLeft);
            if (!inner) {
                out.append(ChatEvent::error(kPlatform, h.version == BilibiliCodec::Zlib
                                                           ? BilibiliCodec::tr("zlib body does not inflate within the frame's budget")
                                                           : BilibiliCodec::tr("brotli body does not decompress within the frame's budget")));
                continue;
            }
            budget.inflatedLeft -= inner->size();
            decodeInto(*inner, nullptr, depth + 1, budget, out);
            continue;
        }
        --budget.eventsLeft;
        switch (h.operation) {
        case BilibiliCodec::HeartbeatReply: {
            ChatEvent e;
            e.type = ChatEvent::Type::Event;
            e.platform = kPlatform;
            e.extra.insert(QStringLiteral("event"), QStringLiteral("popularity"));
            e.extra.insert(QStringLiteral("popularity"), body.size() >= 4 ? qint64(qFromBigEndian<quint32>(body.constData())) : 0);
            out.append(e);
            break;
        }
        case BilibiliCodec::AuthReply: {
            ChatEvent e;
            e.type = ChatEvent::Type::Event;
            e.platform = kPlatform;
            e.extra.insert(QStringLiteral("event"), QStringLiteral("auth_reply"));
            e.extra.insert(QStringLiteral("code"), QJsonDocument::fromJson(body).object().value(QStringLiteral("code")).toInt(-1));
            out.append(e);
            break;
        }
        case BilibiliCodec::Command: out.append(BilibiliCodec::decodeCommand(body)); break;
        default: {
            ChatEvent e;
            e.type = ChatEvent::Type::Event;
            e.platform = kPlatform;
            e.extra.insert(QStringLiteral("event"), QStringLiteral("operation_%1").arg(h.operation));
            out.append(e);
        }
        }
    }
    if (remainder)
        remainder->clear();
}

} // namespace

QByteArray BilibiliCodec::encode(quint32 operation, const QByteArray &body, quint16 version, quint32 sequence)
{
    QByteArray packet(kHeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(kHeaderSize + body.size()), packet.data());
    qToBigEndian<quint16>(quint16(kHeaderSize), packet.data() + 4);
    qToBigEndian<quint16>(version, packet.data() + 6);
    qToBigEndian<quint32>(operation, packet.data() + 8);
    qToBigEndian<quint32>(sequence, packet.data() + 12);
    return packet + body;
}

QByteArray BilibiliCodec::compress(const QByteArray &packets, quint16 version)
{
    if (version == Brotli) {
        size_t size = BrotliEncoderMaxCompressedSize(size_t(packets.size()));
        QByteArray out(qsizetype(size), Qt::Uninitialized);
        BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, size_t(packets.size()),
                              reinterpret_cast<const uint8_t *>(packets.constData()), &size, reinterpret_cast<uint8_t *>(out.data()));
        out.resize(qsizetype(size));
        return out;
    }
    uLongf size = compressBound(uLong(packets.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    ::compress(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(packets.constData()), uLong(packets.size()));
    out.resize(qsizetype(size));
    return out;
}

QList<ChatEvent> BilibiliCodec::decode(const QByteArray &data, QByteArray *remainder)
{
    // A live source inflates on its decode strand; the watchdog test counts this.
    work::GuiThreadCheck::expectWorker("BilibiliCodec::decode");
    QList<ChatEvent> out;
    Budget budget;
    decodeInto(data, remainder, 0, budget, out);
    return out;
}

QList<ChatEvent> BilibiliCodec::decodeCommand(const QByteArray &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {ChatEvent::error(kPlatform, BilibiliCodec::tr("command body is not JSON: %1").arg(parseError.errorString()))};
    const QJsonObject o = doc.object();
    QString cmd = o.value(QStringLiteral("cmd")).toString();
    // Some commands carry a suffix: "DANMU_MSG:4:0:2:2:2:0".
    const QString base = cmd.section(QLatin1Char(':'), 0, 0);
    ChatEvent e;
    e.platform = kPlatform;
    if (base == QLatin1String("DANMU_MSG")) {
        const QJsonArray info = o.value(QStringLiteral("info")).toArray();
        const QJsonArray meta = info.at(0).toArray();
        const QJsonArray user = info.at(2).toArray();
        if (!info.at(1).isString() || user.isEmpty())
            return {ChatEvent::error(kPlatform, BilibiliCodec::tr("DANMU_MSG without text or user"))};
        e.type = ChatEvent::Type::Comment;
        e.text = info.at(1).toString();
        e.userId = QString::number(wholeNumber(user.at(0)).value_or(0));
        e.userName = user.at(1).toString();
        e.sentAtMs = wholeNumber(meta.at(4), 0, kMaxEpochMs).value_or(0);
        // Newer frames carry a message id in info[0][15].extra; older ones do
        // not, so a stable id is made from what identifies the message.
        const QJsonObject extra = QJsonDocument::fromJson(meta.at(15).toObject().value(QStringLiteral("extra")).toString().toUtf8()).object();
        e.id = extra.value(QStringLiteral("id_str")).toString();
        if (e.id.isEmpty())
            e.id
                = QString::fromLatin1(QCryptographicHash::hash((e.userId + QLatin1Char('|') + QString::number(e.sentAtMs) + QLatin1Char('|') + e.text).toUtf8(),
                                                               QCryptographicHash::Sha1)
                                          .toHex()
                                          .left(16));
        const QJsonArray medal = info.at(3).toArray();
        if (medal.size() >= 2)
            e.badges.append(QStringLiteral("%1/%2").arg(medal.at(1).toString()).arg(medal.at(0).toInt()));
        return {e};
    }
    if (base == QLatin1String("SEND_GIFT")) {
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        e.type = ChatEvent::Type::Gift;
        e.userId = QString::number(wholeNumber(data.value(QStringLiteral("uid"))).value_or(0));
        e.userName = data.value(QStringLiteral("uname")).toString();
        e.id = data.value(QStringLiteral("tid")).toString();
        e.extra.insert(QStringLiteral("gift"), data.value(QStringLiteral("giftName")).toString());
        e.extra.insert(QStringLiteral("count"), data.value(QStringLiteral("num")).toInt());
        e.extra.insert(QStringLiteral("coinType"), data.value(QStringLiteral("coin_type")).toString());
        e.extra.insert(QStringLiteral("totalCoin"), data.value(QStringLiteral("total_coin")).toDouble());
        return {e};
    }
    // The room's size: WATCHED_CHANGE carries 看过 (people who have watched,
    // only ever growing), ONLINE_RANK_COUNT the online count (online_count on
    // newer rooms; count, the ranked viewers, on older ones).
    if (base == QLatin1String("WATCHED_CHANGE") || base == QLatin1String("ONLINE_RANK_COUNT")) {
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        const bool watched = base == QLatin1String("WATCHED_CHANGE");
        const QJsonValue value
            = watched ? data.value(QStringLiteral("num"))
                      : (data.contains(QStringLiteral("online_count")) ? data.value(QStringLiteral("online_count")) : data.value(QStringLiteral("count")));
        const auto count = wholeNumber(value, 0, kMaxAudience);
        if (!count)
            return {ChatEvent::error(kPlatform, BilibiliCodec::tr("%1 without a count").arg(base))};
        e.type = ChatEvent::Type::Audience;
        e.extra.insert(watched ? QStringLiteral("viewers") : QStringLiteral("online"), *count);
        return {e};
    }
    e.type = ChatEvent::Type::Event;
    e.extra.insert(QStringLiteral("event"), cmd.isEmpty() ? QStringLiteral("unknown") : cmd);
    return {e};
}

} // namespace shopcast::chat
