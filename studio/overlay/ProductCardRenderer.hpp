#pragma once

#include <QCoreApplication>

#include "ProductCardState.hpp"

#include <QImage>
#include <QRect>
#include <QStringList>

namespace shopcast::overlay {

// Draws the on-stream product card with QPainter into a transparent image:
// product image (or a placeholder), title, selling points, live price with the
// original price struck through, promo badge, stock left, a flash-sale banner
// with its countdown and a sold-out stamp. Text is laid out by Qt, so Chinese
// wraps and elides correctly. Two templates: "light" and "bold".
class ProductCardRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ProductCardRenderer)
public:
    struct Layout
    {
        QRect card;
        QRect image;
        QRect title;
        QRect points;
        QRect price;
        QRect badge;
        QRect stock;
        QRect banner; // empty unless a flash sale runs
    };

    static QStringList templates();
    // What a host reads for a template id ("light" → 浅色).
    static QString templateLabel(const QString &id);
    static bool isTemplate(const QString &name) { return templates().contains(name); }
    // The card's natural size on a canvas: a third of the short side high.
    static QSize defaultSize(QSize canvasPx);
    static Layout layout(const ProductCardState &state, QSize sizePx);
    static QImage render(const ProductCardState &state, const QString &templateName, QSize sizePx);

    static constexpr int kLowStockThreshold = 50;
};

} // namespace shopcast::overlay
