#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace shopcast::overlay {

// The social-proof line on stream (“张** 刚刚下单 保温杯 ×2”): a slim pill
// in the product card's palette, one line, elided to fit. Premultiplied ARGB.
class SalesTickerRenderer
{
public:
    static QSize defaultSize(QSize canvasPx);
    static QImage render(const QString &text, QSize sizePx);
};

} // namespace shopcast::overlay
