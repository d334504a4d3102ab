#pragma once

#include <QCoreApplication>

#include <obs.hpp>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

namespace shopcast::broadcast {

// Local recording through libobs' ffmpeg_muxer into MKV, sharing the stream
// encoders (no second encode). After the muxer stops, the MKV is remuxed to
// MP4 on a worker thread; the MKV stays as the crash-safe original.
class ObsRecorder : public QObject
{
    Q_OBJECT
public:
    explicit ObsRecorder(QObject *parent = nullptr);
    ~ObsRecorder() override;

    // Audio track 1 is the program mix; track2 (when given) the second track.
    bool start(const QString &mkvPath, obs_encoder_t *video, obs_encoder_t *audio, obs_encoder_t *track2, QString *error);
    void stop();
    // Lets go of the last recording's output (and with it its encoders), when
    // stopped: before the video those encoders were bound to goes away.
    void release();
    bool isActive() const { return m_active; }
    // libobs is done with the last file's output: its end-of-capture thread
    // has let go of the encoders (true when there is none).
    bool libobsStopped() const;
    // The video encoder the file was started on (null before).
    obs_encoder_t *videoEncoder() const;
    const QString &path() const { return m_path; }
    quint64 bytes() const;
    qint64 durationMs() const { return m_active ? m_clock.elapsed() : 0; }

signals:
    void started(const QString &path);
    void finished(const QString &path, const QString &error);
    // libobs stopped the file itself, without an error: its encoder failed.
    // The file is finished as usual; a new one may start at once.
    void encoderStopped();

private:
    static void onStopped(void *param, calldata_t *data);
    void remuxAndFinish(const QString &muxerError, bool encoderFailed);

    OBSOutputAutoRelease m_output;
    OBSSignal m_stopSignal;
    QString m_path;
    bool m_active = false;
    bool m_stopRequested = false;
    QElapsedTimer m_clock;
};

} // namespace shopcast::broadcast
