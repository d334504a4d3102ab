#pragma once

#include "OutputControl.hpp"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

struct video_output;
using video_t = struct video_output;
struct obs_encoder;
using obs_encoder_t = struct obs_encoder;
struct obs_output;
using obs_output_t = struct obs_output;
struct video_data;

namespace shopcast::broadcast {

class ObsContext;
class ObsEncoders;
class ObsRecorder;
class ObsReplayBuffer;
class ObsStreamOutput;

// Streaming and recording on libobs: one shared video and audio encoder pair,
// one rtmp output per destination, one recorder.
class ObsOutputs final : public OutputControl
{
    Q_OBJECT
public:
    explicit ObsOutputs(ObsContext &context, QObject *parent = nullptr);
    ~ObsOutputs() override;

    bool startStreaming(const QList<Destination> &destinations, const EncoderSettings &encoder, QString *error) override;
    void stopStreaming() override;
    bool isStreaming() const override { return m_streaming; }
    void stopDestination(int index) override;
    bool restartDestination(int index, QString *error) override;
    void setReconnectSettings(const ReconnectSettings &settings) override { m_reconnect = settings; }
    bool startRecording(const QString &mkvPath, const EncoderSettings &encoder, QString *error) override;
    void stopRecording() override;
    void setRecordedCanvas(RecordedCanvas which) override { m_recordedCanvas = which; }
    void setRecordingEncoder(const std::optional<EncoderSettings> &own) override { m_ownRecording = own; }
    QStringList videoEncoderTypes() const override;
    bool isRecording() const override;
    bool startReplayBuffer(const QString &directory, int lengthSec, const EncoderSettings &encoder, QString *error) override;
    void stopReplayBuffer() override;
    bool isReplayBufferActive() const override;
    bool saveReplay(QString *error) override;
    bool virtualCameraAvailable(QString *why) const override;
    bool startVirtualCamera(QString *error) override;
    void stopVirtualCamera() override;
    bool isVirtualCameraActive() const override;
    EngineStats stats() const override;

    // A new canvas: outputs and encoders are bound to the old size.
    void releaseForCanvasChange();
    // The second canvas' video mix (null: none); only while nothing runs.
    void setSecondCanvasVideo(video_t *video);
    // libobs must still be up: outputs before encoders (the wrong order crashes at exit).
    void shutdown();

private:
    bool ensureEncoders(const EncoderSettings &settings, QString *error);
    // One stream output per destination on its canvas' encoders; why each
    // that failed did, in failures.
    void startOutputs(const QList<Destination> &destinations, QStringList *failures);
    // The canvases' encoders again as x264 (a hardware encoder would not
    // start), said through encoderFellBack.
    bool fallBackToX264(const EncoderSettings &failed, const QString &why, QString *error);
    ObsEncoders *encodersOf(int canvas) const;
    // A consumer whose encoder failed mid-show (libobs stopped it): the
    // encoders of its slot again as x264, once per failure (the first of
    // their consumers to report makes them, the others join), or null with
    // why when that is not possible.
    ObsEncoders *replaceFailedEncoders(std::unique_ptr<ObsEncoders> &slot, obs_encoder_t *failed, QString *error);
    // A consumer libobs stopped because its encoder failed waits in
    // m_failovers until libobs has finished stopping it (see settleFailovers).
    // Holds libobs' raw video while any output runs (updateRawKeeper).
    void updateRawKeeper();
    void holdRawVideo(bool hold);
    static void keepRawVideo(void *param, video_data *frame);
    struct Failover;
    void queueFailover(Failover failover);
    void settleFailovers();
    void onOutputEncoderStopped(ObsStreamOutput *output);
    void onRecorderEncoderStopped(ObsRecorder *recorder);
    void onReplayEncoderStopped();
    std::unique_ptr<ObsEncoders> &slotOf(const ObsRecorder *recorder);
    bool startRecorders(const QString &mkvPath, QString *error);
    void onRecorderFinished(ObsRecorder *recorder, const QString &path, const QString &error);
    // One file of the recording (or one waiting to follow a failed encoder)
    // is over: the recording is finished with the last.
    void endRecordingPart();
    bool recorderFailoverPending() const;
    bool anyOutputConnecting() const;
    void startPendingRecording();
    void onOutputFinished();
    void onReplaySaved(const QString &path);

