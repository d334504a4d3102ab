#include "RoomSize.hpp"

#include <algorithm>

namespace shopcast::sales {

void RoomSize::add(const AudienceSample &sample)
{
    Platform &p = m_platforms[sample.platform];
    if (sample.online)
        p.online = sample.online;
    // Running totals only grow: a late, lower sample (a relay's retry) is not a drop.
    if (sample.viewers)
        p.viewers = std::max(p.viewers.value_or(0), *sample.viewers);
    if (sample.views)
        p.views = std::max(p.views.value_or(0), *sample.views);
}

qint64 RoomSize::online() const
{
    qint64 sum = 0;
    for (const Platform &p : m_platforms)
        sum += p.online.value_or(0);
    return sum;
}

qint64 RoomSize::views() const
{
    qint64 sum = 0;
    for (const Platform &p : m_platforms)
        sum += p.views ? *p.views : p.viewers.value_or(0);
    return sum;
}

qint64 RoomSize::viewers() const
{
    qint64 sum = 0;
    for (const Platform &p : m_platforms)
        sum += p.viewers ? *p.viewers : p.views.value_or(0);
    return sum;
}

} // namespace shopcast::sales
