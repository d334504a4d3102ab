#pragma once

#include "PushUrlExpiry.hpp"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace shopcast::broadcast {

enum class OutputState { Idle, Connecting, Live, Reconnecting, Failed, Stopped };

struct OutputStats
{
    QString redactedUrl;
    QString name; // the destination's name; empty for a bare URL
    OutputState state = OutputState::Idle;
    QString error; // why it failed, key redacted
    quint64 bytes = 0;
    int droppedFrames = 0;
    int totalFrames = 0;
    int reconnects = 0;
    int knockedRetries = 0;                 // reconnect tries started early because the ingest answered a knock
    std::optional<PushUrlExpiry> keyExpiry; // what a signed push address says of its end
};

struct EngineStats
{
    quint32 renderedFrames = 0;     // composited by the render thread
    quint32 laggedFrames = 0;       // render thread missed its slot
    quint32 encodedFrames = 0;      // delivered to the video encoder
    quint32 skippedFrames = 0;      // encoder could not keep up
    quint64 averageFrameTimeNs = 0; // compositing time per frame, libobs' rolling average
    QList<OutputStats> outputs;
    bool recording = false;
    quint64 recordingBytes = 0;
    qint64 recordingDurationMs = 0;
};

} // namespace shopcast::broadcast
