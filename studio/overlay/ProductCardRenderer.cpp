#include "ProductCardRenderer.hpp"

#include "CardFont.hpp"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace shopcast::overlay {

namespace {

struct Palette
{
    QColor background1, background2, title, text, muted, price, badge, badgeText, chip, chipText, banner1, banner2;
};

Palette paletteFor(const QString &name)
{
    if (name == QLatin1String("bold"))
        return {QColor(0x2a, 0x0b, 0x2e, 235),
                QColor(0x5c, 0x10, 0x3a, 235),
                Qt::white,
                QColor(0xf3, 0xe5, 0xf5),
                QColor(0xc8, 0xa2, 0xc8),
                QColor(0xff, 0xd5, 0x4f),
                QColor(0xff, 0xd5, 0x4f),
                QColor(0x3a, 0x0d, 0x1f),
                QColor(255, 255, 255, 40),
                Qt::white,
                QColor(0xff, 0x17, 0x44),
                QColor(0xff, 0x91, 0x00)};
    return {QColor(255, 255, 255, 242), QColor(0xff, 0xf3, 0xe0, 242), QColor(0x21, 0x21, 0x21), QColor(0x42, 0x42, 0x42),
            QColor(0x9e, 0x9e, 0x9e),   QColor(0xe5, 0x39, 0x35),      QColor(0xe5, 0x39, 0x35), Qt::white,
            QColor(0xff, 0xeb, 0xee),   QColor(0xc6, 0x28, 0x28),      QColor(0xe5, 0x39, 0x35), QColor(0xff, 0x6f, 0x00)};
}

QString yuan(const catalog::Money &m, const QString &currency)
{
    const QString symbol = currency == QLatin1String("CNY") || currency.isEmpty() ? QStringLiteral("¥") : currency + QLatin1Char(' ');
    QString text = m.toString();
    if (text.endsWith(QLatin1String(".00")))
        text.chop(3);
    return symbol + text;
}

QString countdownText(qint64 ms)
{
    const qint64 s = (std::max<qint64>(0, ms) + 999) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// Title over at most two lines, the second elided: long Chinese titles are common.
void drawTitle(QPainter &p, const QRect &rect, const QString &title, const QFont &font)
{
    QTextLayout layout(title, font);
    layout.beginLayout();
    const QFontMetrics fm(font);
    int y = rect.top();
    for (int lineNo = 0; lineNo < 2; ++lineNo) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const QString rest = title.mid(line.textStart());
        const bool last = lineNo == 1 || line.textStart() + line.textLength() >= title.size();
        p.drawText(QPoint(rect.left(), y + fm.ascent()),
                   last ? fm.elidedText(rest, Qt::ElideRight, rect.width()) : title.mid(line.textStart(), line.textLength()));
        y += fm.lineSpacing();
        if (last)
            break;
    }
    layout.endLayout();
}

void drawPlaceholder(QPainter &p, const QRect &r, const Palette &pal)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe0, 0xe0, 0xe0));
    p.drawRoundedRect(r, r.width() * 0.08, r.width() * 0.08);
    p.setPen(QPen(QColor(0xbd, 0xbd, 0xbd), std::max(2, r.width() / 40)));
    p.drawLine(r.topLeft() + QPoint(r.width() / 5, r.height() / 5), r.bottomRight() - QPoint(r.width() / 5, r.height() / 5));
    p.drawLine(r.topRight() + QPoint(-r.width() / 5, r.height() / 5), r.bottomLeft() + QPoint(r.width() / 5, -r.height() / 5));
    p.setPen(pal.muted.darker(140));
    p.setFont(cardFont(r.height() / 8, true));
    p.drawText(r, Qt::AlignCenter, ProductCardRenderer::tr("暂无图片"));
    p.restore();
}

} // namespace

QStringList ProductCardRenderer::templates()
{
    return {QStringLiteral("light"), QStringLiteral("bold")};
}

QString ProductCardRenderer::templateLabel(const QString &id)
{
    if (id == QLatin1String("light"))
        return tr("Light");
    if (id == QLatin1String("bold"))
        return tr("Bold");
    return id;
}

QSize ProductCardRenderer::defaultSize(QSize canvasPx)
{
    const int h = std::max(80, std::min(canvasPx.width(), canvasPx.height()) / 3);
    return {std::min(canvasPx.width() - 16, h * 5 / 2), h};
}

