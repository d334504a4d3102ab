#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <array>

namespace shopcast::work {

// Durations in whole milliseconds, kept in 1 ms buckets up to kMaxMs (longer
// ones in the last): fixed memory however long a show runs, so a four-hour
// soak's percentiles cost what a minute's do.
class MsHistogram
{
public:
    static constexpr int kMaxMs = 10'000;

    void add(qint64 ms);
    qint64 count() const { return m_count; }
    qint64 maxMs() const { return m_maxMs; }
    // The smallest duration at or under which a share p (0..1] of them lie; 0 when empty.
    qint64 percentileMs(double p) const;
    // {"count", "p50", "p99", "p999", "max"} in ms.
    QJsonObject toJson() const;

private:
    std::array<qint64, kMaxMs + 1> m_buckets{};
    qint64 m_count = 0;
    qint64 m_maxMs = 0;
};

} // namespace shopcast::work
