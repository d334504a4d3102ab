#pragma once

#include "TimelineKind.hpp"

#include <QJsonObject>
#include <QString>

namespace shopcast::show {

// One moment of a show. monotonicMs comes from the show's monotonic clock, so
// durations between events are exact even if the wall clock jumps.
struct TimelineEvent
{
    qint64 monotonicMs = 0;
    QString wallTime; // ISO-8601 UTC, for people
    TimelineKind kind = TimelineKind::Unknown;
    QString sku;
    QJsonObject detail;
    int payloadVersion = 1;
    QString kindId; // as stored; differs from TimelineKinds::id(kind) only for Unknown

    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

} // namespace shopcast::show