ProductCardRenderer::Layout ProductCardRenderer::layout(const ProductCardState &state, QSize size)
{
    Layout l;
    const int h = size.height();
    const int w = size.width();
    const int m = std::max(4, h / 18);
    const bool flash = state.flashSaleRemainingMs.has_value();
    const int bannerH = flash ? h / 5 : 0;
    l.banner = flash ? QRect(0, 0, w, bannerH) : QRect();
    l.card = QRect(0, bannerH, w, h - bannerH);
    const int inner = l.card.height() - 2 * m;
    l.image = QRect(m, l.card.top() + m, inner, inner);
    const int x = l.image.right() + m + 1;
    const int textW = w - x - m;
    const int titleH = int(inner * 0.36);
    l.title = QRect(x, l.card.top() + m, textW, titleH);
    l.points = QRect(x, l.title.bottom() + 1, textW, int(inner * 0.2));
    const int priceTop = l.points.bottom() + 1;
    l.price = QRect(x, priceTop, int(textW * 0.68), l.card.bottom() - m - priceTop);
    l.badge = QRect(l.price.right() + 1, priceTop + l.price.height() / 8, textW - l.price.width(), l.price.height() * 3 / 8);
    l.stock = QRect(l.badge.left(), l.badge.bottom() + l.price.height() / 8, l.badge.width(), l.price.height() * 3 / 8);
    return l;
}

