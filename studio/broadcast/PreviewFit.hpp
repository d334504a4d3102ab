#pragma once

#include <QPointF>
#include <QRect>
#include <QSize>
#include <QSizeF>

namespace shopcast::broadcast {

// How a canvas is shown in a preview window: scaled to fit, centred, in
// whole device pixels. The preview draws with it and the mouse is mapped
// back with it, so a click lands on the canvas pixel under the pointer at
// any device pixel ratio.
class PreviewFit
{
public:
    PreviewFit(QSize windowPx, QSizeF canvasPx);

    bool isValid() const { return m_viewportPx.width() > 0 && m_viewportPx.height() > 0; }
    // Where the canvas is drawn in the window, in device pixels.
    QRect viewportPx() const { return m_viewportPx; }
    QPointF toCanvas(QPointF windowPx) const;
    QPointF toWindow(QPointF canvasPx) const;
    // Canvas pixels per device pixel: a line one device pixel wide is this
    // thick on the canvas.
    double canvasPerPx() const { return m_canvasPerPx.width(); }

private:
    QRect m_viewportPx;
    // Per axis: the viewport is rounded to whole pixels on each.
    QSizeF m_canvasPerPx{1, 1};
};

} // namespace shopcast::broadcast
