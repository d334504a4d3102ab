#include "InteractionOverlayRenderer.hpp"

#include <QCoreApplication>
#include "CardFont.hpp"

#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace shopcast::overlay {

namespace {

// A card with a coloured header band; returns the painter-ready image and the body rect.
QImage card(QSize size, const QColor &band, const QString &title, QRect *body)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal radius = std::min(size.width(), size.height()) * 0.06;
    QPainterPath path;
    path.addRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), radius, radius);
    // Opaque: a card over the product picture must not let its price show through.
    p.fillPath(path, Qt::white);
    const int header = size.height() / 5;
    p.setClipPath(path);
    p.fillRect(QRect(0, 0, size.width(), header), band);
    p.setClipping(false);
    p.setPen(Qt::white);
    p.setFont(cardFont(header * 6 / 10, true));
    p.drawText(QRect(header / 3, 0, size.width() - header * 2 / 3, header), Qt::AlignVCenter | Qt::AlignLeft,
               QFontMetrics(p.font()).elidedText(title, Qt::ElideRight, size.width() - header * 2 / 3));
    *body = QRect(header / 3, header + header / 4, size.width() - header * 2 / 3, size.height() - header - header / 2);
    return image;
}

} // namespace

QSize InteractionOverlayRenderer::defaultSize(QSize canvasPx)
{
    const int h = std::max(120, std::min(canvasPx.width(), canvasPx.height()) * 2 / 5);
    return {std::max(160, std::min(canvasPx.width() - 16, h * 3 / 2)), h};
}

QImage InteractionOverlayRenderer::lotteryEntry(const QString &prize, const QString &keyword, qint64 remainingMs, int entrants, const QString &commitment,
                                                QSize size, const QImage &prizePicture)
{
    QRect body;
    QImage image = card(size, QColor(0xe5, 0x39, 0x35), InteractionOverlayRenderer::tr("Lottery 抽奖: %1").arg(prize), &body);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (!prizePicture.isNull()) {
        // The prize at the right, as tall as the text block above the commitment line.
        const int side = std::min(body.height() * 3 / 4, body.width() / 3);
        const QRect box(body.right() - side, body.top(), side, side);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        const QImage scaled = prizePicture.scaled(box.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPoint(box.x() + (side - scaled.width()) / 2, box.y() + (side - scaled.height()) / 2), scaled);
        body.setWidth(body.width() - side - body.height() / 12);
    }
    const int line = body.height() / 4;
    p.setPen(QColor(0x21, 0x21, 0x21));
    const QString prompt = InteractionOverlayRenderer::tr("Type to enter 发送口令:");
    p.setFont(fittedCardFont(prompt, body.width(), line * 6 / 10, false));
    p.drawText(QRect(body.x(), body.y(), body.width(), line), Qt::AlignVCenter, QFontMetrics(p.font()).elidedText(prompt, Qt::ElideRight, body.width()));
    p.setPen(QColor(0xe5, 0x39, 0x35));
    p.setFont(cardFont(line * 9 / 10, true));
    p.drawText(QRect(body.x(), body.y() + line, body.width(), line), Qt::AlignVCenter,
               QFontMetrics(p.font()).elidedText(keyword, Qt::ElideRight, body.width()));
    const qint64 seconds = (remainingMs + 999) / 1000;
    p.setPen(QColor(0x21, 0x21, 0x21));
    const QString state
        = InteractionOverlayRenderer::tr("%1:%2 left · %n entered", nullptr, entrants).arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    p.setFont(fittedCardFont(state, body.width(), line * 7 / 10, true));
    p.drawText(QRect(body.x(), body.y() + 2 * line, body.width(), line), Qt::AlignVCenter,
               QFontMetrics(p.font()).elidedText(state, Qt::ElideRight, body.width()));
    p.setPen(QColor(0x75, 0x75, 0x75));
    p.setFont(cardFont(line * 4 / 10, false));
    p.drawText(QRect(body.x(), body.y() + 3 * line, body.width(), line), Qt::AlignVCenter,
               QFontMetrics(p.font()).elidedText(InteractionOverlayRenderer::tr("Draw commitment SHA-256: %1").arg(commitment), Qt::ElideMiddle, body.width()));
    return image;
}

