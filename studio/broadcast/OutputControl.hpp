#pragma once

#include "CanvasSpec.hpp"
#include "Destination.hpp"
#include "EncoderSettings.hpp"
#include "EngineStats.hpp"
#include "ReconnectSettings.hpp"

#include <QObject>
#include <QStringList>

#include <optional>

namespace shopcast::broadcast {

// The outputs of the program: streaming to destinations and recording, with
// their figures. The Controls dock (through BroadcastController), the status
// bar (StatusMonitor) and the show (ShowSession) talk to this. All calls are
// made on the Qt thread and all signals arrive there.
class OutputControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Every destination of a canvas shares its one video and audio encoder. Returns false
    // only when nothing could start; a destination that fails later is
    // reported through outputStateChanged while the others go on.
    virtual bool startStreaming(const QList<Destination> &destinations, const EncoderSettings &encoder, QString *error) = 0;
    virtual void stopStreaming() = 0;
    virtual bool isStreaming() const = 0;
    // One destination alone, while streaming: the others and the recording
    // go on. restart is "reconnect now" for one that is waiting to
    // reconnect, and "start" for one that was stopped or failed.
    virtual void stopDestination(int index) = 0;
    virtual bool restartDestination(int index, QString *error) = 0;
    // For the destinations of the next startStreaming.
    virtual void setReconnectSettings(const ReconnectSettings &settings) = 0;

    // Records to MKV (a crash leaves a playable file), remuxed to MP4 on stop.
    virtual bool startRecording(const QString &mkvPath, const EncoderSettings &encoder, QString *error) = 0;
    virtual void stopRecording() = 0;
    // For the next recording, when there is a second canvas: its file is
    // the recording's name with the canvas size added ("show-720x1280.mkv").
    virtual void setRecordedCanvas(RecordedCanvas which) = 0;
    // The program recording's own encoder and quality for the next
    // recording; nullopt shares the stream's encode (one encode for both).
    virtual void setRecordingEncoder(const std::optional<EncoderSettings> &own) = 0;
    // The video encoder ids the engine offers ("obs_x264", "ffmpeg_nvenc", ...).
    virtual QStringList videoEncoderTypes() const = 0;
    virtual bool isRecording() const = 0;

    // The last lengthSec of the program kept in memory on the stream's
    // encode, written into directory when saved (OBS's replay buffer).
    virtual bool startReplayBuffer(const QString &directory, int lengthSec, const EncoderSettings &encoder, QString *error) = 0;
    virtual void stopReplayBuffer() = 0;
    virtual bool isReplayBufferActive() const = 0;
    // Asks for the buffer to be written; replaySaved reports the file.
    virtual bool saveReplay(QString *error) = 0;

    // The program as a V4L2 camera other apps open (libobs' linux-v4l2
    // virtualcam through the v4l2loopback kernel module). Unavailable: why,
    // in words with the install hint.
    virtual bool virtualCameraAvailable(QString *why) const = 0;
    virtual bool startVirtualCamera(QString *error) = 0;
    virtual void stopVirtualCamera() = 0;
    virtual bool isVirtualCameraActive() const = 0;

    virtual EngineStats stats() const = 0;

signals:
    void streamingStarted(int destinations);
    void outputStateChanged(int index, shopcast::broadcast::OutputState state, const QString &message);
    void streamingStopped();
    void recordingStarted(const QString &path);
    // path is the MP4 (or the MKV when remuxing failed; error says why).
    void recordingFinished(const QString &path, const QString &error);
    // A hardware encoder would not start; the outputs went on with x264
    // (what, and why, in words the host reads).
    void encoderFellBack(const QString &text);
    // On or off; error says why when it stopped by itself.
    void replayBufferChanged(bool active, const QString &error);
    // A replay written: its file and how long it is (0 when unreadable).
    void replaySaved(const QString &path, qint64 lengthMs);
    void virtualCameraChanged(bool active);
};

} // namespace shopcast::broadcast
