#pragma once

#include "PreviewSurface.hpp"

#include <obs.hpp>

#include <QMutex>

namespace shopcast::broadcast {

// The program output, or one source, drawn into a native X window with
// obs_display, letterboxed to keep its aspect ratio.
class ObsPreview final : public PreviewSurface
{
public:
    // A null source: the program.
    ObsPreview(quintptr nativeWindow, QSize sizePx, obs_source_t *source = nullptr);
    ~ObsPreview() override;

    bool isValid() const { return m_display != nullptr; }
    void resize(QSize sizePx) override;
    void setSelectionMarks(const QList<QPolygonF> &outlines, const QList<QPointF> &handles) override;

private:
    static void draw(void *param, uint32_t cx, uint32_t cy);
    // On the graphics thread, inside the canvas's projection.
    void drawMarks(double canvasPerPx);

    obs_display_t *m_display = nullptr;
    // Weak: a preview does not keep a removed source alive.
    OBSWeakSourceAutoRelease m_source;
    // Set on the Qt thread, drawn on the graphics thread.
    QMutex m_marksLock;
    QList<QPolygonF> m_outlines;
    QList<QPointF> m_handles;
};

} // namespace shopcast::broadcast
