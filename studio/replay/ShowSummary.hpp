#pragma once

#include "RecordingSpan.hpp"

#include <QDateTime>
#include <QList>
#include <QString>

namespace shopcast::replay {

// A past show as the library lists it.
struct ShowSummary
{
    qint64 id = 0;
    QString title;
    QDateTime startedAt;
    QDateTime endedAt; // invalid: the show never ended (crash, kill)
    QString endReason;
    qint64 lengthMs = 0; // from the timeline
    int products = 0;    // distinct products on air
    QList<RecordingSpan> recordings;

    bool recordingMissing() const
    {
        for (const RecordingSpan &r : recordings)
            if (!r.exists)
                return true;
        return false;
    }
};

} // namespace shopcast::replay
