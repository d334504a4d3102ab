#pragma once

#include <QFont>

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

} // namespace shopcast::overlay
