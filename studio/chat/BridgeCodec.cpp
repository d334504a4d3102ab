#include "BridgeCodec.hpp"
#include "JsonNumbers.hpp"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace shopcast::chat {

namespace {
const QString kPlatform = QStringLiteral("bridge");
} // namespace

QStringList BridgeCodec::relayedPlatforms()
{
    return {QStringLiteral("douyin"), QStringLiteral("kuaishou"), QStringLiteral("taobao")};
}

bool BridgeCodec::decodeOrder(const QJsonObject &o, ChatEvent *e)
{
    // Refused as a whole, with the reason in text: a line with a wrong number
    // would put wrong money on stream and in the review.
    const auto refuse = [e](const QString &why) {
        e->text = why;
        return false;
    };
    const QString orderId = o.value(QStringLiteral("orderId")).toString().trimmed();
    const QString lineId = o.value(QStringLiteral("lineId")).toString().trimmed();
    if (orderId.isEmpty())
        return refuse(BridgeCodec::tr("%1 without orderId").arg(ChatEvent::typeName(e->type)));
    if (orderId.size() > kMaxOrderIdChars || lineId.size() > kMaxOrderIdChars)
        return refuse(BridgeCodec::tr("an orderId or lineId over %1 characters").arg(kMaxOrderIdChars));
    e->extra.insert(QStringLiteral("orderId"), orderId);
    e->extra.insert(QStringLiteral("lineId"), lineId.isEmpty() ? orderId : lineId);
    // The platform's order id is the id the hub would de-duplicate by; the
    // sales room does that itself, by order and line.
    e->id.clear();
    if (e->type == ChatEvent::Type::Refund)
        return true;
    const auto quantity = wholeNumber(o.value(QStringLiteral("quantity")), 1, kMaxQuantity);
    if (!quantity)
        return refuse(BridgeCodec::tr("quantity must be a whole number from 1 to %1").arg(kMaxQuantity));
    const auto paid = wholeNumber(o.value(QStringLiteral("paidCents")), 0, kMaxLineCents);
    if (!paid)
        return refuse(BridgeCodec::tr("paidCents must be a whole number of fen from 0 to %1").arg(kMaxLineCents));
    const auto paidAt = wholeNumber(o.value(QStringLiteral("paidAtMs")), 0, kMaxEpochMs);
    if (!o.value(QStringLiteral("paidAtMs")).isUndefined() && !paidAt)
        return refuse(BridgeCodec::tr("paidAtMs must be a whole number of ms since 1970, before the year 3000"));
    for (const char *key : {"sku", "productId", "buyer", "buyerId"})
        if (o.value(QLatin1String(key)).toString().size() > kMaxNameChars)
            return refuse(BridgeCodec::tr("%1 over %2 characters").arg(QLatin1String(key)).arg(kMaxNameChars));
    e->extra.insert(QStringLiteral("quantity"), *quantity);
    e->extra.insert(QStringLiteral("paidCents"), *paid);
    if (paidAt)
        e->extra.insert(QStringLiteral("paidAtMs"), *paidAt);
    e->extra.insert(QStringLiteral("sku"), o.value(QStringLiteral("sku")).toString().trimmed());
    e->extra.insert(QStringLiteral("productId"), o.value(QStringLiteral("productId")).toString().trimmed());
    e->extra.insert(QStringLiteral("title"), o.value(QStringLiteral("title")).toString().trimmed().left(200));
    e->extra.insert(QStringLiteral("buyer"), o.value(QStringLiteral("buyer")).toString().trimmed());
    e->extra.insert(QStringLiteral("buyerId"), o.value(QStringLiteral("buyerId")).toString().trimmed());
    return true;
}

bool BridgeCodec::decodeAudience(const QJsonObject &o, ChatEvent *e)
{
    bool any = false;
    for (const char *key : {"online", "viewers", "views"}) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            continue;
        const auto count = wholeNumber(value, 0, kMaxAudience);
        if (!count) {
            e->text = BridgeCodec::tr("%1 must be a whole number from 0 to %2").arg(QLatin1String(key)).arg(kMaxAudience);
            return false;
        }
        e->extra.insert(QLatin1String(key), *count);
        any = true;
    }
    if (!any)
        e->text = BridgeCodec::tr("audience without online, viewers or views");
    return any;
}

