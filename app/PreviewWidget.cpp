#include "PreviewWidget.hpp"

#include "broadcast/BroadcastEngine.hpp"

#include <QResizeEvent>

namespace shopcast::app {

PreviewWidget::PreviewWidget(broadcast::BroadcastEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setAttribute(Qt::WA_NativeWindow);
    setAttribute(Qt::WA_PaintOnScreen);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 180);
    setObjectName(QStringLiteral("preview"));
}

PreviewWidget::~PreviewWidget() = default;

QSize PreviewWidget::pixelSize() const
{
    return size() * devicePixelRatioF();
}

void PreviewWidget::paintEvent(QPaintEvent *)
{
    if (m_surface)
        return;
    QString error;
    m_surface = m_engine.createPreview(quintptr(winId()), pixelSize(), &error);
    if (!m_surface)
        qWarning("preview unavailable: %s", qPrintable(error));
}

void PreviewWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_surface)
        m_surface->resize(pixelSize());
}

} // namespace shopcast::app
