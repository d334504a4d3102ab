#include "SalesTickerRenderer.hpp"

#include "CardFont.hpp"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace shopcast::overlay {

QSize SalesTickerRenderer::defaultSize(QSize canvasPx)
{
    const int h = std::max(32, std::min(canvasPx.width(), canvasPx.height()) / 16);
    return {std::max(160, std::min(canvasPx.width() - 16, h * 12)), h};
}

QImage SalesTickerRenderer::render(const QString &text, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (size.isEmpty() || text.isEmpty())
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QFont font = cardFont(int(size.height() * 0.46), true);
    const QFontMetrics fm(font);
    const int pad = size.height() / 2;
    const int dot = size.height() / 4;
    // As wide as its text: a short line is a short pill, left-aligned in its box.
    const int width = std::min(size.width(), pad + dot + pad / 2 + fm.horizontalAdvance(text) + pad);
    QPainterPath pill;
    pill.addRoundedRect(QRectF(0.5, 0.5, width - 1, size.height() - 1), size.height() / 2.0, size.height() / 2.0);
    // Dark glass and white text: legible on any camera picture.
    p.fillPath(pill, QColor(0, 0, 0, 170));
    p.setBrush(QColor(0xff, 0x6d, 0x00));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(pad, (size.height() - dot) / 2.0, dot, dot));
    p.setPen(Qt::white);
    p.setFont(font);
    const int x = pad + dot + pad / 2;
    const QRect area(x, 0, std::max(0, width - x - pad), size.height());
    p.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, area.width()));
    return image;
}

} // namespace shopcast::overlay
