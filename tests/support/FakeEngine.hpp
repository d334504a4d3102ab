#pragma once

#include "broadcast/BroadcastEngine.hpp"

#include <QHash>
#include <QStringList>

#include <optional>
#include <utility>

namespace shopcast::test {

// The broadcast engine without libobs, for unit tests of what sits above it
// (ShowSession, BroadcastController, StatusMonitor, the docks). Scene edits
// go through the real SceneEditor path; outputs change state when told and
// report what they were asked; overlays keep the last image per role.
class FakeSceneEditor final : public broadcast::SceneEditor
{
public:
    QList<broadcast::SceneEdit> mirrored;
    bool failMirror = false;
    bool failRestore = false;
    int restores = 0;
    QHash<QString, QList<broadcast::DeviceChoice>> devices; // what deviceChoices() finds, per kind

    QHash<QString, QSizeF> sourceSizes; // what sourceSizePx() finds, per source

    QList<broadcast::DeviceChoice> deviceChoices(const QString &kind) const override { return devices.value(kind); }
    QSizeF sourceSizePx(const QString &source) const override { return sourceSizes.value(source); }
    // The kinds that make sound: a microphone, desktop audio, a media file.
    bool hasAudio(const QString &source) const override
    {
        const broadcast::SourceSpec *s = collection().findSource(source);
        return s && (s->kind.startsWith(QStringLiteral("pulse_")) || s->kind == QStringLiteral("ffmpeg_source"));
    }
    bool hasVideo(const QString &source) const override
    {
        const broadcast::SourceSpec *s = collection().findSource(source);
        return !s || !s->kind.startsWith(QStringLiteral("pulse_"));
    }

protected:
    bool rebuild(const broadcast::SceneCollection &, QString *) override { return true; }
    bool mirror(const broadcast::SceneEdit &edit, const broadcast::SceneCollection &, QString *error) override
    {
        if (failMirror) {
            *error = QStringLiteral("the fake engine refused");
            return false;
        }
        mirrored.append(edit);
        return true;
    }
    bool restore(const broadcast::SceneCollection &, QString *error) override
    {
        ++restores;
        if (failRestore) {
            *error = QStringLiteral("the fake engine refused");
            return false;
        }
        return true;
    }
};

class FakeOutputs final : public broadcast::OutputControl
{
public:
    bool startStreaming(const QList<broadcast::Destination> &destinations, const broadcast::EncoderSettings &encoder, QString *error) override;
    void stopStreaming() override;
    bool isStreaming() const override { return m_streaming; }
    void stopDestination(int index) override;
    bool restartDestination(int index, QString *error) override;
    void setReconnectSettings(const broadcast::ReconnectSettings &settings) override { reconnect = settings; }
    bool startRecording(const QString &mkvPath, const broadcast::EncoderSettings &encoder, QString *error) override;
    void stopRecording() override;
    void setRecordedCanvas(broadcast::RecordedCanvas which) override { recordedCanvas = which; }
    void setRecordingEncoder(const std::optional<broadcast::EncoderSettings> &own) override { recordingEncoder = own; }
    QStringList videoEncoderTypes() const override { return {QStringLiteral("obs_x264")}; }
    broadcast::RecordedCanvas recordedCanvas = broadcast::RecordedCanvas::Program;
    std::optional<broadcast::EncoderSettings> recordingEncoder;
    bool isRecording() const override { return !m_recordingPath.isEmpty(); }
    bool startReplayBuffer(const QString &directory, int lengthSec, const broadcast::EncoderSettings &encoder, QString *error) override;
    void stopReplayBuffer() override;
    bool isReplayBufferActive() const override { return m_replayLengthSec > 0; }
    // Saved at once as a file of the buffer's length in its directory.
    bool saveReplay(QString *error) override;
    bool virtualCameraAvailable(QString *why) const override
    {
        if (!virtualCameraMissing.isEmpty())
            *why = virtualCameraMissing;
        return virtualCameraMissing.isEmpty();
    }
    bool startVirtualCamera(QString *error) override;
    void stopVirtualCamera() override;
    bool isVirtualCameraActive() const override { return m_virtualCamera; }
    QString virtualCameraMissing; // non-empty: no v4l2loopback, and why
    broadcast::EngineStats stats() const override { return m_stats; }

    // What a test makes the "network" do.
    void setOutputState(int index, broadcast::OutputState state, const QString &message = {});
    broadcast::EngineStats &editableStats() { return m_stats; }

    QStringList calls;
    QList<broadcast::Destination> streamedTo; // the last startStreaming's destinations, keys and all
    QString refuseWith;                       // non-empty: start* fails with this
    broadcast::ReconnectSettings reconnect;

private:
    bool m_streaming = false;
    QString m_recordingPath;
    QString m_replayDirectory;
    int m_replayLengthSec = 0;
    int m_replaysSaved = 0;
    bool m_virtualCamera = false;
    broadcast::EngineStats m_stats;
};

class FakeProgram final : public broadcast::ProgramView
{
public:
    broadcast::CanvasSpec canvas() const override { return m_canvas; }
    bool setCanvas(const broadcast::CanvasSpec &canvas, QString *error) override;
    int setOverlayImage(const QString &role, const QImage &image) override;
    std::unique_ptr<broadcast::PreviewSurface> createPreview(quintptr, QSize, const QString &, QString *error) override;
    // The fake composes nothing: a null frame, later, as the real one answers.
    void grabFrame(int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done) override;

    QHash<QString, QImage> overlays;
    int overlayUpdates = 0;
    int overlaySources = 1; // what setOverlayImage says: how many sources show a role

private:
    broadcast::CanvasSpec m_canvas{1280, 720, 30};
};

// Meters whose readings a test hands in: levels[source] is taken once, as
// the audio thread's latest would be.
class FakeAudioMeters final : public broadcast::AudioMeters
{
public:
    void meter(const QStringList &sources) override { metered = sources; }
    std::optional<broadcast::AudioLevels> take(const QString &source) override
    {
        if (!metered.contains(source) || !levels.contains(source))
            return std::nullopt;
        return levels.take(source);
    }
    std::optional<broadcast::AudioLevels> takeMaster() override { return std::exchange(master, std::nullopt); }
    bool canMonitor(QString *why) const override
    {
        if (!monitorDevice)
            *why = QStringLiteral("no sound output device was found");
        return monitorDevice;
    }
    bool listen(const QString &kind, const QJsonObject &settings, QString *) override
    {
        listened = {kind, settings};
        return true;
    }
    void stopListening() override { listened.reset(); }
    std::optional<broadcast::AudioLevels> takeListened() override { return listened ? std::exchange(listenedLevels, std::nullopt) : std::nullopt; }

    std::optional<std::pair<QString, QJsonObject>> listened;
    std::optional<broadcast::AudioLevels> listenedLevels;
    QStringList metered;
    QHash<QString, broadcast::AudioLevels> levels;
    std::optional<broadcast::AudioLevels> master;
    bool monitorDevice = true;
};

class FakeEngine final : public broadcast::BroadcastEngine
{
public:
    broadcast::SceneEditor &scenes() override { return sceneEditor; }
    broadcast::OutputControl &outputs() override { return outputControl; }
    broadcast::ProgramView &program() override { return programView; }
    broadcast::AudioMeters &audio() override { return audioMeters; }

    FakeSceneEditor sceneEditor;
    FakeOutputs outputControl;
    FakeProgram programView;
    FakeAudioMeters audioMeters;
};

} // namespace shopcast::test
