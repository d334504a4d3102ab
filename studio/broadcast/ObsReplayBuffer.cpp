#include "ObsReplayBuffer.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace shopcast::broadcast {

ObsReplayBuffer::ObsReplayBuffer(QObject *parent)
    : QObject(parent)
{}

ObsReplayBuffer::~ObsReplayBuffer()
{
    m_savedSignal.Disconnect();
    m_stopSignal.Disconnect();
    if (m_output && obs_output_active(m_output))
        obs_output_force_stop(m_output);
}

bool ObsReplayBuffer::start(const QString &directory, int lengthSec, int keyframeIntervalSec, obs_encoder_t *video, obs_encoder_t *audio, QString *error)
{
    if (m_active) {
        *error = ObsReplayBuffer::tr("the replay buffer is already on");
        return false;
    }
    if (!QDir().mkpath(directory) || !QFileInfo(directory).isWritable()) {
        *error = ObsReplayBuffer::tr("cannot write replays into %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "directory", QFile::encodeName(QDir(directory).absolutePath()).constData());
    obs_data_set_string(settings, "format", "replay-%CCYY-%MM-%DD_%hh-%mm-%ss");
    // Written in one go when saved: MP4 plays everywhere a clip goes.
    obs_data_set_string(settings, "extension", "mp4");
    obs_data_set_bool(settings, "allow_spaces", false);
    // In ms-free seconds, as libobs takes it; rounded up so half an interval of 1 s still counts.
    obs_data_set_int(settings, "max_time_sec", lengthSec + (keyframeIntervalSec + 1) / 2);
    obs_data_set_int(settings, "max_size_mb", 0); // bounded by time only: a size cap would cut a high-bitrate clip short
    m_output = obs_output_create("replay_buffer", "replay-buffer", settings, nullptr);
    if (!m_output) {
        *error = ObsReplayBuffer::tr("libobs could not create the replay buffer (is obs-ffmpeg loaded?)");
        return false;
    }
    obs_output_set_video_encoder(m_output, video);
    obs_output_set_audio_encoder(m_output, audio, 0);
    signal_handler_t *handler = obs_output_get_signal_handler(m_output);
    m_savedSignal.Connect(handler, "saved", &ObsReplayBuffer::onSaved, this);
    m_stopSignal.Connect(handler, "stop", &ObsReplayBuffer::onStopped, this);
    if (!obs_output_start(m_output)) {
        const char *last = obs_output_get_last_error(m_output);
        *error = ObsReplayBuffer::tr("the replay buffer could not start: %1").arg(last ? QString::fromUtf8(last) : ObsReplayBuffer::tr("unknown error"));
        m_savedSignal.Disconnect();
        m_stopSignal.Disconnect();
        m_output = nullptr;
        return false;
    }
    m_active = true;
    m_stopRequested = false;
    m_directory = directory;
    m_lengthSec = lengthSec;
    m_keyframeIntervalSec = keyframeIntervalSec;
    return true;
}

bool ObsReplayBuffer::restart(obs_encoder_t *video, obs_encoder_t *audio, QString *error)
{
    if (m_directory.isEmpty()) {
        *error = ObsReplayBuffer::tr("the replay buffer was never started");
        return false;
    }
    return start(m_directory, m_lengthSec, m_keyframeIntervalSec, video, audio, error);
}

bool ObsReplayBuffer::libobsStopped() const
{
    return !m_output || !obs_output_active(m_output);
}

void ObsReplayBuffer::stop()
{
    m_stopRequested = true;
    if (m_active && m_output)
        obs_output_stop(m_output);
}

bool ObsReplayBuffer::save(QString *error)
{
    if (!m_active || !m_output) {
        *error = ObsReplayBuffer::tr("turn the replay buffer on first");
        return false;
    }
    calldata_t data = {};
    proc_handler_call(obs_output_get_proc_handler(m_output), "save", &data);
    calldata_free(&data);
    return true;
}

void ObsReplayBuffer::release()
{
    if (m_active)
        return;
    m_savedSignal.Disconnect();
    m_stopSignal.Disconnect();
    m_output = nullptr;
}

obs_encoder_t *ObsReplayBuffer::videoEncoder() const
{
    return m_output ? obs_output_get_video_encoder(m_output) : nullptr;
}

void ObsReplayBuffer::onSaved(void *param, calldata_t *)
{
    // libobs' muxer thread: the path is asked for here, where it is final.
    auto *self = static_cast<ObsReplayBuffer *>(param);
    calldata_t data = {};
    proc_handler_call(obs_output_get_proc_handler(self->m_output), "get_last_replay", &data);
    const char *path = calldata_string(&data, "path");
    const QString saved = path ? QFile::decodeName(path) : QString();
    calldata_free(&data);
    QMetaObject::invokeMethod(
        self, [self, saved] { emit self->saved(saved); }, Qt::QueuedConnection);
}

void ObsReplayBuffer::onStopped(void *param, calldata_t *data)
{
    auto *self = static_cast<ObsReplayBuffer *>(param);
    const int code = int(calldata_int(data, "code"));
    const char *last = calldata_string(data, "last_error");
    QMetaObject::invokeMethod(
        self,
        [self, code, last = last ? QString::fromUtf8(last) : QString()] {
            self->m_active = false;
            // Newer libobs says OBS_OUTPUT_ENCODE_ERROR; 29 stops with no code.
            if (!self->m_stopRequested && (code == OBS_OUTPUT_SUCCESS || code == OBS_OUTPUT_ENCODE_ERROR)) {
                emit self->encoderStopped();
                return;
            }
            QString error;
            if (!self->m_stopRequested)
                error
                    = ObsReplayBuffer::tr("the replay buffer stopped with error %1%2").arg(code).arg(last.isEmpty() ? QString() : QStringLiteral(": ") + last);
            emit self->stopped(error);
        },
        Qt::QueuedConnection);
}

} // namespace shopcast::broadcast
