#include "PreviewFit.hpp"

#include <algorithm>

namespace shopcast::broadcast {

PreviewFit::PreviewFit(QSize windowPx, QSizeF canvasPx)
{
    if (windowPx.isEmpty() || canvasPx.isEmpty())
        return;
    const double scale = std::min(windowPx.width() / canvasPx.width(), windowPx.height() / canvasPx.height());
    const int width = int(canvasPx.width() * scale);
    const int height = int(canvasPx.height() * scale);
    m_viewportPx = QRect((windowPx.width() - width) / 2, (windowPx.height() - height) / 2, width, height);
    if (width > 0 && height > 0)
        m_canvasPerPx = QSizeF(canvasPx.width() / width, canvasPx.height() / height);
}

QPointF PreviewFit::toCanvas(QPointF windowPx) const
{
    const QPointF inViewport = windowPx - QPointF(m_viewportPx.topLeft());
    return {inViewport.x() * m_canvasPerPx.width(), inViewport.y() * m_canvasPerPx.height()};
}

QPointF PreviewFit::toWindow(QPointF canvasPx) const
{
    return QPointF(canvasPx.x() / m_canvasPerPx.width(), canvasPx.y() / m_canvasPerPx.height()) + QPointF(m_viewportPx.topLeft());
}

} // namespace shopcast::broadcast
