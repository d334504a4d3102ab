#include "PreviewEditController.hpp"

#include <algorithm>
#include <cmath>

namespace shopcast::broadcast {

namespace {

constexpr double kMinSizePx = 8; // a box never shrinks below a grab-able size

bool failWith(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

PreviewEditController::PreviewEditController(SceneEditor &scenes, QObject *parent)
    : QObject(parent)
    , m_scenes(scenes)
    , m_sceneName(scenes.collection().currentScene())
{
    connect(&m_scenes, &SceneEditor::collectionChanged, this, &PreviewEditController::onCollectionChanged);
}

void PreviewEditController::setCanvasSize(QSizeF canvasPx)
{
    if (!canvasPx.isEmpty())
        m_canvasPx = canvasPx;
}

void PreviewEditController::setSnapping(const Snapping &snapping)
{
    if (snapping.enabled == m_snapping.enabled && snapping.distancePx == m_snapping.distancePx)
        return;
    m_snapping = snapping;
    emit snappingChanged();
}

void PreviewEditController::setScene(const QString &name)
{
    m_editedScene = name;
    onCollectionChanged();
}

void PreviewEditController::followSecondCanvas()
{
    m_followsSecondCanvas = true;
    onCollectionChanged();
}

QString PreviewEditController::sceneName() const
{
    if (m_followsSecondCanvas && !m_scenes.collection().secondCanvasScene().isEmpty())
        return m_scenes.collection().secondCanvasScene();
    if (!m_editedScene.isEmpty() && m_scenes.collection().findScene(m_editedScene))
        return m_editedScene;
    return m_scenes.collection().currentScene();
}

const SceneSpec *PreviewEditController::scene() const
{
    return m_scenes.collection().findScene(sceneName());
}

QSizeF PreviewEditController::sourceSize(int index) const
{
    const SceneSpec *s = scene();
    return s && index >= 0 && index < s->items.size() ? m_scenes.sourceSizePx(s->items.at(index).sourceName) : QSizeF();
}

ItemBox PreviewEditController::boxOf(int index) const
{
    const SceneSpec *s = scene();
    if (!s || index < 0 || index >= s->items.size())
        return ItemBox(SceneItemSpec{}, {});
    return ItemBox(s->items.at(index), sourceSize(index));
}

void PreviewEditController::onCollectionChanged()
{
    // Another scene, or items gone (an undo, the Sources dock): the
    // selection keeps only what still exists.
    const QString current = sceneName();
    QList<int> kept;
    if (current == m_sceneName)
        if (const SceneSpec *s = scene())
            for (int index : std::as_const(m_selection))
                if (index < s->items.size())
                    kept.append(index);
    m_sceneName = current;
    if (kept != m_selection) {
        m_selection = kept;
        if (!m_selection.contains(m_primary))
            m_drag = Drag::None;
        emit selectionChanged();
    }
    emit itemsChanged();
}

void PreviewEditController::setSelection(const QList<int> &indices)
{
    QList<int> next;
    if (const SceneSpec *s = scene())
        for (int index : indices)
            if (index >= 0 && index < s->items.size() && !next.contains(index))
                next.append(index);
    std::sort(next.begin(), next.end());
    if (next == m_selection)
        return;
    m_selection = next;
    emit selectionChanged();
}

int PreviewEditController::itemAt(QPointF canvasPx) const
{
    const SceneSpec *s = scene();
    if (!s)
        return -1;
    for (int i = int(s->items.size()) - 1; i >= 0; --i)
        if (s->items.at(i).visible && boxOf(i).contains(canvasPx))
            return i;
    return -1;
}

ItemBox::Handle PreviewEditController::handleAt(QPointF canvasPx, double handleRadiusPx) const
{
    if (m_selection.size() != 1)
        return ItemBox::Handle::None;
    return boxOf(m_selection.first()).handleAt(canvasPx, handleRadiusPx);
}

void PreviewEditController::press(QPointF canvasPx, bool toggle, bool crop, double handleRadiusPx)
{
    m_drag = Drag::None;
    m_moved = false;
    m_pressPx = canvasPx;
    const SceneSpec *s = scene();
    if (!s)
        return;
    if (!toggle) {
        if (const ItemBox::Handle handle = handleAt(canvasPx, handleRadiusPx); handle != ItemBox::Handle::None) {
            m_drag = crop ? Drag::Crop : Drag::Resize;
            m_handle = handle;
            m_primary = m_selection.first();
            m_startItems = {s->items.at(m_primary)};
            return;
        }
    }
    const int hit = itemAt(canvasPx);
    if (hit < 0) {
        if (!toggle)
            setSelection({});
        return;
    }
    if (toggle) {
        QList<int> next = m_selection;
        if (next.contains(hit))
            next.removeAll(hit);
        else
            next.append(hit);
        setSelection(next);
        if (!m_selection.contains(hit))
            return;
    } else if (!m_selection.contains(hit)) {
        setSelection({hit});
    }
    m_drag = Drag::Move;
    m_primary = hit;
    m_startItems.clear();
    for (int index : std::as_const(m_selection))
        m_startItems.append(s->items.at(index));
}

void PreviewEditController::dragTo(QPointF canvasPx, bool freeAspect)
{
    if (m_drag == Drag::None || m_startItems.isEmpty())
        return;
    if (!m_moved) {
        m_scenes.beginGesture(); // the whole drag is one undo step
        m_moved = true;
    }
    QString error;
    bool ok = true;
    switch (m_drag) {
    case Drag::Move: {
        QPointF delta = canvasPx - m_pressPx;
        const int primary = int(m_selection.indexOf(m_primary));
        if (primary >= 0) {
            const QRectF start = ItemBox(m_startItems.at(primary), sourceSize(m_primary)).boundingRect();
            delta += snapMove(start.translated(delta));
        }
        for (int k = 0; k < m_selection.size() && k < m_startItems.size() && ok; ++k) {
            SceneItemSpec item = m_startItems.at(k);
            item.xPx += delta.x();
            item.yPx += delta.y();
            ok = apply(m_selection.at(k), item, &error);
        }
        break;
    }
    case Drag::Resize: ok = apply(m_primary, resized(canvasPx, freeAspect), &error); break;
    case Drag::Crop: ok = apply(m_primary, cropped(canvasPx), &error); break;
    case Drag::None: break;
    }
    if (!ok)
        emit editFailed(error);
}

void PreviewEditController::release()
{
    if (m_moved)
        m_scenes.endGesture();
    m_moved = false;
    m_drag = Drag::None;
}

bool PreviewEditController::apply(int index, const SceneItemSpec &transform, QString *error)
{
    return m_scenes.setItemTransform(sceneName(), index, transform, error);
}

QList<double> PreviewEditController::targetsX() const
{
    QList<double> targets{0, m_canvasPx.width() / 2, m_canvasPx.width()};
    if (const SceneSpec *s = scene())
        for (int i = 0; i < s->items.size(); ++i)
            if (s->items.at(i).visible && !m_selection.contains(i))
                if (const ItemBox box = boxOf(i); !box.isEmpty())
                    targets << box.boundingRect().left() << box.boundingRect().right();
    return targets;
}

QList<double> PreviewEditController::targetsY() const
{
    QList<double> targets{0, m_canvasPx.height() / 2, m_canvasPx.height()};
    if (const SceneSpec *s = scene())
        for (int i = 0; i < s->items.size(); ++i)
            if (s->items.at(i).visible && !m_selection.contains(i))
                if (const ItemBox box = boxOf(i); !box.isEmpty())
                    targets << box.boundingRect().top() << box.boundingRect().bottom();
    return targets;
}

double PreviewEditController::snapValue(double value, const QList<double> &targets, double *bestDistance) const
{
    double best = value;
    *bestDistance = std::numeric_limits<double>::infinity();
    for (double target : targets)
        if (std::abs(target - value) < *bestDistance) {
            *bestDistance = std::abs(target - value);
            best = target;
        }
    return best;
}

QPointF PreviewEditController::snapMove(const QRectF &moved) const
{
    if (!m_snapping.enabled)
        return {};
    // The nearest of the box's edges and centre to a target wins, per axis.
    const auto correction = [this](std::initializer_list<double> edges, const QList<double> &targets) {
        double best = std::numeric_limits<double>::infinity();
        double shift = 0;
        for (double edge : edges) {
            double distance = 0;
            const double snapped = snapValue(edge, targets, &distance);
            if (distance < best) {
                best = distance;
                shift = snapped - edge;
            }
        }
        return best <= m_snapping.distancePx ? shift : 0.0;
    };
    return {correction({moved.left(), moved.center().x(), moved.right()}, targetsX()),
            correction({moved.top(), moved.center().y(), moved.bottom()}, targetsY())};
}

SceneItemSpec PreviewEditController::resized(QPointF canvasPx, bool freeAspect) const
{
    const SceneItemSpec &start = m_startItems.first();
    const ItemBox box(start, sourceSize(m_primary));
    if (box.isEmpty())
        return start;
    const QPointF delta = box.toLocal(canvasPx) - box.toLocal(m_pressPx);
    const double width = box.size().width();
    const double height = box.size().height();
    const bool horizontal = ItemBox::movesLeft(m_handle) || ItemBox::movesRight(m_handle);
    const bool vertical = ItemBox::movesTop(m_handle) || ItemBox::movesBottom(m_handle);
    double left = 0, top = 0, right = width, bottom = height;
    if (ItemBox::movesLeft(m_handle))
        left += delta.x();
    if (ItemBox::movesRight(m_handle))
        right += delta.x();
    if (ItemBox::movesTop(m_handle))
        top += delta.y();
    if (ItemBox::movesBottom(m_handle))
        bottom += delta.y();

    // The dragged edges snap like a moved box does (upright items only: a
    // turned box's edges are not lines of the canvas).
    if (m_snapping.enabled && start.rotationDeg == 0) {
        const auto snapEdge = [this](double &edge, double origin, const QList<double> &targets) {
            double distance = 0;
            const double snapped = snapValue(origin + edge, targets, &distance);
            if (distance <= m_snapping.distancePx)
                edge = snapped - origin;
        };
        if (ItemBox::movesLeft(m_handle))
            snapEdge(left, start.xPx, targetsX());
        if (ItemBox::movesRight(m_handle))
            snapEdge(right, start.xPx, targetsX());
        if (ItemBox::movesTop(m_handle))
            snapEdge(top, start.yPx, targetsY());
        if (ItemBox::movesBottom(m_handle))
            snapEdge(bottom, start.yPx, targetsY());
    }
    if (horizontal && right - left < kMinSizePx)
        (ItemBox::movesLeft(m_handle) ? left : right) = ItemBox::movesLeft(m_handle) ? right - kMinSizePx : left + kMinSizePx;
    if (vertical && bottom - top < kMinSizePx)
        (ItemBox::movesTop(m_handle) ? top : bottom) = ItemBox::movesTop(m_handle) ? bottom - kMinSizePx : top + kMinSizePx;

    if (!freeAspect && !start.stretch) {
        const double aspect = width / height;
        double newWidth = right - left;
        double newHeight = bottom - top;
        if (horizontal && vertical) {
            // A corner follows whichever side the pointer pulled further.
            if (newWidth / width >= newHeight / height)
                newHeight = newWidth / aspect;
            else
                newWidth = newHeight * aspect;
            if (ItemBox::movesLeft(m_handle))
                left = right - newWidth;
            else
                right = left + newWidth;
            if (ItemBox::movesTop(m_handle))
                top = bottom - newHeight;
            else
                bottom = top + newHeight;
        } else if (horizontal) {
            newHeight = newWidth / aspect;
            top = (height - newHeight) / 2;
            bottom = top + newHeight;
        } else {
            newWidth = newHeight * aspect;
            left = (width - newWidth) / 2;
            right = left + newWidth;
        }
    }
    SceneItemSpec out = start;
    const QPointF origin = box.toCanvas().map(QPointF(left, top));
    out.xPx = origin.x();
    out.yPx = origin.y();
    out.boundsWidthPx = right - left;
    out.boundsHeightPx = bottom - top;
    if (freeAspect)
        out.stretch = true;
    return out;
}

SceneItemSpec PreviewEditController::tightened(const ItemBox &box)
{
    // A fitted picture with bars: the box shrinks to the picture first, so
    // a crop or a flip acts on what the viewer sees.
    SceneItemSpec item = box.item();
    if (!item.hasBounds() || item.stretch || box.contentSize().isEmpty())
        return item;
    const QRectF picture = box.pictureRect();
    const QPointF origin = box.toCanvas().map(picture.topLeft());
    item.xPx = origin.x();
    item.yPx = origin.y();
    item.boundsWidthPx = picture.width();
    item.boundsHeightPx = picture.height();
    return item;
}

SceneItemSpec PreviewEditController::cropped(QPointF canvasPx) const
{
    const SceneItemSpec &start = m_startItems.first();
    const QSizeF sourcePx = sourceSize(m_primary);
    const ItemBox loose(start, sourcePx);
    if (loose.contentSize().isEmpty())
        return start; // the source's size is not known yet: nothing to crop against
    const SceneItemSpec base = tightened(loose);
    const ItemBox box(base, sourcePx);
    const QPointF delta = box.toLocal(canvasPx) - box.toLocal(m_pressPx);
    const QSizeF scale = box.pictureScale();
    ItemCrop crop = base.crop;
    // A flipped picture shows its right side on the left.
    int &cropLeft = base.flipH ? crop.right : crop.left;
    int &cropRight = base.flipH ? crop.left : crop.right;
    int &cropTop = base.flipV ? crop.bottom : crop.top;
    int &cropBottom = base.flipV ? crop.top : crop.bottom;
    const int sourceWidth = int(sourcePx.width());
    const int sourceHeight = int(sourcePx.height());
    double left = 0, top = 0, right = box.size().width(), bottom = box.size().height();
    if (ItemBox::movesLeft(m_handle)) {
        const int next = std::clamp(int(std::lround(cropLeft + delta.x() / scale.width())), 0, sourceWidth - cropRight - 1);
        left = (next - cropLeft) * scale.width();
        cropLeft = next;
    }
    if (ItemBox::movesRight(m_handle)) {
        const int next = std::clamp(int(std::lround(cropRight - delta.x() / scale.width())), 0, sourceWidth - cropLeft - 1);
        right -= (next - cropRight) * scale.width();
        cropRight = next;
    }
    if (ItemBox::movesTop(m_handle)) {
        const int next = std::clamp(int(std::lround(cropTop + delta.y() / scale.height())), 0, sourceHeight - cropBottom - 1);
        top = (next - cropTop) * scale.height();
        cropTop = next;
    }
    if (ItemBox::movesBottom(m_handle)) {
        const int next = std::clamp(int(std::lround(cropBottom - delta.y() / scale.height())), 0, sourceHeight - cropTop - 1);
        bottom -= (next - cropBottom) * scale.height();
        cropBottom = next;
    }
    SceneItemSpec out = base;
    out.crop = crop;
    const QPointF origin = box.toCanvas().map(QPointF(left, top));
    out.xPx = origin.x();
    out.yPx = origin.y();
    if (base.hasBounds()) {
        out.boundsWidthPx = right - left;
        out.boundsHeightPx = bottom - top;
    }
    return out;
}

bool PreviewEditController::transformSelection(const std::function<void(SceneItemSpec &, const ItemBox &)> &change, QString *error)
{
    const SceneSpec *s = scene();
    if (!s || m_selection.isEmpty())
        return failWith(error, tr("Select a source in the preview first"));
    m_scenes.beginGesture();
    bool ok = true;
    for (int index : std::as_const(m_selection)) {
        const ItemBox box = boxOf(index);
        SceneItemSpec item = box.item();
        change(item, box);
        if (!(ok = apply(index, item, error)))
            break;
    }
    m_scenes.endGesture();
    return ok;
}

bool PreviewEditController::nudge(double dxPx, double dyPx, bool continuing, QString *error)
{
    if (m_selection.isEmpty())
        return failWith(error, tr("Select a source in the preview first"));
    m_scenes.beginGesture(continuing); // a held arrow key is one undo step
    bool ok = true;
    for (int index : std::as_const(m_selection)) {
        SceneItemSpec item = boxOf(index).item();
        item.xPx += dxPx;
        item.yPx += dyPx;
        if (!(ok = apply(index, item, error)))
            break;
    }
    m_scenes.endGesture();
    return ok;
}

bool PreviewEditController::fitToScreen(QString *error)
{
    return transformSelection(
        [this](SceneItemSpec &item, const ItemBox &) {
            item.xPx = item.yPx = 0;
            item.boundsWidthPx = m_canvasPx.width();
            item.boundsHeightPx = m_canvasPx.height();
            item.stretch = false;
            item.rotationDeg = 0;
        },
        error);
}

bool PreviewEditController::stretchToScreen(QString *error)
{
    return transformSelection(
        [this](SceneItemSpec &item, const ItemBox &) {
            item.xPx = item.yPx = 0;
            item.boundsWidthPx = m_canvasPx.width();
            item.boundsHeightPx = m_canvasPx.height();
            item.stretch = true;
            item.rotationDeg = 0;
        },
        error);
}

bool PreviewEditController::centre(QString *error)
{
    return transformSelection(
        [this](SceneItemSpec &item, const ItemBox &box) {
            const QPointF shift = QRectF(QPointF(0, 0), m_canvasPx).center() - box.boundingRect().center();
            item.xPx += shift.x();
            item.yPx += shift.y();
        },
        error);
}

bool PreviewEditController::resetTransform(QString *error)
{
    return transformSelection(
        [](SceneItemSpec &item, const ItemBox &) {
            SceneItemSpec reset;
            reset.sourceName = item.sourceName;
            reset.visible = item.visible;
            item = reset;
        },
        error);
}

bool PreviewEditController::flip(bool horizontal, QString *error)
{
    return transformSelection(
        [horizontal](SceneItemSpec &item, const ItemBox &box) {
            item = tightened(box);
            (horizontal ? item.flipH : item.flipV) = !(horizontal ? item.flipH : item.flipV);
        },
        error);
}

bool PreviewEditController::rotate(int degrees, QString *error)
{
    return transformSelection(
        [degrees](SceneItemSpec &item, const ItemBox &box) {
            // About the box's centre, which stays where it is.
            const QPointF localCentre = QRectF(QPointF(0, 0), box.size()).center();
            const QPointF centre = box.toCanvas().map(localCentre);
            item.rotationDeg = std::fmod(std::fmod(item.rotationDeg + degrees, 360.0) + 360.0, 360.0);
            const QPointF origin = centre - QTransform().rotate(item.rotationDeg).map(localCentre);
            item.xPx = origin.x();
            item.yPx = origin.y();
        },
        error);
}

bool PreviewEditController::reorder(Order order, QString *error)
{
    const SceneSpec *s = scene();
    if (!s || m_selection.size() != 1)
        return failWith(error, tr("Select one source in the preview first"));
    const int from = m_selection.first();
    const int last = int(s->items.size()) - 1;
    const int to = order == Order::Up ? std::min(from + 1, last) : order == Order::Down ? std::max(from - 1, 0) : order == Order::Top ? last : 0;
    if (to == from)
        return true;
    if (!m_scenes.moveItem(sceneName(), from, to, error))
        return false;
    m_selection = {to};
    emit selectionChanged();
    return true;
}

} // namespace shopcast::broadcast
