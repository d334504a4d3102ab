#pragma once

#include <QtGlobal>

#include <array>
#include <limits>

namespace shopcast::chat {

// Comments in the last minute, counted in one-second buckets: what the
// producer's console shows as comments per minute. Reading it costs 60
// additions whatever the rate; counting back through the chat's rows (what
// it did before) walked up to 5,000 events for each GetShowState and stopped
// at the chat's 5,000 rows, which a busy room fills in five seconds.
class CommentRate
{
public:
    static constexpr int kWindowSeconds = 60;

    void add(qint64 atMs, int count = 1);
    // Comments stamped in the minute up to nowMs, to the second.
    int lastMinute(qint64 nowMs) const;

private:
    static qint64 secondOf(qint64 ms);

    std::array<qint64, kWindowSeconds> m_second = filled(std::numeric_limits<qint64>::min());
    std::array<int, kWindowSeconds> m_count{};

    static constexpr std::array<qint64, kWindowSeconds> filled(qint64 value)
    {
        std::array<qint64, kWindowSeconds> a{};
        a.fill(value);
        return a;
    }
};

} // namespace shopcast::chat
