#include "ObsRecorder.hpp"

#include "RecordingRemuxer.hpp"

#include "work/Work.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace shopcast::broadcast {

namespace {} // namespace

ObsRecorder::ObsRecorder(QObject *parent)
    : QObject(parent)
{}

ObsRecorder::~ObsRecorder()
{
    m_stopSignal.Disconnect();
    if (m_output && obs_output_active(m_output))
        obs_output_force_stop(m_output);
    // A remux in progress goes on on the media pool and finishes its MP4
    // (the pool is drained before the process ends); it reports to no one.
}

bool ObsRecorder::start(const QString &mkvPath, obs_encoder_t *video, obs_encoder_t *audio, obs_encoder_t *track2, QString *error)
{
    const QFileInfo info(mkvPath);
    if (!QDir().mkpath(info.absolutePath()) || !QFileInfo(info.absolutePath()).isWritable()) {
        *error = ObsRecorder::tr("cannot write recordings into %1").arg(info.absolutePath());
        return false;
    }
    OBSDataAutoRelease settings = obs_data_create();
    obs_data_set_string(settings, "path", QFile::encodeName(info.absoluteFilePath()).constData());
    m_output = obs_output_create("ffmpeg_muxer", "recording", settings, nullptr);
    if (!m_output) {
        *error = ObsRecorder::tr("libobs could not create the recording output");
        return false;
    }
    obs_output_set_video_encoder(m_output, video);
    obs_output_set_audio_encoder(m_output, audio, 0);
    if (track2)
        obs_output_set_audio_encoder(m_output, track2, 1);
    m_stopSignal.Connect(obs_output_get_signal_handler(m_output), "stop", &ObsRecorder::onStopped, this);
    if (!obs_output_start(m_output)) {
        const char *last = obs_output_get_last_error(m_output);
        *error = ObsRecorder::tr("recording could not start: %1").arg(last ? QString::fromUtf8(last) : ObsRecorder::tr("unknown error"));
        m_stopSignal.Disconnect();
        m_output = nullptr;
        return false;
    }
    m_path = info.absoluteFilePath();
    m_active = true;
    m_stopRequested = false;
    m_clock.start();
    emit started(m_path);
    return true;
}

void ObsRecorder::stop()
{
    m_stopRequested = true;
    if (m_active && m_output)
        obs_output_stop(m_output);
}

void ObsRecorder::release()
{
    if (m_active)
        return;
    m_stopSignal.Disconnect();
    m_output = nullptr;
}

bool ObsRecorder::libobsStopped() const
{
    return !m_output || !obs_output_active(m_output);
}

obs_encoder_t *ObsRecorder::videoEncoder() const
{
    return m_output ? obs_output_get_video_encoder(m_output) : nullptr;
}

quint64 ObsRecorder::bytes() const
{
    return m_output ? obs_output_get_total_bytes(m_output) : 0;
}

void ObsRecorder::onStopped(void *param, calldata_t *data)
{
    auto *self = static_cast<ObsRecorder *>(param);
    const int code = int(calldata_int(data, "code"));
    const char *last = calldata_string(data, "last_error");
    QString error;
    if (code != OBS_OUTPUT_SUCCESS && code != OBS_OUTPUT_ENCODE_ERROR)
        error = ObsRecorder::tr("recording stopped with error %1%2").arg(code).arg(last ? QStringLiteral(": ") + QString::fromUtf8(last) : QString());
    QMetaObject::invokeMethod(
        self,
        [self, error, code] {
            // Newer libobs says OBS_OUTPUT_ENCODE_ERROR; 29 stops with no code.
            const bool encoderFailed = !self->m_stopRequested && (code == OBS_OUTPUT_SUCCESS || code == OBS_OUTPUT_ENCODE_ERROR);
            self->remuxAndFinish(error, encoderFailed);
        },
        Qt::QueuedConnection);
}

void ObsRecorder::remuxAndFinish(const QString &muxerError, bool encoderFailed)
{
    m_active = false;
    const QString mkv = m_path;
    if (encoderFailed)
        emit encoderStopped(); // before the remux: the next file starts now, not after it
    if (!QFileInfo::exists(mkv)) {
        emit finished(mkv, muxerError.isEmpty() ? ObsRecorder::tr("the recording file %1 was not written").arg(mkv) : muxerError);
        return;
    }
    // Remuxing an hour of video takes seconds of disk I/O: keep it off the UI thread.
    work::Work::run(
        work::Pool::Media, this,
        [mkv] {
            const QString mp4 = RecordingRemuxer::mp4PathFor(mkv);
            QString error;
            const bool ok = RecordingRemuxer::remux(mkv, mp4, &error);
            return std::pair{ok ? mp4 : mkv, error};
        },
        [this, muxerError](const std::pair<QString, QString> &done) { emit finished(done.first, !muxerError.isEmpty() ? muxerError : done.second); });
}

} // namespace shopcast::broadcast
