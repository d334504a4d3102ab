#include "ItemBox.hpp"

#include <QLineF>

#include <algorithm>

namespace shopcast::broadcast {

ItemBox::ItemBox(const SceneItemSpec &item, QSizeF sourceSizePx)
    : m_item(item)
{
    const double width = sourceSizePx.width() - item.crop.left - item.crop.right;
    const double height = sourceSizePx.height() - item.crop.top - item.crop.bottom;
    if (width > 0 && height > 0)
        m_contentSize = QSizeF(width, height);
    m_size = item.hasBounds() ? QSizeF(item.boundsWidthPx, item.boundsHeightPx) : m_contentSize;
}

QTransform ItemBox::toCanvas() const
{
    return QTransform::fromTranslate(m_item.xPx, m_item.yPx).rotate(m_item.rotationDeg);
}

// QTransform applies the rotation first, then the translation: rotate(),
// called after fromTranslate(), acts on local coordinates.
QPointF ItemBox::toLocal(QPointF canvasPx) const
{
    return toCanvas().inverted().map(canvasPx);
}

QPolygonF ItemBox::outline() const
{
    return toCanvas().map(QPolygonF(QRectF(QPointF(0, 0), m_size)));
}

bool ItemBox::contains(QPointF canvasPx) const
{
    return !isEmpty() && QRectF(QPointF(0, 0), m_size).contains(toLocal(canvasPx));
}

QRectF ItemBox::pictureRect() const
{
    const QRectF box(QPointF(0, 0), m_size);
    if (!m_item.hasBounds() || m_item.stretch || m_contentSize.isEmpty())
        return box;
    const QSizeF fitted = m_contentSize.scaled(m_size, Qt::KeepAspectRatio);
    QRectF picture(QPointF(0, 0), fitted);
    picture.moveCenter(box.center());
    return picture;
}

QSizeF ItemBox::pictureScale() const
{
    if (m_contentSize.isEmpty())
        return {1, 1};
    const QRectF picture = pictureRect();
    return {picture.width() / m_contentSize.width(), picture.height() / m_contentSize.height()};
}

QPointF ItemBox::handlePoint(Handle handle) const
{
    const double x = movesLeft(handle) ? 0 : movesRight(handle) ? m_size.width() : m_size.width() / 2;
    const double y = movesTop(handle) ? 0 : movesBottom(handle) ? m_size.height() : m_size.height() / 2;
    return toCanvas().map(QPointF(x, y));
}

ItemBox::Handle ItemBox::handleAt(QPointF canvasPx, double radiusPx) const
{
    if (isEmpty())
        return Handle::None;
    Handle nearest = Handle::None;
    double nearestPx = radiusPx;
    for (Handle handle : kHandles) {
        const double distance = QLineF(handlePoint(handle), canvasPx).length();
        if (distance <= nearestPx) {
            nearest = handle;
            nearestPx = distance;
        }
    }
    return nearest;
}

} // namespace shopcast::broadcast
