#include "ObsOutputs.hpp"

#include "ObsContext.hpp"
#include "ObsEncoders.hpp"
#include "ObsRecorder.hpp"
#include "ObsReplayBuffer.hpp"
#include "ObsStreamOutput.hpp"
#include "RecordingRemuxer.hpp"

#include "work/Work.hpp"

#include <obs.h>

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace shopcast::broadcast {

ObsOutputs::ObsOutputs(ObsContext &context, QObject *parent)
    : OutputControl(parent)
    , m_context(context)
    , m_encoders(std::make_unique<ObsEncoders>())
    , m_recorder(std::make_unique<ObsRecorder>())
    , m_replay(std::make_unique<ObsReplayBuffer>())
    , m_recordingEncoders(std::make_unique<ObsEncoders>())
    , m_secondEncoders(std::make_unique<ObsEncoders>())
    , m_secondRecorder(std::make_unique<ObsRecorder>())
{
    for (ObsRecorder *recorder : {m_recorder.get(), m_secondRecorder.get()}) {
        connect(recorder, &ObsRecorder::finished, this,
                [this, recorder](const QString &path, const QString &error) { onRecorderFinished(recorder, path, error); });
        connect(recorder, &ObsRecorder::encoderStopped, this, [this, recorder] { queueFailover({nullptr, recorder}); });
    }
    m_failoverPoll.setInterval(kFailoverPollMs);
    connect(&m_failoverPoll, &QTimer::timeout, this, &ObsOutputs::settleFailovers);
    connect(m_replay.get(), &ObsReplayBuffer::saved, this, &ObsOutputs::onReplaySaved);
    connect(m_replay.get(), &ObsReplayBuffer::stopped, this, [this](const QString &error) {
        updateRawKeeper();
        emit replayBufferChanged(false, error);
    });
    connect(m_replay.get(), &ObsReplayBuffer::encoderStopped, this, [this] { queueFailover({nullptr, nullptr, true}); });
}

ObsOutputs::~ObsOutputs()
{
    shutdown();
}

void ObsOutputs::shutdown()
{
    holdRawVideo(false);
    m_failoverPoll.stop();
    m_failovers.clear();
    m_recorder.reset();
    m_secondRecorder.reset();
    m_replay.reset();
    stopVirtualCamera();
    m_outputs.clear();
    m_context.waitForBlockingCalls();
    m_encoders.reset();
    m_recordingEncoders.reset();
    m_secondEncoders.reset();
    m_failedEncoders.clear();
}

void ObsOutputs::releaseForCanvasChange()
{
    holdRawVideo(false); // obs_reset_video refuses while raw video is taken
    m_outputs.clear();
    m_context.waitForBlockingCalls();
    m_recorder->release();
    m_replay->release();
    m_encoders->release();
    m_recordingEncoders->release();
    m_failedEncoders.clear();
}

void ObsOutputs::setSecondCanvasVideo(video_t *video)
{
    // Whatever encoded from the old mix goes before it does.
    m_outputs.clear();
    m_context.waitForBlockingCalls();
    m_secondRecorder->release();
    m_secondEncoders->release();
    m_secondVideo = video;
}

ObsEncoders *ObsOutputs::encodersOf(int canvas) const
{
    return canvas == 1 ? m_secondEncoders.get() : m_encoders.get();
}

bool ObsOutputs::ensureEncoders(const EncoderSettings &settings, QString *error)
{
    // Active outputs pin the encoders; a new output joins them as they are.
    const bool busy = m_streaming || isRecording() || isReplayBufferActive();
    if (busy && m_encoders->isCreated())
        return true;
    if (!m_streaming)
        m_outputs.clear();
    if (!busy) { // a new show: what failed in the last one can go
        m_failedEncoders.clear();
        m_encoderReplacements = 0;
    }
    QString why;
    if (!m_encoders->create(settings, &why) || (m_secondVideo && !m_secondEncoders->create(settings, &why, m_secondVideo, "second-canvas"))) {
        if (!settings.isHardware()) {
            *error = why;
            return false;
        }
        return fallBackToX264(settings, why, error);
    }
    return true;
}

bool ObsOutputs::fallBackToX264(const EncoderSettings &failed, const QString &why, QString *error)
{
    const EncoderSettings x264 = failed.x264Fallback();
    if (!m_encoders->create(x264, error) || (m_secondVideo && !m_secondEncoders->create(x264, error, m_secondVideo, "second-canvas")))
        return false;
    emit encoderFellBack(tr("The %1 encoder did not start (%2); the show goes on with x264 (%3, %4 kbps). Check the GPU driver, or pick x264 in "
                            "Settings → Output.")
                             .arg(failed.videoEncoder, why, x264.preset)
                             .arg(x264.videoBitrateKbps));
    return true;
}

void ObsOutputs::startOutputs(const QList<Destination> &destinations, QStringList *failures)
{
    m_outputs.clear();
    for (int i = 0; i < destinations.size(); ++i) {
        auto output = std::make_unique<ObsStreamOutput>(i, destinations.at(i), m_context);
        output->setReconnectSettings(m_reconnect);
        connect(output.get(), &ObsStreamOutput::stateChanged, this, &OutputControl::outputStateChanged);
        connect(output.get(), &ObsStreamOutput::finished, this, &ObsOutputs::onOutputFinished);
        connect(output.get(), &ObsStreamOutput::stateChanged, this, &ObsOutputs::startPendingRecording, Qt::QueuedConnection);
        connect(output.get(), &ObsStreamOutput::encoderStopped, this, [this, raw = output.get()] { queueFailover({raw}); });
        QString why;
        const ObsEncoders *encoders = encodersOf(destinations.at(i).canvas());
        if (!encoders->isCreated())
            failures->append(tr("%1: the second canvas is off; turn it on in Settings or send this destination the program").arg(destinations.at(i).label()));
        else if (!output->start(encoders->video(), encoders->audio(), &why))
            failures->append(why);
        m_outputs.push_back(std::move(output));
    }
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
    QStringList failures;
    startOutputs(destinations, &failures);
    // A hardware encoder is opened when the first output starts: when none
    // could, it is the encoder's doing more likely than every server's.
    if (int(failures.size()) == destinations.size() && m_encoders->settings().isHardware() && !isRecording()) {
        const EncoderSettings failed = m_encoders->settings();
        m_outputs.clear();
        m_context.waitForBlockingCalls();
        if (!fallBackToX264(failed, failures.join(QStringLiteral("; ")), error))
            return false;
        failures.clear();
        startOutputs(destinations, &failures);
    }
    if (int(failures.size()) == destinations.size()) {
        *error = failures.join(QLatin1Char('\n'));
        return false;
    }
    m_streaming = true;
    updateRawKeeper();
    emit streamingStarted(int(destinations.size()));
    return true;
}

std::unique_ptr<ObsEncoders> &ObsOutputs::slotOf(const ObsRecorder *recorder)
{
    if (recorder == m_secondRecorder.get())
        return m_secondEncoders;
    return m_recording.ownEncoders ? m_recordingEncoders : m_encoders;
}

ObsEncoders *ObsOutputs::replaceFailedEncoders(std::unique_ptr<ObsEncoders> &slot, obs_encoder_t *failed, QString *error)
{
    if (!failed) {
        *error = tr("the encoder failed");
        return nullptr;
    }
    if (slot->isCreated() && slot->video() != failed)
        return slot.get(); // another consumer of the failed pair reported first
    if (++m_encoderReplacements > kMaxEncoderReplacements) {
        *error = tr("the encoder failed %1 times in this show; check Settings → Output and start again").arg(kMaxEncoderReplacements);
        return nullptr;
    }
    const EncoderSettings before = slot->settings();
    const EncoderSettings x264 = before.x264Fallback();
    const bool second = &slot == &m_secondEncoders;
    const char *name = second ? "second-canvas" : &slot == &m_recordingEncoders ? "recording" : "program";
    auto fresh = std::make_unique<ObsEncoders>();
    if (!fresh->create(x264, error, second ? m_secondVideo : nullptr, name))
        return nullptr;
    m_failedEncoders.push_back(std::move(slot));
    slot = std::move(fresh);
    emit encoderFellBack(tr("The %1 encoder failed during the show; the show goes on with x264 (%2, %3 kbps). Check the GPU driver, or pick x264 "
                            "in Settings → Output.")
                             .arg(before.videoEncoder, x264.preset)
                             .arg(x264.videoBitrateKbps));
    return slot.get();
}

void ObsOutputs::queueFailover(Failover failover)
{
    failover.failed = failover.output ? failover.output->videoEncoder() : failover.recorder ? failover.recorder->videoEncoder() : m_replay->videoEncoder();
    if (m_failovers.empty())
        m_failoverClock.start();
    if (failover.recorder)
        ++m_recording.running; // the part that follows: the recording is not over while it waits
    m_failovers.push_back(failover);
    m_failoverPoll.start();
    settleFailovers(); // most often libobs is already done
}

void ObsOutputs::settleFailovers()
{
    // A stream output stopped (and deleted) meanwhile needs nothing more.
    std::erase_if(m_failovers, [this](const Failover &f) {
        return f.output && std::none_of(m_outputs.begin(), m_outputs.end(), [&f](const auto &o) { return o.get() == f.output; });
    });
    const bool settled = std::all_of(m_failovers.begin(), m_failovers.end(), [this](const Failover &f) {
        const bool stopped = f.output ? f.output->libobsStopped() : f.recorder ? f.recorder->libobsStopped() : m_replay->libobsStopped();
        return stopped && (!f.failed || !obs_encoder_active(f.failed));
    });
    if (!settled && m_failoverClock.elapsed() < kFailoverDeadlineMs)
        return;
    if (!settled) { // libobs never let go: starting again could hang the studio
        m_failoverPoll.stop();
        const QString why = tr("libobs did not release the failed encoder within %1 s").arg(kFailoverDeadlineMs / 1000);
        for (const Failover &f : std::exchange(m_failovers, {})) {
            if (f.output) {
                f.output->fail(why);
            } else if (f.recorder) {
                m_recording.errors.append(tr("the recording stopped when its encoder failed: %1").arg(why));
                endRecordingPart();
            } else {
                emit replayBufferChanged(false, tr("the replay buffer stopped when its encoder failed: %1").arg(why));
            }
        }
        return;
    }
    // The destinations first, back on air at once.
    std::vector<ObsStreamOutput *> streams;
    for (const Failover &f : m_failovers)
        if (f.output)
            streams.push_back(f.output);
    std::erase_if(m_failovers, [](const Failover &f) { return f.output != nullptr; });
    for (ObsStreamOutput *output : streams)
        onOutputEncoderStopped(output);
    // Then the recording and the replay buffer, once the destinations are
    // connected again, as at a show's start: an output started beside one
    // that is connecting races libobs' start of the same encoders (seen as a
    // recording part that never received a packet, so never ended).
    if (!m_failovers.empty() && anyOutputConnecting() && m_failoverClock.elapsed() < kFailoverDeadlineMs + kFollowerWaitMs)
        return;
    m_failoverPoll.stop();
    for (const Failover &f : std::exchange(m_failovers, {})) {
        if (f.recorder)
            onRecorderEncoderStopped(f.recorder);
        else
            onReplayEncoderStopped();
    }
}

void ObsOutputs::onOutputEncoderStopped(ObsStreamOutput *output)
{
    QString error;
    ObsEncoders *encoders = replaceFailedEncoders(output->canvas() == 1 ? m_secondEncoders : m_encoders, output->videoEncoder(), &error);
    if (!encoders || !output->resume(encoders->video(), encoders->audio(), &error))
        output->fail(error.isEmpty() ? tr("the encoder failed") : error);
}

void ObsOutputs::onRecorderEncoderStopped(ObsRecorder *recorder)
{
    // The file that stopped is finished (and remuxed) as usual; the show's
    // recording goes on in the next part, counted until it ends too.
    const QFileInfo first(m_recording.firstPaths.value(recorder, recorder->path()));
    QString next;
    for (int part = 2; next.isEmpty() || QFileInfo::exists(next) || QFileInfo::exists(RecordingRemuxer::mp4PathFor(next)); ++part)
        next = first.dir().filePath(QStringLiteral("%1-%2.%3").arg(first.completeBaseName()).arg(part).arg(first.suffix()));
    QString error;
    ObsEncoders *encoders = replaceFailedEncoders(slotOf(recorder), recorder->videoEncoder(), &error);
    if (!encoders || !recorder->start(next, encoders->video(), encoders->audio(), encoders->recordingTrack2(), &error)) {
        m_recording.errors.append(tr("the recording stopped when its encoder failed: %1").arg(error));
        endRecordingPart();
        return;
    }
    emit encoderFellBack(tr("The recording goes on in %1; the file before it is kept.").arg(QDir::toNativeSeparators(next)));
}

void ObsOutputs::onReplayEncoderStopped()
{
    // On the stream's encoders, as it started; the seconds it held went with the failed encoder.
    QString error;
    ObsEncoders *encoders = replaceFailedEncoders(m_encoders, m_replay->videoEncoder(), &error);
    if (!encoders || !m_replay->restart(encoders->video(), encoders->audio(), &error))
        emit replayBufferChanged(false, tr("the replay buffer stopped when its encoder failed: %1").arg(error));
}

void ObsOutputs::updateRawKeeper()
{
    holdRawVideo(m_streaming || isRecording() || isReplayBufferActive());
}

void ObsOutputs::holdRawVideo(bool hold)
{
    if (hold == m_rawKeeper)
        return;
    if (hold)
        obs_add_raw_video_callback(nullptr, &ObsOutputs::keepRawVideo, this);
    else
        obs_remove_raw_video_callback(&ObsOutputs::keepRawVideo, this);
    m_rawKeeper = hold;
}

void ObsOutputs::keepRawVideo(void *, video_data *)
{
    // Nothing: being there is the point (see m_rawKeeper).
}

QStringList ObsOutputs::videoEncoderTypes() const
{
    QStringList out;
    const char *id = nullptr;
    for (size_t i = 0; obs_enum_encoder_types(i, &id); ++i)
        if (obs_get_encoder_type(id) == OBS_ENCODER_VIDEO)
            out.append(QString::fromUtf8(id));
    return out;
}

void ObsOutputs::stopStreaming()
{
    if (!m_streaming)
        return;
    std::erase_if(m_failovers, [](const Failover &f) { return f.output != nullptr; });
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
    updateRawKeeper();
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
    return startRecorders(mkvPath, error);
}

bool ObsOutputs::startRecorders(const QString &mkvPath, QString *error)
{
    const bool second = m_secondVideo && m_recordedCanvas != RecordedCanvas::Program;
    const bool program = !second || m_recordedCanvas == RecordedCanvas::Both;
    m_recording = {};
    QString path = mkvPath;
    if (program) {
        // Its own encode (a file's quality) or the stream's.
        ObsEncoders *encoders = m_encoders.get();
        if (m_ownRecording && !(m_ownRecording == m_encoders->settings())) {
            if (!m_recordingEncoders->create(*m_ownRecording, error, nullptr, "recording"))
                return false;
            encoders = m_recordingEncoders.get();
            m_recording.ownEncoders = true;
        }
        if (!m_recorder->start(path, encoders->video(), encoders->audio(), encoders->recordingTrack2(), error))
            return false;
        m_recording.primary = m_recorder.get();
        m_recording.running = 1;
        m_recording.firstPaths.insert(m_recorder.get(), m_recorder->path());
    }
    if (second) {
        if (program) { // the second canvas' file beside the program's, named by its size
            const QFileInfo info(mkvPath);
            path = info.dir().filePath(QStringLiteral("%1-%2x%3.%4")
                                           .arg(info.completeBaseName())
                                           .arg(video_output_get_width(m_secondVideo))
                                           .arg(video_output_get_height(m_secondVideo))
                                           .arg(info.suffix()));
        }
        QString why;
        if (m_secondRecorder->start(path, m_secondEncoders->video(), m_secondEncoders->audio(), m_secondEncoders->recordingTrack2(), &why)) {
            if (!m_recording.primary)
                m_recording.primary = m_secondRecorder.get();
            ++m_recording.running;
            m_recording.firstPaths.insert(m_secondRecorder.get(), m_secondRecorder->path());
        } else if (!program) {
            *error = why;
            return false;
        } else {
            m_recording.errors.append(why); // the program's file goes on
        }
    }
    updateRawKeeper();
    emit recordingStarted(m_recording.primary == m_recorder.get() ? m_recorder->path() : m_secondRecorder->path());
    return true;
}

void ObsOutputs::onRecorderFinished(ObsRecorder *recorder, const QString &path, const QString &error)
{
    if (!error.isEmpty())
        m_recording.errors.append(error);
    if (recorder == m_recording.primary && m_recording.primaryPath.isEmpty())
        m_recording.primaryPath = path; // the first part, when an encoder's failure split it
    endRecordingPart();
}

void ObsOutputs::endRecordingPart()
{
    if (m_recording.running == 0 || --m_recording.running > 0)
        return;
    updateRawKeeper();
    emit recordingFinished(m_recording.primaryPath, m_recording.errors.join(QLatin1Char('\n')));
}

bool ObsOutputs::recorderFailoverPending() const
{
    return std::any_of(m_failovers.begin(), m_failovers.end(), [](const Failover &f) { return f.recorder != nullptr; });
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
    m_secondRecorder->stop();
    // A part waiting to follow a failed encoder does not start.
    const auto waiting = std::count_if(m_failovers.begin(), m_failovers.end(), [](const Failover &f) { return f.recorder != nullptr; });
    std::erase_if(m_failovers, [](const Failover &f) { return f.recorder != nullptr; });
    for (auto i = 0; i < waiting; ++i)
        endRecordingPart();
}

bool ObsOutputs::isRecording() const
{
    return m_pendingRecording.has_value() || (m_recorder && m_recorder->isActive()) || (m_secondRecorder && m_secondRecorder->isActive())
           || recorderFailoverPending();
}

bool ObsOutputs::startReplayBuffer(const QString &directory, int lengthSec, const EncoderSettings &encoder, QString *error)
{
    if (isReplayBufferActive()) {
        *error = tr("the replay buffer is already on");
        return false;
    }
    if (!ensureEncoders(encoder, error))
        return false;
    m_replay->release(); // the last one's output, stopped
    if (!m_replay->start(directory, lengthSec, m_encoders->settings().keyframeIntervalSec, m_encoders->video(), m_encoders->audio(), error))
        return false;
    updateRawKeeper();
    emit replayBufferChanged(true, {});
    return true;
}

void ObsOutputs::stopReplayBuffer()
{
    // One waiting to follow a failed encoder does not start again.
    if (std::erase_if(m_failovers, [](const Failover &f) { return f.replay; }) > 0)
        emit replayBufferChanged(false, {});
    m_replay->stop();
}

bool ObsOutputs::isReplayBufferActive() const
{
    return (m_replay && m_replay->isActive()) || std::any_of(m_failovers.begin(), m_failovers.end(), [](const Failover &f) { return f.replay; });
}

bool ObsOutputs::saveReplay(QString *error)
{
    return m_replay->save(error);
}

void ObsOutputs::onReplaySaved(const QString &path)
{
    // Reading the file's length opens it: not on the Qt thread.
    work::Work::run(
        work::Pool::Media, this, [path] { return RecordingRemuxer::durationMs(path).value_or(0); },
        [this, path](qint64 lengthMs) { emit replaySaved(path, lengthMs); });
}

bool ObsOutputs::virtualCameraAvailable(QString *why) const
{
    // linux-v4l2 registers the output only where the v4l2loopback module is
    // loaded or installed (modinfo finds it).
    const char *id = nullptr;
    for (size_t i = 0; obs_enum_output_types(i, &id); ++i)
        if (qstrcmp(id, "virtualcam_output") == 0)
            return true;
    *why = tr("the v4l2loopback kernel module is not installed (sudo apt install v4l2loopback-dkms, then restart the studio)");
    return false;
}

bool ObsOutputs::startVirtualCamera(QString *error)
{
    if (m_virtualCamera)
        return true;
    if (!virtualCameraAvailable(error))
        return false;
    m_virtualCamera = obs_output_create("virtualcam_output", "virtual-camera", nullptr, nullptr);
    if (!m_virtualCamera) {
        *error = tr("libobs could not create the virtual camera");
        return false;
    }
    obs_output_set_media(m_virtualCamera, obs_get_video(), obs_get_audio());
    // Loads the module through pkexec when it is installed but not loaded (a password prompt), then opens the first loopback device.
    if (!obs_output_start(m_virtualCamera)) {
        const char *last = obs_output_get_last_error(m_virtualCamera);
        *error = tr("the virtual camera did not start: %1")
                     .arg(last ? QString::fromUtf8(last) : tr("no v4l2loopback device could be opened (sudo modprobe v4l2loopback exclusive_caps=1)"));
        obs_output_release(m_virtualCamera);
        m_virtualCamera = nullptr;
        return false;
    }
    emit virtualCameraChanged(true);
    return true;
}

void ObsOutputs::stopVirtualCamera()
{
    if (!m_virtualCamera)
        return;
    obs_output_stop(m_virtualCamera);
    obs_output_release(m_virtualCamera);
    m_virtualCamera = nullptr;
    emit virtualCameraChanged(false);
}

bool ObsOutputs::isVirtualCameraActive() const
{
    return m_virtualCamera != nullptr;
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
    s.recordingBytes = m_recorder->bytes() + m_secondRecorder->bytes();
    s.recordingDurationMs = std::max(m_recorder->durationMs(), m_secondRecorder->durationMs());
    return s;
}

} // namespace shopcast::broadcast