QImage InteractionOverlayRenderer::lotteryWinners(const QString &prize, const QStringList &names, QSize size)
{
    QRect body;
    QImage image = card(size, QColor(0xff, 0x8f, 0x00), InteractionOverlayRenderer::tr("Winners 中奖: %1").arg(prize), &body);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int rows = std::max<int>(3, std::min<int>(int(names.size()), 6));
    const int line = body.height() / rows;
    p.setPen(QColor(0x21, 0x21, 0x21));
    p.setFont(cardFont(line * 7 / 10, true));
    if (names.isEmpty())
        p.drawText(body, Qt::AlignCenter, InteractionOverlayRenderer::tr("No one entered"));
    for (int i = 0; i < std::min<int>(int(names.size()), rows); ++i) {
        const QString text = (i == rows - 1 && names.size() > rows) ? InteractionOverlayRenderer::tr("… and %1 more").arg(names.size() - rows + 1)
                                                                    : QStringLiteral("%1. %2").arg(i + 1).arg(names.at(i));
        p.drawText(QRect(body.x(), body.y() + i * line, body.width(), line), Qt::AlignVCenter,
                   QFontMetrics(p.font()).elidedText(text, Qt::ElideRight, body.width()));
    }
    return image;
}

QImage InteractionOverlayRenderer::poll(const QString &question, const QStringList &labels, const QList<int> &counts, bool closed, QSize size)
{
    QRect body;
    QImage image = card(size, QColor(0x1e, 0x88, 0xe5),
                        (closed ? InteractionOverlayRenderer::tr("Result 结果: %1") : InteractionOverlayRenderer::tr("Poll 投票: %1")).arg(question), &body);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    int total = 0;
    int best = 0;
    for (int c : counts) {
        total += c;
        best = std::max(best, c);
    }
    const int rows = std::max<int>(2, int(labels.size()));
    const int line = body.height() / rows;
    const int labelWidth = body.width() * 3 / 10;
    p.setFont(cardFont(line * 5 / 10, true));
    for (int i = 0; i < labels.size(); ++i) {
        const QRect row(body.x(), body.y() + i * line, body.width(), line * 8 / 10);
        p.setPen(QColor(0x21, 0x21, 0x21));
        p.drawText(QRect(row.x(), row.y(), labelWidth, row.height()), Qt::AlignVCenter,
                   QFontMetrics(p.font()).elidedText(labels.at(i), Qt::ElideRight, labelWidth));
        const int barWidth = row.width() - labelWidth - line * 2;
        const double share = total > 0 ? double(counts.value(i)) / total : 0;
        const QRect bar(row.x() + labelWidth, row.y() + row.height() / 6, std::max(2, int(barWidth * share)), row.height() * 2 / 3);
        p.fillRect(QRect(bar.x(), bar.y(), barWidth, bar.height()), QColor(0xe3, 0xf2, 0xfd));
        p.fillRect(bar, closed && counts.value(i) == best && best > 0 ? QColor(0xff, 0x8f, 0x00) : QColor(0x1e, 0x88, 0xe5));
        p.drawText(QRect(row.x() + labelWidth + barWidth + 4, row.y(), line * 2, row.height()), Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(qRound(share * 100)));
    }
    return image;
}

QImage InteractionOverlayRenderer::slotCountdown(const QString &label, qint64 remainingMs, QSize size)
{
    QRect body;
    QImage image = card(size, QColor(0x43, 0xa0, 0x47), label, &body);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qint64 seconds = (std::max<qint64>(0, remainingMs) + 999) / 1000;
    p.setPen(QColor(0x21, 0x21, 0x21));
    p.setFont(cardFont(body.height() * 6 / 10, true));
    p.drawText(body, Qt::AlignCenter, QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    return image;
}

} // namespace shopcast::overlay
