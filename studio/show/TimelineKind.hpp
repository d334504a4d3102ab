#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::show {

// Every kind of moment a show's timeline records. The replay builds chapters
// from these, so each kind has a stable id (stored in the database), a payload
// version and the payload keys it always carries; a reader of an old show
// knows what it finds. New kinds are appended; ids never change.
enum class TimelineKind {
    ShowStart,        // {title, onAirSku, slotIndex}
    ShowEnd,          // {reason}
    Product,          // sku; {title, livePrice, trigger, slotIndex, planned}
    ProductCleared,   // {trigger}
    SoldOut,          // sku
    BackInStock,      // sku
    FlashSaleStart,   // sku; {durationMs, price}
    FlashSaleEnd,     // sku; {reason, remainingMs}
    SlotStart,        // sku; {index, kind, plannedMs}
    SlotEnd,          // sku; {index, kind, plannedMs, actualMs}
    RundownPaused,    // {}
    RundownResumed,   // {}
    RundownFinished,  // {showMs, plannedMs}
    RundownReplaced,  // {title}
    InteractionDue,   // {kind, slotIndex}
    StreamStart,      // {destinations}
    StreamStop,       // {}
    DestinationState, // {index, state, message}
    RecordingStart,   // {path}
    RecordingStop,    // {path, error}
    CommentPinned,    // {platform, id, userName, text}
    CommentUnpinned,  // {id}
    LotteryOpened,    // {prize, keyword, winners, commitment, entryWindowMs}
    LotteryClosed,    // {entrants}
    LotteryDrawn,     // {prize, commitment, seed, entrants, winners}
    LotteryRedrawn,   // {absent, replacement}
    PollOpened,       // {question, options}
    PollClosed,       // {question, options (with votes), voters}
    ShowResumed,      // {gapMs, stoppedAtMs}: the studio came back to a show it had not ended
    Action,           // {id, origin, ok, error?, client?, params?}: an action invoked through the registry, by whom
    ReplaySaved,      // {path, lengthMs}: the replay buffer written; the moment ends here
    Order,            // sku; {orderId, lineId, quantity, paidCents}: a line paid, live
    Refund,           // sku; {orderId, lineId}: that line refunded
    StockOut,         // sku; {sold}: live orders used up its catalog stock; the host is asked to mark it sold out
    Unknown,          // read from a newer build: id kept in TimelineEvent::kindId
};

struct TimelineKindInfo
{
    TimelineKind kind;
    const char *id;
    int payloadVersion;
    QStringList requiredKeys;
};

class TimelineKinds
{
public:
    static const TimelineKindInfo &info(TimelineKind kind);
    static QString id(TimelineKind kind);
    static TimelineKind fromId(const QString &id); // Unknown for an id this build does not know
    static int payloadVersion(TimelineKind kind);
    // Empty when the payload carries every required key; else the missing ones.
    static QStringList missingKeys(TimelineKind kind, const QJsonObject &payload);
    static QList<TimelineKind> all();
};

} // namespace shopcast::show