    ObsContext &m_context;
    std::unique_ptr<ObsEncoders> m_encoders;
    std::vector<std::unique_ptr<ObsStreamOutput>> m_outputs;
    std::unique_ptr<ObsRecorder> m_recorder;
    std::unique_ptr<ObsReplayBuffer> m_replay;
    // The virtual camera's raw output (no encoder: it takes the program's frames).
    obs_output_t *m_virtualCamera = nullptr;
    // The program recording's own encoders, when it has its own settings.
    std::unique_ptr<ObsEncoders> m_recordingEncoders;
    std::optional<EncoderSettings> m_ownRecording;
    video_t *m_secondVideo = nullptr;
    std::unique_ptr<ObsEncoders> m_secondEncoders;
    std::unique_ptr<ObsRecorder> m_secondRecorder;
    RecordedCanvas m_recordedCanvas = RecordedCanvas::Program;
    // One recording of one or both canvases: reported started once, and
    // finished once both files are (as the first file's path).
    struct Recording
    {
        ObsRecorder *primary = nullptr;
        QString primaryPath;
        QStringList errors;
        int running = 0;
        bool ownEncoders = false; // the program file on m_recordingEncoders
        // Each file's first path, for the names of the parts that follow an
        // encoder's failure (show.mkv, show-2.mkv, ...).
        QHash<const ObsRecorder *, QString> firstPaths;
    };
    Recording m_recording;
    bool m_streaming = false;
    ReconnectSettings m_reconnect;
    // Encoders that failed mid-show, kept until nothing can still point at
    // them (a stopping output holds a plain pointer to its encoder).
    std::vector<std::unique_ptr<ObsEncoders>> m_failedEncoders;
    // libobs signals an output's stop while its end-of-capture thread is
    // still taking it off the failed encoder. Restarting it then would block
    // the GUI thread in obs_output_start (it waits for that thread) and race
    // libobs' teardown of the encoder (seen here as a file that never ended
    // and an exit that hung). So consumers wait here, polled off a timer,
    // until libobs reports each of them and the encoder inactive.
    struct Failover
    {
        ObsStreamOutput *output = nullptr; // one of m_outputs, or null
        ObsRecorder *recorder = nullptr;   // m_recorder or m_secondRecorder, or null
        bool replay = false;               // m_replay
        obs_encoder_t *failed = nullptr;   // owned by a slot or m_failedEncoders
    };
    std::vector<Failover> m_failovers;
    // A raw video callback of the studio's own, held while any output runs.
    // When an encoder fails, libobs takes every raw consumer of it off the
    // video at once; with none left it tears its raw frame path down and
    // builds it again for the replacement encoders a moment later, and that
    // cycle, racing the failure's own teardown, corrupted the heap now and
    // then (seen under load: a free() abort in the graphics thread, then a
    // hang). libobs 29 can also count a failed encoder's raw consumer off
    // twice (stop_raw_video from both its failure path and its stop path),
    // which would leave the replacement encoders without frames. With this
    // consumer held the raw path never drops to none mid-show.
    bool m_rawKeeper = false;
    QTimer m_failoverPoll{this};
    QElapsedTimer m_failoverClock;
    static constexpr int kFailoverPollMs = 20;
    static constexpr qint64 kFailoverDeadlineMs = 10'000;
    // How long the recording and the replay buffer wait for the destinations
    // to connect again before starting beside them anyway.
    static constexpr qint64 kFollowerWaitMs = 15'000;
    // Encoders replaced since the last start: a second failure of x264 itself
    // is tried again, not forever.
    int m_encoderReplacements = 0;
    static constexpr int kMaxEncoderReplacements = 3;
    struct PendingRecording
    {
        QString path;
        EncoderSettings encoder;
    };
    // A recording asked for while destinations are still connecting waits for
    // them: libobs makes an output that joins a running encoder wait for the
    // next keyframe, so starting the recorder first would cost each stream up
    // to one keyframe interval of video.
    std::optional<PendingRecording> m_pendingRecording;
};

} // namespace shopcast::broadcast
