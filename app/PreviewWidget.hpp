#pragma once

#include "broadcast/PreviewSurface.hpp"

#include <QWidget>

#include <memory>

namespace shopcast::broadcast {
class ProgramView;
}

namespace shopcast::app {

// A native child window that libobs draws the program output into (or, with
// a source name, that source with its filters). Qt must not paint it, or the
// two would fight over the same pixels.
class PreviewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewWidget(broadcast::ProgramView &program, QWidget *parent = nullptr, const QString &sourceName = {});
    ~PreviewWidget() override;

    QPaintEngine *paintEngine() const override { return nullptr; }
    bool hasSurface() const { return m_surface != nullptr; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Created on the first paint, i.e. after the X server has exposed the
    // window at its real size: libobs sizes its GL child window from it.
    void paintEvent(QPaintEvent *) override;

private:
    QSize pixelSize() const;

    broadcast::ProgramView &m_program;
    QString m_sourceName;
    std::unique_ptr<broadcast::PreviewSurface> m_surface;
};

} // namespace shopcast::app
