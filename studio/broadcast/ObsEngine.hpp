#pragma once

#include "BroadcastEngine.hpp"
#include "ObsContext.hpp"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace shopcast::broadcast {

class ObsEncoders;
class ObsRecorder;
class ObsSceneGraph;
class ObsStreamOutput;

// The libobs implementation of BroadcastEngine. Its header stays free of
// libobs types so the app can construct it without including obs.h.
class ObsEngine final : public BroadcastEngine
{
    Q_OBJECT
public:
    static std::unique_ptr<ObsEngine> create(const ObsContextOptions &options, QString *error);
    ~ObsEngine() override;

    // The install locations libobs was configured with, overridable through
    // SHOPCAST_OBS_PLUGIN_DIR / SHOPCAST_OBS_DATA_DIR.
    static ObsContextOptions defaultOptions(const CanvasSpec &canvas, const QString &configDir);
    QStringList missingOptionalModules() const;

    CanvasSpec canvas() const override;
    bool setCanvas(const CanvasSpec &canvas, QString *error) override;

    const SceneCollection &collection() const override { return m_collection; }
    bool loadCollection(const SceneCollection &collection, QString *error) override;
    bool addScene(const QString &name, QString *error) override;
    bool removeScene(const QString &name, QString *error) override;
    bool setCurrentScene(const QString &name, QString *error) override;
    bool addItem(const QString &scene, const SourceSpec &source, const SceneItemSpec &item, QString *error) override;
    bool removeItem(const QString &scene, int index, QString *error) override;
    bool moveItem(const QString &scene, int from, int to, QString *error) override;
    bool setItemVisible(const QString &scene, int index, bool visible, QString *error) override;
    bool setItemGeometry(const QString &scene, int index, double xPx, double yPx, double widthPx, double heightPx,
                         QString *error) override;

    bool startStreaming(const QList<Destination> &destinations, const EncoderSettings &encoder, QString *error) override;
    void stopStreaming() override;
    bool isStreaming() const override { return m_streaming; }

    bool startRecording(const QString &mkvPath, const EncoderSettings &encoder, QString *error) override;
    void stopRecording() override;
    bool isRecording() const override;

    int setOverlayImage(const QString &role, const QImage &image) override;
    EngineStats stats() const override;
    std::unique_ptr<PreviewSurface> createPreview(quintptr nativeWindow, QSize sizePx, QString *error) override;

private:
    ObsEngine();
    bool ensureEncoders(const EncoderSettings &settings, QString *error);
    bool anyOutputConnecting() const;
    void startPendingRecording();
    void onOutputFinished();
    static void onMainRender(void *param, uint32_t cx, uint32_t cy);

    // Declared first so it is destroyed last: libobs must outlive every object.
    std::unique_ptr<ObsContext> m_context;
    std::unique_ptr<ObsSceneGraph> m_graph;
    std::unique_ptr<ObsEncoders> m_encoders;
    std::vector<std::unique_ptr<ObsStreamOutput>> m_outputs;
    std::unique_ptr<ObsRecorder> m_recorder;
    SceneCollection m_collection;
    bool m_streaming = false;
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
    std::atomic<bool> m_firstFrameSeen{false};
};

} // namespace shopcast::broadcast
