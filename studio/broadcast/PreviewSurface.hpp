#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QSize>

namespace shopcast::broadcast {

// A live view of the program output drawn into a native window the UI owns.
class PreviewSurface
{
public:
    virtual ~PreviewSurface() = default;
    virtual void resize(QSize sizePx) = 0;
    // Drawn over the picture, in canvas pixels: the selected items' boxes
    // and the handles of the one being edited (the preview's own marks,
    // never in the program).
    virtual void setSelectionMarks(const QList<QPolygonF> &outlines, const QList<QPointF> &handles)
    {
        Q_UNUSED(outlines)
        Q_UNUSED(handles)
    }
};

} // namespace shopcast::broadcast
