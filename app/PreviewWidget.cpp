#include "PreviewWidget.hpp"

#include "broadcast/PreviewEditController.hpp"
#include "broadcast/ProgramView.hpp"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPlatformSurfaceEvent>
#include <QResizeEvent>
#include <QWindow>

namespace shopcast::app {

using broadcast::ItemBox;
using broadcast::PreviewEditController;

PreviewWidget::PreviewWidget(broadcast::ProgramView &program, QWidget *parent, const QString &sourceName, PreviewEditController *editor)
    : QWidget(parent)
    , m_program(program)
    , m_sourceName(sourceName)
    , m_editor(editor)
{
    // Only this widget needs an X window of its own (libobs draws into it);
    // native ancestors would cost every sibling widget's painting.
    setAttribute(Qt::WA_DontCreateNativeAncestors);
    setAttribute(Qt::WA_NativeWindow);
    setAttribute(Qt::WA_PaintOnScreen);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
    setObjectName(QStringLiteral("preview"));
    watchWindow(); // WA_NativeWindow made it
    if (m_editor) {
        setFocusPolicy(Qt::ClickFocus);
        setMouseTracking(true); // the pointer shows what a press would grab
        m_editor->setCanvasSize(QSizeF(m_program.canvas().widthPx, m_program.canvas().heightPx));
        connect(&m_program, &broadcast::ProgramView::canvasChanged, this, [this] { m_editor->setCanvasSize(QSizeF(canvas().widthPx, canvas().heightPx)); });
        connect(m_editor, &PreviewEditController::selectionChanged, this, &PreviewWidget::updateMarks);
        connect(m_editor, &PreviewEditController::editFailed, this, &PreviewWidget::message);
        // A move from the Sources dock, an undo: the marks follow the items.
        connect(m_editor, &PreviewEditController::itemsChanged, this, &PreviewWidget::updateMarks);
    }
}

PreviewWidget::~PreviewWidget()
{
    // libobs's display goes before the X window it draws into.
    m_surface.reset();
    if (QWindow *window = windowHandle())
        window->removeEventFilter(this);
}

void PreviewWidget::watchWindow()
{
    // Installing again moves the filter to the front: never twice.
    if (QWindow *window = windowHandle())
        window->installEventFilter(this);
}

QSize PreviewWidget::pixelSize() const
{
    return size() * devicePixelRatioF();
}

broadcast::PreviewFit PreviewWidget::fit() const
{
    const broadcast::CanvasSpec shown = canvas();
    return broadcast::PreviewFit(pixelSize(), QSizeF(shown.widthPx, shown.heightPx));
}

QPointF PreviewWidget::toCanvas(QPointF widgetPos) const
{
    return fit().toCanvas(widgetPos * devicePixelRatioF());
}

double PreviewWidget::handleRadiusPx() const
{
    // Six screen pixels, however large the canvas is shown.
    return 6 * devicePixelRatioF() * fit().canvasPerPx();
}

void PreviewWidget::showSource(const QString &sourceName)
{
    if (sourceName == m_sourceName)
        return;
    m_sourceName = sourceName;
    if (!m_surface)
        return; // made once the window is exposed
    m_surface.reset();
    update();
}

broadcast::CanvasSpec PreviewWidget::canvas() const
{
    if (m_secondCanvas)
        if (const std::optional<broadcast::CanvasSpec> second = m_program.secondCanvas())
            return *second;
    return m_program.canvas();
}

void PreviewWidget::showSecondCanvas()
{
    m_secondCanvas = true;
    if (m_editor) {
        m_editor->followSecondCanvas();
        m_editor->setCanvasSize(QSizeF(canvas().widthPx, canvas().heightPx));
    }
    m_surface.reset();
    update();
}

bool PreviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == windowHandle()) {
        if (event->type() == QEvent::Expose && windowHandle()->isExposed())
            ensureSurface();
        else if (event->type() == QEvent::PlatformSurface
                 && static_cast<QPlatformSurfaceEvent *>(event)->surfaceEventType() == QPlatformSurfaceEvent::SurfaceAboutToBeDestroyed)
            // Qt is about to destroy the X window (QWidget::destroy(), as
            // when a window's QWindow is destroyed under it; Qt 6.4 keeps it
            // through a reparent): libobs's GL surface on it must go first,
            // or the graphics thread would go on drawing into a window that
            // is gone. The next expose of the new window makes a new one.
            m_surface.reset();
    }
    return QWidget::eventFilter(watched, event);
}

