#include "PreviewWidget.hpp"

#include "broadcast/ProgramView.hpp"

#include <QResizeEvent>

namespace shopcast::app {

PreviewWidget::PreviewWidget(broadcast::ProgramView &program, QWidget *parent, const QString &sourceName)
    : QWidget(parent)
    , m_program(program)
    , m_sourceName(sourceName)
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
    m_surface = m_program.createPreview(quintptr(winId()), pixelSize(), m_sourceName, &error);
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
