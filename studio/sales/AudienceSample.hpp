#pragma once

#include <QString>

#include <optional>

namespace shopcast::sales {

// The room's size on one platform at one moment, as the platform counts it:
// online now, people who have watched so far (观看人数) and entries so far
// (观看人次). A platform gives some of them; the last two only grow.
struct AudienceSample
{
    QString platform;
    qint64 atMs = 0; // wall time, ms since 1970
    std::optional<qint64> online;
    std::optional<qint64> viewers;
    std::optional<qint64> views;
};

} // namespace shopcast::sales
