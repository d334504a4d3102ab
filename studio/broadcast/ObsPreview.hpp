#pragma once

#include "PreviewSurface.hpp"

#include <obs.hpp>

#include <QMutex>

#include <memory>

namespace shopcast::broadcast {

class ObsCanvasView;

// The program output, or one source, drawn into a native X window with
// obs_display, letterboxed to keep its aspect ratio.
class ObsPreview final : public PreviewSurface
{
public:
    // A null source: the program. overlays are drawn over the source (the
    // show's cards over a scene, as the program has them).
    ObsPreview(quintptr nativeWindow, QSize sizePx, obs_source_t *source = nullptr, obs_source_t *overlays = nullptr);
    // The second canvas; drawn while it exists.
    ObsPreview(quintptr nativeWindow, QSize sizePx, const std::shared_ptr<ObsCanvasView> &canvas);
    ~ObsPreview() override;

    bool isValid() const { return m_display != nullptr; }
    void resize(QSize sizePx) override;
    void setSelectionMarks(const QList<QPolygonF> &outlines, const QList<QPointF> &handles) override;

private:
    void createDisplay(quintptr nativeWindow, QSize sizePx);
    static void draw(void *param, uint32_t cx, uint32_t cy);
    // On the graphics thread, inside the canvas's projection.
    void drawMarks(double canvasPerPx);

    obs_display_t *m_display = nullptr;
    // Weak: a preview does not keep a removed source alive.
    OBSWeakSourceAutoRelease m_source;
    OBSWeakSourceAutoRelease m_overlays;
    std::weak_ptr<ObsCanvasView> m_canvas;
    bool m_forCanvas = false;
    // Set on the Qt thread, drawn on the graphics thread.
    QMutex m_marksLock;
    QList<QPolygonF> m_outlines;
    QList<QPointF> m_handles;
};

} // namespace shopcast::broadcast
