#pragma once

#include "SceneCollection.hpp"

#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace shopcast::broadcast {

// An item's box on the canvas, as the preview selects, draws and edits it:
// the bounds when it has them, else the source's size less the crop, turned
// by the item's rotation about its top-left corner. "Local" coordinates are
// the box's own, (0, 0) at its top-left, before rotation.
class ItemBox
{
public:
    enum class Handle { None, TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };

    ItemBox(const SceneItemSpec &item, QSizeF sourceSizePx);

    const SceneItemSpec &item() const { return m_item; }
    // The source's pixels left after the crop; empty when the source's size
    // is not known yet.
    QSizeF contentSize() const { return m_contentSize; }
    QSizeF size() const { return m_size; }
    bool isEmpty() const { return m_size.isEmpty(); }
    QTransform toCanvas() const;
    QPointF toLocal(QPointF canvasPx) const;
    QPolygonF outline() const;
    QRectF boundingRect() const { return outline().boundingRect(); }
    bool contains(QPointF canvasPx) const;
    // Where the picture is inside the box (a fitted picture leaves bars).
    QRectF pictureRect() const;
    // Box pixels per source pixel, per axis.
    QSizeF pictureScale() const;
    QPointF handlePoint(Handle handle) const;
    // The handle within radius (canvas pixels) of the point.
    Handle handleAt(QPointF canvasPx, double radiusPx) const;

    static constexpr Handle kHandles[]
        = {Handle::TopLeft, Handle::Top, Handle::TopRight, Handle::Right, Handle::BottomRight, Handle::Bottom, Handle::BottomLeft, Handle::Left};
    static bool movesLeft(Handle h) { return h == Handle::TopLeft || h == Handle::Left || h == Handle::BottomLeft; }
    static bool movesRight(Handle h) { return h == Handle::TopRight || h == Handle::Right || h == Handle::BottomRight; }
    static bool movesTop(Handle h) { return h == Handle::TopLeft || h == Handle::Top || h == Handle::TopRight; }
    static bool movesBottom(Handle h) { return h == Handle::BottomLeft || h == Handle::Bottom || h == Handle::BottomRight; }

private:
    SceneItemSpec m_item;
    QSizeF m_contentSize;
    QSizeF m_size;
};

} // namespace shopcast::broadcast
