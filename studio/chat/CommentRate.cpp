#include "CommentRate.hpp"

namespace shopcast::chat {

qint64 CommentRate::secondOf(qint64 ms)
{
    // Floor, also before the clock's zero.
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

void CommentRate::add(qint64 atMs, int count)
{
    const qint64 second = secondOf(atMs);
    const size_t bucket = size_t(((second % kWindowSeconds) + kWindowSeconds) % kWindowSeconds);
    if (m_second[bucket] != second) { // a second a minute ago or older: reuse the bucket
        m_second[bucket] = second;
        m_count[bucket] = 0;
    }
    m_count[bucket] += count;
}

int CommentRate::lastMinute(qint64 nowMs) const
{
    const qint64 now = secondOf(nowMs);
    int total = 0;
    for (size_t i = 0; i < m_second.size(); ++i)
        if (m_second[i] <= now && m_second[i] > now - kWindowSeconds)
            total += m_count[i];
    return total;
}

} // namespace shopcast::chat
