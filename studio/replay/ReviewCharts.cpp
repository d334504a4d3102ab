#include "ReviewCharts.hpp"

#include <limits>

#include "ShowReview.hpp"

#include "rundown/SlotKind.hpp"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <optional>

namespace shopcast::replay {

namespace {
constexpr int kMargin = 40;

void frame(QPainter &p, QSize size, const QString &title)
{
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    p.setPen(QColor(0x21, 0x21, 0x21));
    QFont f = p.font();
    f.setPixelSize(14);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRect(kMargin, 4, size.width() - 2 * kMargin, kMargin - 8), Qt::AlignLeft | Qt::AlignVCenter, title);
    f.setBold(false);
    f.setPixelSize(11);
    p.setFont(f);
}
} // namespace

QImage ReviewCharts::perMinute(const QString &title, const QList<Series> &series, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    frame(p, size, title);
    const QRect plot(kMargin, kMargin, size.width() - 2 * kMargin, size.height() - 2 * kMargin);
    int longest = 1;
    int highest = 1;
    for (const Series &s : series) {
        longest = std::max<int>(longest, int(s.values.size()));
        for (int v : s.values)
            highest = std::max(highest, v);
    }
    p.setPen(QColor(0xbd, 0xbd, 0xbd));
    p.drawRect(plot);
    p.setPen(QColor(0x61, 0x61, 0x61));
    p.drawText(QRect(0, plot.top() - 6, kMargin - 4, 12), Qt::AlignRight | Qt::AlignVCenter, QString::number(highest));
    p.drawText(QRect(0, plot.bottom() - 6, kMargin - 4, 12), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    p.drawText(QRect(plot.left(), plot.bottom() + 2, plot.width(), 14), Qt::AlignRight, tr("%1 min").arg(longest - 1));
    int legendX = plot.left();
    // A show of a minute or two has one or two points: a line through them
    // is nothing or a dash, so those are drawn as bars, one group per minute.
    const bool bars = longest < 3;
    const double group = double(plot.width()) / longest;
    const double bar = group * 0.8 / std::max<qsizetype>(1, series.size());
    for (int k = 0; k < series.size(); ++k) {
        const Series &s = series.at(k);
        QPainterPath path;
        for (int i = 0; i < s.values.size(); ++i) {
            const double height = plot.height() * double(s.values.at(i)) / highest;
            if (bars) {
                p.fillRect(QRectF(plot.left() + group * i + group * 0.1 + bar * k, plot.bottom() - height, bar, height), s.colour);
                continue;
            }
            const QPointF at(plot.left() + plot.width() * double(i) / (longest - 1), plot.bottom() - height);
            i == 0 ? path.moveTo(at) : path.lineTo(at);
        }
        p.setPen(QPen(s.colour, 1.5));
        if (!bars)
            p.drawPath(path);
        p.fillRect(QRect(legendX, size.height() - 16, 10, 10), s.colour);
        p.setPen(QColor(0x21, 0x21, 0x21));
        p.drawText(QRect(legendX + 14, size.height() - 20, 160, 16), Qt::AlignLeft | Qt::AlignVCenter, s.label);
        legendX += 170;
    }
    return image;
}

QImage ReviewCharts::activity(const ShowReview &r, QSize size)
{
    return perMinute(tr("The room, per minute"),
                     {{tr("Comments"), r.commentsPerMinute, QColor(0x1e, 0x88, 0xe5)},
                      {tr("Questions"), r.questionsPerMinute, QColor(0xff, 0x8f, 0x00)},
                      {tr("Moderation actions"), r.moderationPerMinute, QColor(0xe5, 0x39, 0x35)},
                      {tr("Lottery entrants"), r.entrantsPerMinute, QColor(0x43, 0xa0, 0x47)}},
                     size);
}

QImage ReviewCharts::sales(const ShowReview &r, QSize size)
{
    QList<int> yuan;
    yuan.reserve(r.gmvCentsPerMinute.size());
    for (const qint64 cents : r.gmvCentsPerMinute)
        yuan.append(int(std::min<qint64>(cents / 100, std::numeric_limits<int>::max())));
    return perMinute(tr("Sales, per minute"), {{tr("Orders"), r.ordersPerMinute, QColor(0x8e, 0x24, 0xaa)}, {tr("GMV (yuan)"), yuan, QColor(0xf4, 0x51, 0x1e)}},
                     size);
}

QImage ReviewCharts::plannedVsActual(const ShowReview &r, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    frame(p, size, tr("Planned (grey) against actual (blue: on time, red: over) per slot"));
    const QRect plot(kMargin, kMargin, size.width() - 2 * kMargin, size.height() - 2 * kMargin);
    qint64 longest = 1;
    for (const SlotTiming &s : r.slotTimings)
        longest = std::max({longest, s.plannedMs, s.actualMs});
    const int n = std::max<int>(1, int(r.slotTimings.size()));
    const double width = double(plot.width()) / n;
    QFont small = p.font();
    small.setPixelSize(11);
    p.setFont(small);
    for (int i = 0; i < r.slotTimings.size(); ++i) {
        const SlotTiming &s = r.slotTimings.at(i);
        const double x = plot.left() + i * width;
        // Which slot it is, under its bars: the number, the kind, the SKU.
        const std::optional<rundown::SlotKind> kind = rundown::SlotKinds::fromId(s.kind);
        const QString label = QStringLiteral("%1 %2 %3").arg(i + 1).arg(kind ? rundown::SlotKinds::label(*kind) : s.kind, s.sku).trimmed();
        p.setPen(QColor(0x42, 0x42, 0x42));
        p.drawText(QRectF(x, plot.bottom() + 2, width, 14), Qt::AlignHCenter | Qt::AlignTop, p.fontMetrics().elidedText(label, Qt::ElideRight, int(width) - 2));
        const int planned = int(plot.height() * double(s.plannedMs) / longest);
        const int actual = int(plot.height() * double(s.actualMs) / longest);
        p.fillRect(QRectF(x + width * 0.1, plot.bottom() - planned, width * 0.4, planned), QColor(0xbd, 0xbd, 0xbd));
        p.fillRect(QRectF(x + width * 0.5, plot.bottom() - actual, width * 0.4, actual),
                   s.actualMs > s.plannedMs ? QColor(0xe5, 0x39, 0x35) : QColor(0x1e, 0x88, 0xe5));
    }
    p.setPen(QColor(0x61, 0x61, 0x61));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawText(QRect(0, plot.top() - 6, kMargin - 4, 12), Qt::AlignRight | Qt::AlignVCenter, tr("%1 s").arg(longest / 1000));
    return image;
}

} // namespace shopcast::replay
