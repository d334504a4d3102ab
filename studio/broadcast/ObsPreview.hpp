#pragma once

#include "PreviewSurface.hpp"

#include <obs.hpp>

#include <QMutex>

#include <memory>

namespace shopcast::broadcast {

struct ObsCanvasSlot;

// The program output, or one source, drawn into a native X window with
// obs_display, letterboxed to keep its aspect ratio.
class ObsPreview final : public PreviewSurface
{
public:
    // A null source: the program. overlays are drawn over the source (the
    // show's cards over a scene, as the program has them).
    ObsPreview(quintptr nativeWindow, QSize sizePx, obs_source_t *source = nullptr, obs_source_t *overlays = nullptr);
    // The second canvas, whichever the slot holds (none: only the background).
    ObsPreview(quintptr nativeWindow, QSize sizePx, std::shared_ptr<ObsCanvasSlot> canvas);
    ~ObsPreview() override;

    bool isValid() const { return m_display != nullptr; }
    void resize(QSize sizePx) override;
    void setSelectionMarks(const QList<QPolygonF> &outlines, const QList<QPointF> &handles) override;

private:
    void createDisplay(quintptr nativeWindow, QSize sizePx);
    static void draw(void *param, uint32_t cx, uint32_t cy);
    // On the graphics thread: render() letterboxed into the display, the marks over it.
    template<typename Render>
    void drawFitted(uint32_t cx, uint32_t cy, uint32_t baseWidth, uint32_t baseHeight, Render render);
    // On the graphics thread, inside the canvas's projection.
    void drawMarks(double canvasPerPx);

    obs_display_t *m_display = nullptr;
    // Weak: a preview does not keep a removed source alive.
    OBSWeakSourceAutoRelease m_source;
    OBSWeakSourceAutoRelease m_overlays;
    std::shared_ptr<ObsCanvasSlot> m_canvas;
    // Set on the Qt thread, drawn on the graphics thread.
    QMutex m_marksLock;
    QList<QPolygonF> m_outlines;
    QList<QPointF> m_handles;
};

} // namespace shopcast::broadcast
