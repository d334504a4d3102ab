#include "TimelineKind.hpp"

#include <QHash>

namespace shopcast::show {

namespace {

const QList<TimelineKindInfo> &registry()
{
    static const QList<TimelineKindInfo> kinds{
        {TimelineKind::ShowStart, "show_start", 1, {QStringLiteral("title")}},
        {TimelineKind::ShowEnd, "show_end", 1, {QStringLiteral("reason")}},
        {TimelineKind::Product, "product", 2, {QStringLiteral("title"), QStringLiteral("trigger"), QStringLiteral("slotIndex")}},
        {TimelineKind::ProductCleared, "product_cleared", 1, {}},
        {TimelineKind::SoldOut, "sold_out", 1, {}},
        {TimelineKind::BackInStock, "back_in_stock", 1, {}},
        {TimelineKind::FlashSaleStart, "flash_sale_start", 1, {QStringLiteral("durationMs"), QStringLiteral("price")}},
        {TimelineKind::FlashSaleEnd, "flash_sale_end", 1, {QStringLiteral("reason"), QStringLiteral("remainingMs")}},
        {TimelineKind::SlotStart, "slot_start", 1, {QStringLiteral("index"), QStringLiteral("kind"), QStringLiteral("plannedMs")}},
        {TimelineKind::SlotEnd, "slot_end", 1, {QStringLiteral("index"), QStringLiteral("kind"), QStringLiteral("plannedMs"), QStringLiteral("actualMs")}},
        {TimelineKind::RundownPaused, "rundown_paused", 1, {}},
        {TimelineKind::RundownResumed, "rundown_resumed", 1, {}},
        {TimelineKind::RundownFinished, "rundown_finished", 1, {QStringLiteral("showMs"), QStringLiteral("plannedMs")}},
        {TimelineKind::RundownReplaced, "rundown_replaced", 1, {QStringLiteral("title")}},
        {TimelineKind::InteractionDue, "interaction_due", 1, {QStringLiteral("kind"), QStringLiteral("slotIndex")}},
        {TimelineKind::StreamStart, "stream_start", 1, {QStringLiteral("destinations")}},
        {TimelineKind::StreamStop, "stream_stop", 1, {}},
        {TimelineKind::DestinationState, "destination_state", 1, {QStringLiteral("index"), QStringLiteral("state"), QStringLiteral("message")}},
        {TimelineKind::RecordingStart, "recording_start", 1, {QStringLiteral("path")}},
        {TimelineKind::RecordingStop, "recording_stop", 1, {QStringLiteral("path"), QStringLiteral("error")}},
        {TimelineKind::CommentPinned, "comment_pinned", 1, {QStringLiteral("id"), QStringLiteral("text")}},
        {TimelineKind::CommentUnpinned, "comment_unpinned", 1, {QStringLiteral("id")}},
        {TimelineKind::LotteryOpened, "lottery_opened", 1, {QStringLiteral("prize"), QStringLiteral("keyword"), QStringLiteral("commitment")}},
        {TimelineKind::LotteryClosed, "lottery_closed", 1, {QStringLiteral("entrants")}},
        {TimelineKind::LotteryDrawn,
         "lottery_drawn",
         1,
         {QStringLiteral("commitment"), QStringLiteral("seed"), QStringLiteral("entrants"), QStringLiteral("winners")}},
        {TimelineKind::LotteryRedrawn, "lottery_redrawn", 1, {QStringLiteral("absent"), QStringLiteral("replacement")}},
        {TimelineKind::PollOpened, "poll_opened", 1, {QStringLiteral("question"), QStringLiteral("options")}},
        {TimelineKind::PollClosed, "poll_closed", 1, {QStringLiteral("question"), QStringLiteral("options"), QStringLiteral("voters")}},
        {TimelineKind::ShowResumed, "show_resumed", 1, {QStringLiteral("gapMs"), QStringLiteral("stoppedAtMs")}},
        {TimelineKind::Action, "action", 1, {QStringLiteral("id"), QStringLiteral("origin"), QStringLiteral("ok")}},
        {TimelineKind::ReplaySaved, "replay_saved", 1, {QStringLiteral("path"), QStringLiteral("lengthMs")}},
        {TimelineKind::Order, "order", 1, {QStringLiteral("orderId"), QStringLiteral("lineId"), QStringLiteral("quantity"), QStringLiteral("paidCents")}},
        {TimelineKind::Refund, "refund", 1, {QStringLiteral("orderId"), QStringLiteral("lineId")}},
        {TimelineKind::StockOut, "stock_out", 1, {QStringLiteral("sold")}},
        {TimelineKind::Unknown, "unknown", 0, {}},
    };
    return kinds;
}

} // namespace

const TimelineKindInfo &TimelineKinds::info(TimelineKind kind)
{
    // The registry is in enum order; a test checks that it stays so.
    return registry().at(int(kind));
}

QString TimelineKinds::id(TimelineKind kind)
{
    return QLatin1String(info(kind).id);
}

TimelineKind TimelineKinds::fromId(const QString &id)
{
    static const QHash<QString, TimelineKind> byId = [] {
        QHash<QString, TimelineKind> map;
        for (const TimelineKindInfo &k : registry())
            if (k.kind != TimelineKind::Unknown)
                map.insert(QLatin1String(k.id), k.kind);
        return map;
    }();
    return byId.value(id, TimelineKind::Unknown);
}

int TimelineKinds::payloadVersion(TimelineKind kind)
{
    return info(kind).payloadVersion;
}

QStringList TimelineKinds::missingKeys(TimelineKind kind, const QJsonObject &payload)
{
    QStringList missing;
    for (const QString &key : info(kind).requiredKeys)
        if (!payload.contains(key))
            missing.append(key);
    return missing;
}

QList<TimelineKind> TimelineKinds::all()
{
    QList<TimelineKind> kinds;
    for (const TimelineKindInfo &k : registry())
        kinds.append(k.kind);
    return kinds;
}

} // namespace shopcast::show
