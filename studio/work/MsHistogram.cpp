#include "MsHistogram.hpp"

#include <algorithm>
#include <cmath>

namespace shopcast::work {

void MsHistogram::add(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    ++m_buckets[size_t(std::min<qint64>(ms, kMaxMs))];
    ++m_count;
    m_maxMs = std::max(m_maxMs, ms);
}

qint64 MsHistogram::percentileMs(double p) const
{
    if (m_count == 0)
        return 0;
    const auto rank = std::max<qint64>(1, qint64(std::ceil(std::clamp(p, 0.0, 1.0) * double(m_count))));
    qint64 seen = 0;
    for (int ms = 0; ms <= kMaxMs; ++ms) {
        seen += m_buckets[size_t(ms)];
        if (seen >= rank)
            return ms == kMaxMs ? m_maxMs : ms;
    }
    return m_maxMs;
}

QJsonObject MsHistogram::toJson() const
{
    return {{QStringLiteral("count"), m_count},
            {QStringLiteral("p50"), percentileMs(0.5)},
            {QStringLiteral("p99"), percentileMs(0.99)},
            {QStringLiteral("p999"), percentileMs(0.999)},
            {QStringLiteral("max"), m_maxMs}};
}

} // namespace shopcast::work
