#pragma once

#include "ProgramView.hpp"

#include <atomic>

namespace shopcast::broadcast {

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
    int setOverlayImage(const QString &role, const QImage &image) override;
    std::unique_ptr<PreviewSurface> createPreview(quintptr nativeWindow, QSize sizePx, QString *error) override;

private:
    static void onMainRender(void *param, uint32_t cx, uint32_t cy);

    ObsContext &m_context;
    ObsSceneGraph &m_graph;
    ObsOutputs &m_outputs;
    std::atomic<bool> m_firstFrameSeen{false};
};

} // namespace shopcast::broadcast
