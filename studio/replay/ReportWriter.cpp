#include "ReportWriter.hpp"

#include "AudienceRanking.hpp"
#include "ReviewCharts.hpp"
#include "ShowReview.hpp"

#include "chat/Platforms.hpp"
#include "rundown/SlotKind.hpp"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

#include <optional>

namespace shopcast::replay {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString mmss(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QString ReportWriter::html(const ShowReview &r, const QList<AudienceMember> &audience)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%1</title>"
                        "<style>body{font-family:'Noto Sans CJK SC',sans-serif;max-width:980px;margin:24px auto;color:#212121}"
                        "table{border-collapse:collapse;width:100%;margin:8px 0 20px}td,th{border:1px solid #e0e0e0;padding:4px 8px;text-align:left}"
                        "th{background:#f5f5f5}.over{color:#c62828}.figs span{display:inline-block;margin-right:24px;font-size:18px}</style></head><body>\n")
             .arg(esc(r.summary.title));
    h += QStringLiteral("<h1>%1</h1>\n<p>%2 · %3 %4</p>\n")
             .arg(esc(r.summary.title), esc(r.summary.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), tr("length"), mmss(r.summary.lengthMs));
    h += QStringLiteral("<p class=\"figs\"><span>%1: <b>%2</b></span><span>%3: <b>%4</b></span><span>%5: <b>%6</b></span><span>%7: <b>%8</b></span></p>\n")
             .arg(tr("Comments"))
             .arg(r.comments)
             .arg(tr("Questions"))
             .arg(r.questions)
             .arg(tr("Moderation actions"))
             .arg(r.moderationActions)
             .arg(tr("Lottery entrants"))
             .arg(r.lotteryEntrants);
    h += QStringLiteral("<img src=\"activity.png\" alt=\"%1\" width=\"960\">\n<img src=\"timing.png\" alt=\"%2\" width=\"960\">\n")
             .arg(tr("Comments, questions, moderation and lottery entrants per minute"), tr("Planned against actual per slot"));
    h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>SKU</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>\n")
             .arg(tr("Products"), tr("Title"), tr("On air"), tr("Comments"), tr("Questions"), tr("Flash sales"), tr("Top questions"));
    for (const ProductStats &p : r.products) {
        QStringList asked;
        for (const auto &q : p.topQuestions)
            asked.append(QStringLiteral("%1 (%2)").arg(esc(q.first)).arg(q.second));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                 .arg(esc(p.sku), esc(p.title), mmss(p.onAirMs))
                 .arg(p.comments)
                 .arg(p.questions)
                 .arg(p.flashSales)
                 .arg(asked.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>\n<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>SKU</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(tr("Planned against actual"), tr("Slot"), tr("Planned"), tr("Actual"), tr("Difference"));
    for (const SlotTiming &s : r.slotTimings) {
        const qint64 diff = s.actualMs - s.plannedMs;
        // Signed only when it shows: "−0:00" for half a second early read as a mistake.
        const QString sign = std::abs(diff) < 1000 ? QString() : diff > 0 ? QStringLiteral("+") : QStringLiteral("−");
        const std::optional<rundown::SlotKind> kind = rundown::SlotKinds::fromId(s.kind);
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td class=\"%6\">%7%8%9</td></tr>\n")
                 .arg(s.index + 1)
                 .arg(esc(kind ? rundown::SlotKinds::label(*kind) : s.kind), esc(s.sku), mmss(s.plannedMs), mmss(s.actualMs),
                      diff >= 1000 ? QStringLiteral("over") : QString(), sign, mmss(std::abs(diff)), s.finished ? QString() : tr(" (stopped)"));
    }
    h += QStringLiteral("</table>\n<h2>%1</h2>\n<table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>\n")
             .arg(tr("Most engaged viewers (KOC candidates)"), tr("Viewer"), tr("Score"), tr("Comments"), tr("Questions"), tr("Lottery entries"),
                  tr("Days active"));
    for (int i = 0; i < audience.size() && i < 20; ++i) {
        const AudienceMember &m = audience.at(i);
        h += QStringLiteral("<tr><td>%1</td><td>%2 <small>(%3)</small></td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>\n")
                 .arg(i + 1)
                 .arg(esc(m.userName), esc(chat::Platforms::label(m.platform)))
                 .arg(m.score, 0, 'f', 0)
                 .arg(m.comments)
                 .arg(m.questions)
                 .arg(m.lotteryEntries)
                 .arg(m.daysActive);
    }
    h += QStringLiteral("</table>\n<p><small>%1</small></p></body></html>\n")
             .arg(tr("Made by ShopCast Studio from the show's local recording, timeline and chat log."));
    return h;
}

bool ReportWriter::write(const ShowReview &review, const QList<AudienceMember> &audience, const QString &dirPath, QString *error)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("cannot create %1").arg(dirPath);
        return false;
    }
    const QImage activity = ReviewCharts::activity(review, {960, 320});
    const QImage timing = ReviewCharts::plannedVsActual(review, {960, 260});
    auto save = [&](const QString &name, const QByteArray &data) {
        QSaveFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            *error = tr("cannot write %1: %2").arg(dir.filePath(name), file.errorString());
            return false;
        }
        return true;
    };
    auto png = [](const QImage &image) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    };
    return save(QStringLiteral("activity.png"), png(activity)) && save(QStringLiteral("timing.png"), png(timing))
           && save(QStringLiteral("report.html"), html(review, audience).toUtf8());
}

} // namespace shopcast::replay
