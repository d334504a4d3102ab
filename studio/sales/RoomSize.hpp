#pragma once

#include "AudienceSample.hpp"

#include <QHash>

namespace shopcast::sales {

// The room's size across platforms from their samples, and the two money
// figures merchants read against it. GPM is GMV per thousand views (观看人次);
// UV value is GMV per viewer (观看人数). A platform that gives one of the two
// counts (Bilibili gives only 看过, people) stands for the other with it.
class RoomSize
{
public:
    void add(const AudienceSample &sample);
    bool known() const { return !m_platforms.isEmpty(); }
    qint64 online() const;  // the latest online counts, summed
    qint64 views() const;   // per platform its highest views (else viewers), summed
    qint64 viewers() const; // per platform its highest viewers (else views), summed

    // Money per thousand views and per viewer, in fen; 0 without a count.
    static qint64 gpmCents(qint64 gmvCents, qint64 views) { return views > 0 ? gmvCents * 1000 / views : 0; }
    static qint64 uvValueCents(qint64 gmvCents, qint64 viewers) { return viewers > 0 ? gmvCents / viewers : 0; }

private:
    struct Platform
    {
        std::optional<qint64> online, viewers, views;
    };
    QHash<QString, Platform> m_platforms;
};

} // namespace shopcast::sales
