#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

namespace shopcast::replay {

struct ShowReview;

// The review's charts as pictures (QPainter, no widgets), for the shared
// HTML report and the command line: per-minute curves and planned against
// actual per slot.
class ReviewCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCharts)
public:
    struct Series
    {
        QString label;
        QList<int> values;
        QColor colour;
    };
    static QImage perMinute(const QString &title, const QList<Series> &series, QSize sizePx);
    static QImage plannedVsActual(const ShowReview &review, QSize sizePx);
    static QImage activity(const ShowReview &review, QSize sizePx); // comments, questions, moderation, entrants
    static QImage sales(const ShowReview &review, QSize sizePx);    // orders and GMV (yuan) per minute
};

} // namespace shopcast::replay
