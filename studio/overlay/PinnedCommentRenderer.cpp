#include "PinnedCommentRenderer.hpp"

#include "CardFont.hpp"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace shopcast::overlay {

QSize PinnedCommentRenderer::defaultSize(QSize canvasPx)
{
    const int h = std::max(60, std::min(canvasPx.width(), canvasPx.height()) / 6);
    return {std::max(120, std::min(canvasPx.width() - 16, h * 4)), h};
}

QImage PinnedCommentRenderer::render(const QString &userName, const QString &text, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (size.isEmpty())
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal radius = size.height() * 0.18;
    QPainterPath card;
    card.addRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), radius, radius);
    p.fillPath(card, QColor(255, 255, 255, 235));
    // A coloured band on the left: the pin.
    p.save();
    p.setClipPath(card);
    p.fillRect(QRectF(0, 0, size.height() * 0.12, size.height()), QColor(0xff, 0x6d, 0x00));
    p.restore();

    const int margin = int(size.height() * 0.2);
    const int nameSize = int(size.height() * 0.2);
    const int textSize = int(size.height() * 0.22);
    const QRect area(margin + int(size.height() * 0.12), margin / 2, size.width() - 2 * margin - int(size.height() * 0.12), size.height() - margin);
    p.setPen(QColor(0xff, 0x6d, 0x00));
    p.setFont(cardFont(nameSize, true));
    const QFontMetrics nameMetrics(p.font());
    p.drawText(QRect(area.x(), area.y(), area.width(), nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
               nameMetrics.elidedText(QStringLiteral("★ ") + userName, Qt::ElideRight, area.width()));

    // The comment, wrapped at any character (CJK has no spaces), three lines at most.
    const QFont body = cardFont(textSize, false);
    const QFontMetrics fm(body);
    QTextLayout layout(text.simplified(), body);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int y = area.y() + nameMetrics.height();
    const int maxLines = std::max(1, (area.bottom() - y) / fm.lineSpacing());
    QList<QTextLine> lines;
    while (int(lines.size()) < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(area.width());
        lines.append(line);
    }
    const bool more = layout.createLine().isValid();
    layout.endLayout();
    p.setPen(QColor(0x21, 0x21, 0x21));
    p.setFont(body);
    const QString full = text.simplified();
    for (int i = 0; i < lines.size(); ++i) {
        QString piece = full.mid(lines.at(i).textStart(), lines.at(i).textLength());
        if (i == lines.size() - 1 && more)
            piece = fm.elidedText(piece + QStringLiteral("…"), Qt::ElideRight, area.width());
        p.drawText(QPoint(area.x(), y + fm.ascent()), piece);
        y += fm.lineSpacing();
    }
    return image;
}

} // namespace shopcast::overlay
