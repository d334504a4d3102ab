#pragma once

#include <obs.hpp>

#include <QObject>
#include <QString>

namespace shopcast::broadcast {

// The last seconds of the program kept in memory by libobs' replay_buffer
// output (obs-ffmpeg), written to a file when asked. It shares the stream's
// encoders, so keeping it running costs memory, not a second encode.
class ObsReplayBuffer : public QObject
{
    Q_OBJECT
public:
    explicit ObsReplayBuffer(QObject *parent = nullptr);
    ~ObsReplayBuffer() override;

    // A saved file starts on a keyframe, so libobs keeps up to one keyframe
    // interval less than it is told: it is told half an interval more, and a
    // clip is lengthSec ± keyframeIntervalSec / 2.
    bool start(const QString &directory, int lengthSec, int keyframeIntervalSec, obs_encoder_t *video, obs_encoder_t *audio, QString *error);
    void stop();
    // The same buffer again (folder, length) on other encoders: after its
    // encoder failed. What it held before is gone with that encoder.
    bool restart(obs_encoder_t *video, obs_encoder_t *audio, QString *error);
    // Asks for the buffer to be written; saved() reports the file.
    bool save(QString *error);
    // Lets go of the output and with it its encoders (before they go).
    void release();
    bool isActive() const { return m_active; }
    // libobs is done with the output's last run (true when there is none).
    bool libobsStopped() const;
    obs_encoder_t *videoEncoder() const;

signals:
    void saved(const QString &path);
    // Stopped, asked or not; error is empty when asked.
    void stopped(const QString &error);
    // libobs stopped it itself, without an error: its encoder failed. It
    // waits to be restarted on other encoders.
    void encoderStopped();

private:
    static void onSaved(void *param, calldata_t *data);
    static void onStopped(void *param, calldata_t *data);

    OBSOutputAutoRelease m_output;
    OBSSignal m_savedSignal;
    OBSSignal m_stopSignal;
    bool m_active = false;
    bool m_stopRequested = false;
    QString m_directory;
    int m_lengthSec = 0;
    int m_keyframeIntervalSec = 0;
};

} // namespace shopcast::broadcast