QImage ProductCardRenderer::render(const ProductCardState &state, const QString &templateName, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const Palette pal = paletteFor(templateName);
    const Layout l = layout(state, size);
    const catalog::Product &product = state.product;
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const qreal radius = size.height() / 12.0;

    // Card body. Under a banner its top corners are square, so banner and
    // body meet edge to edge: neither is drawn over the other (the banner
    // once reached a corner radius into the body and touched the title).
    QLinearGradient body(l.card.topLeft(), l.card.bottomRight());
    body.setColorAt(0, pal.background1);
    body.setColorAt(1, pal.background2);
    p.setPen(Qt::NoPen);
    p.setBrush(body);
    p.save();
    p.setClipRect(l.card);
    p.drawRoundedRect(l.banner.isEmpty() ? l.card : l.card.adjusted(0, -int(radius), 0, 0), radius, radius);
    p.restore();

    // Flash-sale banner across the top, its bottom corners square.
    if (!l.banner.isEmpty()) {
        QLinearGradient g(l.banner.topLeft(), l.banner.topRight());
        g.setColorAt(0, pal.banner1);
        g.setColorAt(1, pal.banner2);
        p.setBrush(g);
        p.save();
        p.setClipRect(l.banner);
        p.drawRoundedRect(l.banner.adjusted(0, 0, 0, int(radius)), radius, radius);
        p.restore();
        p.setPen(Qt::white);
        p.setFont(cardFont(l.banner.height() * 6 / 10, true));
        p.drawText(l.banner.adjusted(int(radius), 0, -int(radius), 0), Qt::AlignVCenter | Qt::AlignLeft, ProductCardRenderer::tr("⚡ 限时秒杀"));
        p.drawText(l.banner.adjusted(int(radius), 0, -int(radius), 0), Qt::AlignVCenter | Qt::AlignRight,
                   ProductCardRenderer::tr("仅剩 %1").arg(countdownText(*state.flashSaleRemainingMs)));
    }

    // Product image, cropped to a square, or the placeholder.
    QImage picture;
    if (!product.imagePath.isEmpty() && QFileInfo::exists(product.imagePath)) {
        QImageReader reader(product.imagePath);
        reader.setAutoTransform(true);
        picture = reader.read();
    }
    if (picture.isNull()) {
        drawPlaceholder(p, l.image, pal);
    } else {
        const QImage square = picture.scaled(l.image.size(), Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        QPainterPath clip;
        clip.addRoundedRect(l.image, radius * 0.8, radius * 0.8);
        p.save();
        p.setClipPath(clip);
        p.drawImage(l.image, square,
                    QRect((square.width() - l.image.width()) / 2, (square.height() - l.image.height()) / 2, l.image.width(), l.image.height()));
        p.restore();
    }

    // Title and selling points.
    p.setPen(pal.title);
    const QFont titleFont = cardFont(l.title.height() / 3, true); // two lines fit
    p.setFont(titleFont);
    drawTitle(p, l.title, product.title, titleFont);
    const QFont chipFont = cardFont(l.points.height() * 11 / 20, false);
    const QFontMetrics chipMetrics(chipFont);
    p.setFont(chipFont);
    int chipX = l.points.left();
    for (const QString &point : product.sellingPoints.mid(0, 3)) {
        const int chipW = chipMetrics.horizontalAdvance(point) + chipMetrics.height();
        if (chipX + chipW > l.points.right())
            break;
        const QRect chip(chipX, l.points.top() + l.points.height() / 8, chipW, l.points.height() * 3 / 4);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.chip);
        p.drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        p.setPen(pal.chipText);
        p.drawText(chip, Qt::AlignCenter, point);
        chipX += chipW + chipMetrics.height() / 2;
    }

    // Live price, with the original struck through when it differs.
    const catalog::Money live = state.flashSalePrice.value_or(product.effectivePrice());
    const bool discounted = live < product.price;
    const QFont priceFont = cardFont(l.price.height() * 11 / 20, true);
    p.setFont(priceFont);
    p.setPen(pal.price);
    const QString liveText = yuan(live, product.currency);
    const QFontMetrics pm(priceFont);
    const int baseline = l.price.top() + (l.price.height() + pm.ascent() - pm.descent()) / 2;
    p.drawText(QPoint(l.price.left(), baseline), liveText);
    if (discounted) {
        const QFont oldFont = cardFont(l.price.height() * 5 / 20, false);
        QFont struck = oldFont;
        struck.setStrikeOut(true);
        p.setFont(struck);
        p.setPen(pal.muted);
        p.drawText(QPoint(l.price.left() + pm.horizontalAdvance(liveText) + pm.height() / 4, baseline), yuan(product.price, product.currency));
    }

    // Badge: what kind of price this is.
    if (discounted || state.flashSaleRemainingMs) {
        p.setPen(Qt::NoPen);
        p.setBrush(pal.badge);
        p.drawRoundedRect(l.badge, l.badge.height() / 4.0, l.badge.height() / 4.0);
        p.setPen(pal.badgeText);
        p.setFont(cardFont(l.badge.height() * 11 / 20, true));
        p.drawText(l.badge, Qt::AlignCenter, state.flashSaleRemainingMs ? ProductCardRenderer::tr("秒杀价") : ProductCardRenderer::tr("直播价"));
    }
    if ((product.stock || state.soldUnits > 0) && !state.soldOut) {
        const bool low = product.stock && *product.stock <= kLowStockThreshold;
        p.setPen(low ? pal.price : pal.text);
        QString stockText;
        if (state.soldUnits > 0) // people buying is what makes the next viewer buy (社交证据)
            stockText = product.stock ? ProductCardRenderer::tr("已售 %1 · 剩 %2").arg(state.soldUnits).arg(*product.stock)
                                      : ProductCardRenderer::tr("已售 %1").arg(state.soldUnits);
        else
            stockText = low ? ProductCardRenderer::tr("仅剩 %1 件").arg(*product.stock) : ProductCardRenderer::tr("库存 %1 件").arg(*product.stock);
        const QFont font = fittedCardFont(stockText, l.stock.width(), l.stock.height() * 11 / 20, low);
        p.setFont(font);
        p.drawText(l.stock, Qt::AlignCenter, QFontMetrics(font).elidedText(stockText, Qt::ElideRight, l.stock.width()));
    }

    // Sold out: grey the card and stamp it.
    if (state.soldOut) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 40, 40, 150));
        p.drawRoundedRect(l.card, radius, radius);
        p.save();
        p.translate(l.card.center());
        p.rotate(-12);
        const QFont stampFont = cardFont(l.card.height() / 3, true);
        const QFontMetrics sm(stampFont);
        const QString stamp = ProductCardRenderer::tr("已售罄");
        const QRect box(-sm.horizontalAdvance(stamp) / 2 - sm.height() / 3, -sm.height() / 2 - 4, sm.horizontalAdvance(stamp) + sm.height() * 2 / 3,
                        sm.height() + 8);
        p.setPen(QPen(QColor(0xff, 0x52, 0x52), std::max(3, l.card.height() / 40)));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(box, 8, 8);
        p.setFont(stampFont);
        p.drawText(box, Qt::AlignCenter, stamp);
        p.restore();
    }
    return image;
}

} // namespace shopcast::overlay
