#include "FakeEngine.hpp"

namespace shopcast::test {

using namespace shopcast::broadcast;

bool FakeOutputs::startStreaming(const QList<Destination> &destinations, const EncoderSettings &, QString *error)
{
    calls.append(QStringLiteral("startStreaming %1").arg(destinations.size()));
    streamedTo = destinations;
    if (!refuseWith.isEmpty()) {
        *error = refuseWith;
        return false;
    }
    m_streaming = true;
    m_stats.outputs.clear();
    for (const Destination &d : destinations) {
        OutputStats o;
        o.redactedUrl = d.redactedUrl();
        o.name = d.name();
        o.state = OutputState::Connecting;
        o.keyExpiry = PushUrlExpiry::read(d.server(), d.streamKey());
        m_stats.outputs.append(o);
    }
    emit streamingStarted(int(destinations.size()));
    return true;
}

void FakeOutputs::stopStreaming()
{
    calls.append(QStringLiteral("stopStreaming"));
    if (!m_streaming)
        return;
    m_streaming = false;
    emit streamingStopped();
}

void FakeOutputs::stopDestination(int index)
{
    calls.append(QStringLiteral("stopDestination %1").arg(index));
    setOutputState(index, OutputState::Stopped);
}

bool FakeOutputs::restartDestination(int index, QString *error)
{
    calls.append(QStringLiteral("restartDestination %1").arg(index));
    if (!m_streaming || index < 0 || index >= m_stats.outputs.size()) {
        *error = QStringLiteral("start streaming first");
        return false;
    }
    setOutputState(index, OutputState::Connecting);
    return true;
}

bool FakeOutputs::startRecording(const QString &mkvPath, const EncoderSettings &, QString *error)
{
    calls.append(QStringLiteral("startRecording %1").arg(mkvPath));
    if (!refuseWith.isEmpty()) {
        *error = refuseWith;
        return false;
    }
    m_recordingPath = mkvPath;
    emit recordingStarted(mkvPath);
    return true;
}

void FakeOutputs::stopRecording()
{
    calls.append(QStringLiteral("stopRecording"));
    if (m_recordingPath.isEmpty())
        return;
    QString mp4 = m_recordingPath;
    mp4.replace(QStringLiteral(".mkv"), QStringLiteral(".mp4"));
    m_recordingPath.clear();
    emit recordingFinished(mp4, {});
}

bool FakeOutputs::startReplayBuffer(const QString &directory, int lengthSec, const EncoderSettings &, QString *error)
{
    calls.append(QStringLiteral("startReplayBuffer %1 %2").arg(directory).arg(lengthSec));
    if (!refuseWith.isEmpty()) {
        *error = refuseWith;
        return false;
    }
    m_replayDirectory = directory;
    m_replayLengthSec = lengthSec;
    emit replayBufferChanged(true, {});
    return true;
}

void FakeOutputs::stopReplayBuffer()
{
    calls.append(QStringLiteral("stopReplayBuffer"));
    if (m_replayLengthSec == 0)
        return;
    m_replayLengthSec = 0;
    emit replayBufferChanged(false, {});
}

bool FakeOutputs::saveReplay(QString *error)
{
    calls.append(QStringLiteral("saveReplay"));
    if (m_replayLengthSec == 0) {
        *error = QStringLiteral("the replay buffer is off");
        return false;
    }
    emit replaySaved(QStringLiteral("%1/replay-%2.mp4").arg(m_replayDirectory).arg(++m_replaysSaved), qint64(m_replayLengthSec) * 1000);
    return true;
}

bool FakeOutputs::startVirtualCamera(QString *error)
{
    calls.append(QStringLiteral("startVirtualCamera"));
    if (!virtualCameraAvailable(error))
        return false;
    m_virtualCamera = true;
    emit virtualCameraChanged(true);
    return true;
}

void FakeOutputs::stopVirtualCamera()
{
    calls.append(QStringLiteral("stopVirtualCamera"));
    if (std::exchange(m_virtualCamera, false))
        emit virtualCameraChanged(false);
}

void FakeOutputs::setOutputState(int index, OutputState state, const QString &message)
{
    if (index >= 0 && index < m_stats.outputs.size())
        m_stats.outputs[index].state = state;
    emit outputStateChanged(index, state, message);
}

bool FakeProgram::setCanvas(const CanvasSpec &canvas, QString *)
{
    m_canvas = canvas;
    emit canvasChanged(canvas);
    return true;
}

int FakeProgram::setOverlayImage(const QString &role, const QImage &image)
{
    overlays.insert(role, image);
    ++overlayUpdates;
    return overlaySources;
}

void FakeProgram::grabFrame(int, QObject *receiver, std::function<void(const QImage &frame)> done)
{
    QMetaObject::invokeMethod(
        receiver, [done = std::move(done)] { done(QImage()); }, Qt::QueuedConnection);
}

std::unique_ptr<PreviewSurface> FakeProgram::createPreview(quintptr, QSize, const QString &, QString *error)
{
    *error = QStringLiteral("the fake engine has no preview");
    return nullptr;
}

} // namespace shopcast::test
