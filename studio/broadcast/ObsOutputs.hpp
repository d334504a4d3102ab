#pragma once

#include "OutputControl.hpp"

#include <memory>
#include <optional>
#include <vector>

namespace shopcast::broadcast {

class ObsContext;
class ObsEncoders;
class ObsRecorder;
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
    bool isRecording() const override;
    EngineStats stats() const override;

    // A new canvas: outputs and encoders are bound to the old size.
    void releaseForCanvasChange();
    // libobs must still be up: outputs before encoders (the wrong order crashes at exit).
    void shutdown();

private:
    bool ensureEncoders(const EncoderSettings &settings, QString *error);
    bool anyOutputConnecting() const;
    void startPendingRecording();
    void onOutputFinished();

    ObsContext &m_context;
    std::unique_ptr<ObsEncoders> m_encoders;
    std::vector<std::unique_ptr<ObsStreamOutput>> m_outputs;
    std::unique_ptr<ObsRecorder> m_recorder;
    bool m_streaming = false;
    ReconnectSettings m_reconnect;
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
