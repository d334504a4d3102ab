#pragma once

#include <QJsonObject>
#include <QString>

namespace shopcast::show {

// One moment of a show. monotonicMs comes from the show's monotonic clock, so
// durations between events are exact even if the wall clock jumps.
struct TimelineEvent
{
    qint64 monotonicMs = 0;
    QString wallTime; // ISO-8601 UTC, for people
    QString kind;     // "product", "sold_out", "flash_sale_start", "flash_sale_end", ...
    QString sku;
    QJsonObject detail;

    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

} // namespace shopcast::show
