#pragma once

#include "broadcast/CanvasSpec.hpp"
#include "broadcast/PreviewFit.hpp"
#include "broadcast/PreviewSurface.hpp"

#include <QWidget>

#include <memory>

namespace shopcast::broadcast {
class PreviewEditController;
class ProgramView;
} // namespace shopcast::broadcast

namespace shopcast::app {

// A native child window that libobs draws the program output into (or, with
// a source name, that source with its filters). Qt must not paint it, or the
// two would fight over the same pixels.
//
// Given an edit controller, the program preview is also where sources are
// placed: the mouse, the arrow keys and a context menu act on the scene on
// air through it, and libobs draws the selection over the picture.
class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewWidget(broadcast::ProgramView &program, QWidget *parent = nullptr, const QString &sourceName = {},
                           broadcast::PreviewEditController *editor = nullptr);
    ~PreviewWidget() override;

    QPaintEngine *paintEngine() const override { return nullptr; }
    bool hasSurface() const { return m_surface != nullptr; }
    // Shows another source (a scene, in studio mode's preview); empty: the program.
    void showSource(const QString &sourceName);
    const QString &sourceName() const { return m_sourceName; }
    // Shows the second canvas instead; the editor places the items of its scene.
    void showSecondCanvas();
    // The canvas shown.
    broadcast::CanvasSpec canvas() const;
    // Where the canvas is in this widget, in device pixels.
    broadcast::PreviewFit fit() const;
    // The canvas pixel under a point of the widget (logical coordinates).
    QPointF toCanvas(QPointF widgetPos) const;

signals:
    // A refused edit, for the status bar.
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *) override;
    void hideEvent(QHideEvent *event) override;
    // The native window's Expose: the surface is made from it too, as Qt may
    // not turn every expose of a native child into a paint (seen once in CI:
    // a dialog's preview never painted in 10 s).
    // Also: libobs's surface goes before Qt destroys the native window.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A new native window (WinIdChange): the filter follows it.
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // Made once the X server has exposed the window (a paint, an expose, a
    // resize after them): libobs sizes its GL child window from it.
    void ensureSurface();
    void watchWindow();
    QSize pixelSize() const;
    bool m_secondCanvas = false;
    double handleRadiusPx() const;
    void updateMarks();
    void report(bool ok, const QString &error);

    broadcast::ProgramView &m_program;
    QString m_sourceName;
    broadcast::PreviewEditController *m_editor = nullptr;
    std::unique_ptr<broadcast::PreviewSurface> m_surface;
};

} // namespace shopcast::app