bool PreviewWidget::event(QEvent *event)
{
    if (event->type() == QEvent::WinIdChange) {
        // A new native window comes with a new QWindow: watch that one.
        m_surface.reset();
        watchWindow();
    }
    return QWidget::event(event);
}

void PreviewWidget::paintEvent(QPaintEvent *)
{
    ensureSurface();
}

void PreviewWidget::hideEvent(QHideEvent *event)
{
    // Hidden with its window (to the tray, a dialog closed): libobs stops
    // drawing into it, as OBS Studio does; its next expose makes it again.
    // With a CPU renderer every preview's draw is CPU time.
    m_surface.reset();
    QWidget::hideEvent(event);
}

void PreviewWidget::ensureSurface()
{
    if (m_surface)
        return;
    QString error;
    m_surface = m_secondCanvas ? m_program.createSecondCanvasPreview(quintptr(winId()), pixelSize(), &error)
                               : m_program.createPreview(quintptr(winId()), pixelSize(), m_sourceName, &error);
    if (!m_surface)
        qWarning("preview unavailable: %s", qPrintable(error));
    updateMarks();
}

void PreviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_surface)
        m_surface->resize(pixelSize());
    else if (windowHandle()->isExposed())
        ensureSurface();
}

void PreviewWidget::updateMarks()
{
    if (!m_surface || !m_editor)
        return;
    QList<QPolygonF> outlines;
    QList<QPointF> handles;
    const QList<int> selection = m_editor->selection();
    for (int index : selection)
        outlines.append(m_editor->boxOf(index).outline());
    if (selection.size() == 1)
        for (ItemBox::Handle handle : ItemBox::kHandles)
            handles.append(m_editor->boxOf(selection.first()).handlePoint(handle));
    m_surface->setSelectionMarks(outlines, handles);
}

void PreviewWidget::mousePressEvent(QMouseEvent *event)
{
    if (!m_editor || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_editor->press(toCanvas(event->position()), event->modifiers().testFlag(Qt::ControlModifier), event->modifiers().testFlag(Qt::AltModifier),
                    handleRadiusPx());
    event->accept();
}

void PreviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_editor)
        return QWidget::mouseMoveEvent(event);
    const QPointF canvasPx = toCanvas(event->position());
    if (event->buttons().testFlag(Qt::LeftButton)) {
        m_editor->dragTo(canvasPx, event->modifiers().testFlag(Qt::ShiftModifier));
        return;
    }
    switch (m_editor->handleAt(canvasPx, handleRadiusPx())) {
    case ItemBox::Handle::TopLeft:
    case ItemBox::Handle::BottomRight: setCursor(Qt::SizeFDiagCursor); break;
    case ItemBox::Handle::TopRight:
    case ItemBox::Handle::BottomLeft: setCursor(Qt::SizeBDiagCursor); break;
    case ItemBox::Handle::Left:
    case ItemBox::Handle::Right: setCursor(Qt::SizeHorCursor); break;
    case ItemBox::Handle::Top:
    case ItemBox::Handle::Bottom: setCursor(Qt::SizeVerCursor); break;
    case ItemBox::Handle::None: unsetCursor(); break;
    }
}

void PreviewWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_editor || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_editor->release();
}

void PreviewWidget::keyPressEvent(QKeyEvent *event)
{
    if (!m_editor || m_editor->selection().isEmpty())
        return QWidget::keyPressEvent(event);
    const double step = event->modifiers().testFlag(Qt::ShiftModifier) ? 10 : 1;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left: delta = {-step, 0}; break;
    case Qt::Key_Right: delta = {step, 0}; break;
    case Qt::Key_Up: delta = {0, -step}; break;
    case Qt::Key_Down: delta = {0, step}; break;
    default: return QWidget::keyPressEvent(event);
    }
    QString error;
    report(m_editor->nudge(delta.x(), delta.y(), event->isAutoRepeat(), &error), error);
}

