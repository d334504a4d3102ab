#pragma once

#include "EngineStats.hpp"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopcast::broadcast {

// The one-line summary a headless run ends with. Only redacted URLs appear in
// it, so it is safe to paste into a ticket or keep in CI logs.
struct StreamReport
{
    EngineStats stats;
    std::optional<QString> recordingPath;
    qint64 firstFrameMs = -1;
    qint64 streamedMs = 0;

    QJsonObject toJson() const;
    // The run failed when any destination failed or a recording was asked for
    // and did not come out.
    bool hasFailures(bool recordingRequested) const;
};

} // namespace shopcast::broadcast
