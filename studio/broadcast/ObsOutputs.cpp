#include "ObsOutputs.hpp"

#include "ObsContext.hpp"
#include "ObsEncoders.hpp"
#include "ObsRecorder.hpp"
#include "ObsStreamOutput.hpp"

#include <obs.h>

namespace shopcast::broadcast {

ObsOutputs::ObsOutputs(ObsContext &context, QObject *parent)
    : OutputControl(parent)
    , m_context(context)
    , m_encoders(std::make_unique<ObsEncoders>())
    , m_recorder(std::make_unique<ObsRecorder>())
{
    connect(m_recorder.get(), &ObsRecorder::started, this, &OutputControl::recordingStarted);
    connect(m_recorder.get(), &ObsRecorder::finished, this, &OutputControl::recordingFinished);
}

ObsOutputs::~ObsOutputs()
{
    shutdown();
}

void ObsOutputs::shutdown()
{
    m_recorder.reset();
    m_outputs.clear();
    m_context.waitForBlockingCalls();
    m_encoders.reset();
}

void ObsOutputs::releaseForCanvasChange()
{
    m_outputs.clear();
    m_context.waitForBlockingCalls();
    m_encoders->release();
}

bool ObsOutputs::ensureEncoders(const EncoderSettings &settings, QString *error)
{
    // Active outputs pin the encoders; a new output joins them as they are.
    const bool busy = m_streaming || isRecording();
    if (busy && m_encoders->isCreated())
        return true;
    if (!m_streaming)
        m_outputs.clear();
    return m_encoders->create(settings, error);
}

bool ObsOutputs::startStreaming(const QList<Destination> &destinations, const EncoderSettings &encoder, QString *error)
{
    if (m_streaming) {
        *error = tr("already streaming");
        return false;
    }
    if (destinations.isEmpty()) {
        *error = tr("no destination: add one in Destinations");
        return false;
    }
    if (!ensureEncoders(encoder, error))
        return false;
    m_outputs.clear();
    QStringList failures;
    for (int i = 0; i < destinations.size(); ++i) {
        auto output = std::make_unique<ObsStreamOutput>(i, destinations.at(i), m_context);
        output->setReconnectSettings(m_reconnect);
        connect(output.get(), &ObsStreamOutput::stateChanged, this, &OutputControl::outputStateChanged);
        connect(output.get(), &ObsStreamOutput::finished, this, &ObsOutputs::onOutputFinished);
        connect(output.get(), &ObsStreamOutput::stateChanged, this, &ObsOutputs::startPendingRecording, Qt::QueuedConnection);
        QString why;
        if (!output->start(m_encoders->video(), m_encoders->audio(), &why))
            failures.append(why);
        m_outputs.push_back(std::move(output));
    }
    if (int(failures.size()) == destinations.size()) {
        *error = failures.join(QLatin1Char('\n'));
        return false;
    }
    m_streaming = true;
    emit streamingStarted(int(destinations.size()));
    return true;
}

void ObsOutputs::stopStreaming()
{
    if (!m_streaming)
        return;
    for (auto &output : m_outputs)
        output->stop();
    onOutputFinished();
}

void ObsOutputs::stopDestination(int index)
{
    if (index >= 0 && index < int(m_outputs.size()))
        m_outputs.at(size_t(index))->stop();
}

bool ObsOutputs::restartDestination(int index, QString *error)
{
    if (!m_streaming || index < 0 || index >= int(m_outputs.size())) {
        *error = tr("start streaming first");
        return false;
    }
    return m_outputs.at(size_t(index))->restart(error);
}

void ObsOutputs::onOutputFinished()
{
    if (!m_streaming)
        return;
    for (const auto &output : m_outputs)
        if (output->isActive())
            return;
    m_streaming = false;
    emit streamingStopped();
}

bool ObsOutputs::anyOutputConnecting() const
{
    for (const auto &output : m_outputs)
        if (output->stats().state == OutputState::Connecting)
            return true;
    return false;
}

bool ObsOutputs::startRecording(const QString &mkvPath, const EncoderSettings &encoder, QString *error)
{
    if (isRecording()) {
        *error = tr("already recording");
        return false;
    }
    if (anyOutputConnecting()) {
        m_pendingRecording = PendingRecording{mkvPath, encoder};
        return true;
    }
    if (!ensureEncoders(encoder, error))
        return false;
    return m_recorder->start(mkvPath, m_encoders->video(), m_encoders->audio(), error);
}

void ObsOutputs::startPendingRecording()
{
    if (!m_pendingRecording || anyOutputConnecting())
        return;
    const PendingRecording pending = *m_pendingRecording;
    m_pendingRecording.reset();
    QString error;
    if (!startRecording(pending.path, pending.encoder, &error))
        emit recordingFinished(pending.path, error);
}

void ObsOutputs::stopRecording()
{
    if (m_pendingRecording) {
        const QString path = m_pendingRecording->path;
        m_pendingRecording.reset();
        emit recordingFinished(path, tr("recording stopped before the destinations connected; nothing was recorded"));
        return;
    }
    m_recorder->stop();
}

bool ObsOutputs::isRecording() const
{
    return m_pendingRecording.has_value() || (m_recorder && m_recorder->isActive());
}

EngineStats ObsOutputs::stats() const
{
    EngineStats s;
    s.renderedFrames = obs_get_total_frames();
    s.laggedFrames = obs_get_lagged_frames();
    s.averageFrameTimeNs = obs_get_average_frame_time_ns();
    if (video_t *video = obs_get_video()) {
        s.encodedFrames = video_output_get_total_frames(video);
        s.skippedFrames = video_output_get_skipped_frames(video);
    }
    for (const auto &output : m_outputs)
        s.outputs.append(output->stats());
    s.recording = isRecording();
    s.recordingBytes = m_recorder->bytes();
    s.recordingDurationMs = m_recorder->durationMs();
    return s;
}

} // namespace shopcast::broadcast
