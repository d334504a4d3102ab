#pragma once

#include "ItemBox.hpp"
#include "SceneEditor.hpp"

#include <QList>
#include <QObject>
#include <QPolygonF>

namespace shopcast::broadcast {

// Placing sources with the mouse in the preview, as OBS users expect,
// without widgets: the preview widget maps its events to canvas pixels and
// calls this; every change is a scene edit through the SceneEditor (so it is
// validated, mirrored into libobs and undoable, one step per gesture).
//
// A press selects the topmost item under the pointer (Ctrl adds or removes
// it); dragging moves the selection, a handle of the one selected item
// resizes it keeping its aspect (with free aspect it stretches instead), and
// with crop a handle crops it. Moving and resizing snap to the canvas edges,
// its centre lines and the edges of other items within a distance.
class PreviewEditController : public QObject
{
    Q_OBJECT
public:
    struct Snapping
    {
        bool enabled = true;
        double distancePx = 10; // canvas pixels
    };
    enum class Drag { None, Move, Resize, Crop };

    explicit PreviewEditController(SceneEditor &scenes, QObject *parent = nullptr);

    void setCanvasSize(QSizeF canvasPx);
    // The scene edited: empty for the one on air; in studio mode, the one in the preview.
    void setScene(const QString &name);
    // Edits the scene the second canvas shows, whichever it is.
    void followSecondCanvas();
    QString sceneName() const;
    QSizeF canvasSize() const { return m_canvasPx; }
    void setSnapping(const Snapping &snapping);
    const Snapping &snapping() const { return m_snapping; }

    // Indices of the selected items in the current scene, in render order.
    QList<int> selection() const { return m_selection; }
    void setSelection(const QList<int> &indices);
    // The topmost visible item under the point, -1 for none.
    int itemAt(QPointF canvasPx) const;
    ItemBox boxOf(int index) const;

    // handleRadiusPx: how near a handle a press grabs it, in canvas pixels
    // (a few screen pixels at the preview's scale).
    void press(QPointF canvasPx, bool toggle, bool crop, double handleRadiusPx);
    void dragTo(QPointF canvasPx, bool freeAspect);
    void release();
    Drag dragging() const { return m_drag; }
    // What a press here would grab, for the pointer's shape.
    ItemBox::Handle handleAt(QPointF canvasPx, double handleRadiusPx) const;

    // Commands on the selection (the arrow keys, the context menu); false
    // with a reason when nothing is selected or the edit is refused.
    bool nudge(double dxPx, double dyPx, bool continuing, QString *error);
    bool fitToScreen(QString *error);
    bool stretchToScreen(QString *error);
    bool centre(QString *error);
    bool resetTransform(QString *error);
    bool flip(bool horizontal, QString *error);
    bool rotate(int degrees, QString *error);
    // Render order of the one selected item: +1 up, -1 down, or to the top
    // or bottom.
    enum class Order { Up, Down, Top, Bottom };
    bool reorder(Order order, QString *error);

signals:
    void selectionChanged();
    // The current scene's items changed (an edit, an undo, another scene):
    // what the preview marks may have moved.
    void itemsChanged();
    void snappingChanged();
    // An edit during a drag was refused (the reason is for the status bar).
    void editFailed(const QString &reason);

private:
    const SceneSpec *scene() const;
    QSizeF sourceSize(int index) const;
    bool transformSelection(const std::function<void(SceneItemSpec &, const ItemBox &)> &change, QString *error);
    bool apply(int index, const SceneItemSpec &transform, QString *error);
    void onCollectionChanged();
    QPointF snapMove(const QRectF &moved) const;
    double snapValue(double value, const QList<double> &targets, double *bestDistance) const;
    QList<double> targetsX() const;
    QList<double> targetsY() const;
    SceneItemSpec resized(QPointF canvasPx, bool freeAspect) const;
    SceneItemSpec cropped(QPointF canvasPx) const;
    static SceneItemSpec tightened(const ItemBox &box);

    SceneEditor &m_scenes;
    QSizeF m_canvasPx{1280, 720};
    Snapping m_snapping;
    QString m_sceneName; // the scene the selection is of
    bool m_followsSecondCanvas = false;
    QString m_editedScene;
    QList<int> m_selection;

    Drag m_drag = Drag::None;
    ItemBox::Handle m_handle = ItemBox::Handle::None;
    QPointF m_pressPx;
    int m_primary = -1;
    QList<SceneItemSpec> m_startItems; // the selection's items at the press
    bool m_moved = false;
};

} // namespace shopcast::broadcast