ChatEvent BridgeCodec::decode(const QByteArray &json, const QStringList &platforms)
{
    if (json.size() > kMaxMessageBytes)
        return ChatEvent::error(kPlatform, BridgeCodec::tr("message of %1 bytes is over the %2-byte limit; dropped").arg(json.size()).arg(kMaxMessageBytes));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ChatEvent::error(kPlatform,
                                BridgeCodec::tr("not valid JSON (or not UTF-8) at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return ChatEvent::error(kPlatform, BridgeCodec::tr("a bridge message is a JSON object"));
    const QJsonObject o = doc.object();
    ChatEvent e;
    const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("comment"));
    if (type == QLatin1String("comment"))
        e.type = ChatEvent::Type::Comment;
    else if (type == QLatin1String("delete"))
        e.type = ChatEvent::Type::Delete;
    else if (type == QLatin1String("clear"))
        e.type = ChatEvent::Type::Clear;
    else if (type == QLatin1String("gift"))
        e.type = ChatEvent::Type::Gift;
    else if (type == QLatin1String("event"))
        e.type = ChatEvent::Type::Event;
    else if (type == QLatin1String("order"))
        e.type = ChatEvent::Type::Order;
    else if (type == QLatin1String("refund"))
        e.type = ChatEvent::Type::Refund;
    else if (type == QLatin1String("audience"))
        e.type = ChatEvent::Type::Audience;
    else
        return ChatEvent::error(kPlatform, BridgeCodec::tr("unknown type '%1'").arg(type));
    e.platform = o.value(QStringLiteral("platform")).toString(kPlatform);
    if (!platforms.isEmpty() && e.platform != kPlatform && !platforms.contains(e.platform))
        return ChatEvent::error(
            kPlatform, BridgeCodec::tr("platform '%1' is not one the bridge relays (%2)").arg(e.platform.left(40), platforms.join(QStringLiteral(", "))));
    if (e.platform.size() > 40)
        return ChatEvent::error(kPlatform, BridgeCodec::tr("a platform name over 40 characters"));
    e.id = o.value(QStringLiteral("id")).toString();
    e.userId = o.value(QStringLiteral("userId")).toString();
    e.userName = o.value(QStringLiteral("userName")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.targetId = o.value(QStringLiteral("targetId")).toString();
    for (const QString *field : {&e.id, &e.userId, &e.userName, &e.targetId})
        if (field->size() > kMaxNameChars)
            return ChatEvent::error(kPlatform, BridgeCodec::tr("an id or name over %1 characters").arg(kMaxNameChars));
    const QJsonValue sent = o.value(QStringLiteral("sentAtMs"));
    if (!sent.isUndefined() && !sent.isNull()) {
        const auto ms = wholeNumber(sent, 0, kMaxEpochMs);
        if (!ms)
            return ChatEvent::error(kPlatform, BridgeCodec::tr("sentAtMs must be a whole number of ms since 1970, before the year 3000"));
        e.sentAtMs = *ms;
    }
    if (e.type == ChatEvent::Type::Comment) {
        if (e.text.trimmed().isEmpty())
            return ChatEvent::error(kPlatform, BridgeCodec::tr("comment without text"));
        if (e.userName.isEmpty() && e.userId.isEmpty())
            return ChatEvent::error(kPlatform, BridgeCodec::tr("comment without userName or userId"));
        if (e.text.size() > kMaxTextChars) {
            e.text.truncate(kMaxTextChars);
            e.extra.insert(QStringLiteral("truncated"), true);
        }
    }
    if (e.type == ChatEvent::Type::Delete && e.targetId.isEmpty())
        return ChatEvent::error(kPlatform, BridgeCodec::tr("delete without targetId"));
    if (e.type == ChatEvent::Type::Order || e.type == ChatEvent::Type::Refund) {
        if (!decodeOrder(o, &e))
            return ChatEvent::error(kPlatform, e.text);
        return e;
    }
    if (e.type == ChatEvent::Type::Audience) {
        if (!decodeAudience(o, &e))
            return ChatEvent::error(kPlatform, e.text);
        return e;
    }
    if (e.type == ChatEvent::Type::Gift) {
        e.extra.insert(QStringLiteral("gift"), o.value(QStringLiteral("gift")).toString());
        e.extra.insert(QStringLiteral("count"), int(wholeNumber(o.value(QStringLiteral("count")), 1, 1'000'000).value_or(1)));
    }
    return e;
}

} // namespace shopcast::chat