void PreviewWidget::report(bool ok, const QString &error)
{
    if (!ok)
        emit message(error);
}

void PreviewWidget::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_editor)
        return QWidget::contextMenuEvent(event);
    const int hit = m_editor->itemAt(toCanvas(event->pos()));
    if (hit >= 0 && !m_editor->selection().contains(hit))
        m_editor->setSelection({hit});
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("previewMenu"));
    const bool selected = !m_editor->selection().isEmpty();
    const auto add = [&](QMenu *into, const QString &name, const QString &text, auto command) {
        QAction *action = into->addAction(text, this, [this, command] {
            QString error;
            report(command(&error), error);
        });
        action->setObjectName(name);
        action->setEnabled(selected);
        return action;
    };
    add(&menu, QStringLiteral("fitToScreen"), tr("Fit to screen"), [this](QString *e) { return m_editor->fitToScreen(e); });
    add(&menu, QStringLiteral("stretchToScreen"), tr("Stretch to screen"), [this](QString *e) { return m_editor->stretchToScreen(e); });
    add(&menu, QStringLiteral("centre"), tr("Centre on screen"), [this](QString *e) { return m_editor->centre(e); });
    add(&menu, QStringLiteral("resetTransform"), tr("Reset transform"), [this](QString *e) { return m_editor->resetTransform(e); });
    menu.addSeparator();
    add(&menu, QStringLiteral("flipHorizontal"), tr("Flip horizontally"), [this](QString *e) { return m_editor->flip(true, e); });
    add(&menu, QStringLiteral("flipVertical"), tr("Flip vertically"), [this](QString *e) { return m_editor->flip(false, e); });
    add(&menu, QStringLiteral("rotateClockwise"), tr("Rotate 90° clockwise"), [this](QString *e) { return m_editor->rotate(90, e); });
    add(&menu, QStringLiteral("rotateAnticlockwise"), tr("Rotate 90° anticlockwise"), [this](QString *e) { return m_editor->rotate(-90, e); });
    QMenu *order = menu.addMenu(tr("Order"));
    order->setEnabled(m_editor->selection().size() == 1);
    using Order = PreviewEditController::Order;
    add(order, QStringLiteral("orderUp"), tr("Move up"), [this](QString *e) { return m_editor->reorder(Order::Up, e); });
    add(order, QStringLiteral("orderDown"), tr("Move down"), [this](QString *e) { return m_editor->reorder(Order::Down, e); });
    add(order, QStringLiteral("orderTop"), tr("Move to top"), [this](QString *e) { return m_editor->reorder(Order::Top, e); });
    add(order, QStringLiteral("orderBottom"), tr("Move to bottom"), [this](QString *e) { return m_editor->reorder(Order::Bottom, e); });
    menu.addSeparator();
    QAction *snap = menu.addAction(tr("Snap to edges and other sources"));
    snap->setObjectName(QStringLiteral("snapping"));
    snap->setCheckable(true);
    snap->setChecked(m_editor->snapping().enabled);
    connect(snap, &QAction::toggled, this, [this](bool on) {
        PreviewEditController::Snapping snapping = m_editor->snapping();
        snapping.enabled = on;
        m_editor->setSnapping(snapping);
    });
    QMenu *distance = menu.addMenu(tr("Snap distance"));
    auto *distances = new QActionGroup(distance);
    for (int px : {5, 10, 20, 40}) {
        QAction *choice = distance->addAction(tr("%1 px").arg(px));
        choice->setCheckable(true);
        choice->setChecked(qFuzzyCompare(m_editor->snapping().distancePx, double(px)));
        distances->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, px] {
            PreviewEditController::Snapping snapping = m_editor->snapping();
            snapping.distancePx = px;
            m_editor->setSnapping(snapping);
        });
    }
    menu.exec(event->globalPos());
}

} // namespace shopcast::app
