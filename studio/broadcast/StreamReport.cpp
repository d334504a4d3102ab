#include "StreamReport.hpp"

#include <QJsonArray>

namespace shopcast::broadcast {

QJsonObject StreamReport::toJson() const
{
    QJsonArray outputs;
    quint64 bytes = 0;
    qint64 dropped = 0;
    for (const OutputStats &o : stats.outputs) {
        QJsonObject out{{QStringLiteral("url"), o.redactedUrl},
                        {QStringLiteral("bytes"), qint64(o.bytes)},
                        {QStringLiteral("dropped"), o.droppedFrames},
                        {QStringLiteral("reconnects"), o.reconnects},
                        {QStringLiteral("knockedRetries"), o.knockedRetries}};
        if (!o.error.isEmpty())
            out.insert(QStringLiteral("error"), o.error);
        outputs.append(out);
        bytes += o.bytes;
        dropped += o.droppedFrames;
    }
    return QJsonObject{{QStringLiteral("frames"), qint64(stats.encodedFrames)},
                       {QStringLiteral("dropped"), dropped},
                       {QStringLiteral("lagged"), qint64(stats.laggedFrames)},
                       {QStringLiteral("skipped"), qint64(stats.skippedFrames)},
                       {QStringLiteral("bytes"), qint64(bytes)},
                       {QStringLiteral("outputs"), outputs},
                       {QStringLiteral("recording"), recordingPath ? QJsonValue(*recordingPath) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("firstFrameMs"), firstFrameMs},
                       {QStringLiteral("streamedMs"), streamedMs}};
}

bool StreamReport::hasFailures(bool recordingRequested) const
{
    for (const OutputStats &o : stats.outputs)
        if (o.state == OutputState::Failed)
            return true;
    return recordingRequested && !recordingPath;
}

} // namespace shopcast::broadcast
