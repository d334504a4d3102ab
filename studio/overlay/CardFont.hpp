#pragma once

#include <QFont>
#include <QFontMetrics>

#include <algorithm>

namespace shopcast::overlay {

// The font every on-stream card is drawn in: CJK-capable (fonts-noto-cjk),
// antialiased, sized in pixels of the card.
inline QFont cardFont(int pixelSize, bool bold)
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(std::max(6, pixelSize));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

// The card font at pixelSize or smaller, down to 60 %, so that text fits
// width: a translation longer than the English ("剩余 0:58 · 已有 0 人参与")
// shrinks a little instead of being cut at the card's edge. What still does
// not fit is elided by the caller.
inline QFont fittedCardFont(const QString &text, int width, int pixelSize, bool bold)
{
    QFont f = cardFont(pixelSize, bold);
    for (int px = pixelSize; px > pixelSize * 6 / 10 && QFontMetrics(f).horizontalAdvance(text) > width; --px)
        f = cardFont(px - 1, bold);
    return f;
}

} // namespace shopcast::overlay
