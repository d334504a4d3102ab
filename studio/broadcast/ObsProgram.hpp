#pragma once

#include "ProgramView.hpp"

#include <atomic>
#include <memory>
#include <vector>

struct video_data;

namespace shopcast::broadcast {

struct ObsCanvasSlot;
class ObsCanvasView;
class ObsContext;
class ObsOutputs;
class ObsSceneGraph;

// The libobs program picture: video reset for a new canvas, the overlay
// sources, previews, and the first rendered frame.
class ObsProgram final : public ProgramView
{
    Q_OBJECT
public:
    ObsProgram(ObsContext &context, ObsSceneGraph &graph, ObsOutputs &outputs, QObject *parent = nullptr);
    ~ObsProgram() override;

    CanvasSpec canvas() const override;
    bool setCanvas(const CanvasSpec &canvas, QString *error) override;
    std::optional<CanvasSpec> secondCanvas() const override;
    bool setSecondCanvas(const std::optional<CanvasSpec> &canvas, QString *error) override;
    std::unique_ptr<PreviewSurface> createSecondCanvasPreview(quintptr nativeWindow, QSize sizePx, QString *error) override;
    int setOverlayImage(const QString &role, const QImage &image) override;
    std::unique_ptr<PreviewSurface> createPreview(quintptr nativeWindow, QSize sizePx, const QString &sourceName, QString *error) override;
    void grabFrame(int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done) override;
    void grabSecondCanvasFrame(int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done) override;
    bool hasRenderedFrame() const override { return m_firstFrameSeen; }

private:
    struct FrameGrab;
    static void onMainRender(void *param, uint32_t cx, uint32_t cy);
    static void onRawFrame(void *param, video_data *frame);
    std::unique_ptr<FrameGrab> makeGrab(const CanvasSpec &canvas, int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done);
    void finishGrab(FrameGrab *grab, const QImage &frame);
    bool createSecondCanvas(const CanvasSpec &canvas, QString *error);
    void dropSecondCanvas();

    ObsContext &m_context;
    ObsSceneGraph &m_graph;
    ObsOutputs &m_outputs;
    std::unique_ptr<ObsCanvasView> m_secondCanvas;
    // Shared with the second canvas's previews, which draw it on the graphics thread.
    std::shared_ptr<ObsCanvasSlot> m_secondCanvasSlot;
    std::atomic<bool> m_firstFrameSeen{false};
    std::vector<std::unique_ptr<FrameGrab>> m_grabs;
};

} // namespace shopcast::broadcast
