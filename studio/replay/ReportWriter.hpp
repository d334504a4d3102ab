#pragma once

#include <QCoreApplication>
#include <QString>

namespace shopcast::replay {

struct ShowReview;
struct AudienceMember;

// The one-page HTML report of a show to share: the figures, planned against
// actual, the per-product table with its sales, the pitches' sales, the top
// viewers and the charts as PNG files beside it (report.html, activity.png,
// timing.png, sales.png, and products.csv for a spreadsheet, in the folder given).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static QString html(const ShowReview &review, const QList<AudienceMember> &audience);
    // The per-product table as CSV (UTF-8 with BOM, so Excel reads the Chinese).
    static QByteArray productsCsv(const ShowReview &review);
    static bool write(const ShowReview &review, const QList<AudienceMember> &audience, const QString &dir, QString *error);
};

} // namespace shopcast::replay
