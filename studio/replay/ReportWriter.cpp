#include "ReportWriter.hpp"

#include "AudienceRanking.hpp"
#include "ReviewCharts.hpp"
#include "ShowReview.hpp"

#include "catalog/Money.hpp"
#include "chat/Platforms.hpp"
#include "rundown/SlotKind.hpp"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>

#include <functional>
#include <optional>

namespace shopcast::replay {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString money(qint64 cents)
{
    return catalog::Money::fromCents(cents).toString();
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
    if (r.gmvCents > 0 || r.refunds > 0)
        h += QStringLiteral("<p class=\"figs\"><span>%1: <b>¥%2</b></span><span>%3: <b>%4</b></span><span>%5: <b>%6</b></span><span>%7: "
                            "<b>%8</b></span></p>\n")
                 .arg(tr("GMV"), money(r.gmvCents), tr("Orders"))
                 .arg(r.orders)
                 .arg(tr("Units"))
                 .arg(r.units)
                 .arg(tr("Refunds"))
                 .arg(r.refunds);
    if (r.audienceKnown)
        h += QStringLiteral("<p class=\"figs\"><span>%1: <b>%2</b></span><span>%3: <b>%4</b></span><span>%5: <b>%6</b></span><span>GPM: "
                            "<b>¥%7</b></span><span>%8: <b>¥%9</b></span></p>\n")
                 .arg(tr("Views"))
                 .arg(r.views)
                 .arg(tr("Viewers"))
                 .arg(r.viewers)
                 .arg(tr("Peak online"))
                 .arg(r.peakOnline)
                 .arg(money(r.gpmCents()), tr("UV value"), money(r.uvValueCents()));
    h += QStringLiteral("<img src=\"activity.png\" alt=\"%1\" width=\"960\">\n<img src=\"timing.png\" alt=\"%2\" width=\"960\">\n")
             .arg(tr("Comments, questions, moderation and lottery entrants per minute"), tr("Planned against actual per slot"));
    if (r.gmvCents > 0 || r.refunds > 0)
        h += QStringLiteral("<img src=\"sales.png\" alt=\"%1\" width=\"960\">\n").arg(tr("Orders and GMV per minute"));
    h += QStringLiteral("<h2>%1</h2>\n<table><tr><th>SKU</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th>")
             .arg(tr("Products"), tr("Title"), tr("On air"), tr("Comments"), tr("Questions"), tr("Flash sales"), tr("GMV"), tr("Orders"), tr("Units"));
    h += QStringLiteral("<th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(tr("Refunds"), tr("Average order"), tr("From its pitches"), tr("Top questions"));
    for (const ProductStats &p : r.products) {
        QStringList asked;
        for (const auto &q : p.topQuestions)
            asked.append(QStringLiteral("%1 (%2)").arg(esc(q.first)).arg(q.second));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>")
                 .arg(esc(p.sku), esc(p.title), mmss(p.onAirMs))
                 .arg(p.comments)
                 .arg(p.questions)
                 .arg(p.flashSales);
        h += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                 .arg(money(p.gmvCents))
                 .arg(p.orders)
                 .arg(p.units)
                 .arg(p.refunds)
                 .arg(money(p.averageOrderCents()), money(p.attributedCents), asked.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("</table>\n<p><small>%1</small></p>\n")
             .arg(tr("GMV counts paid lines only (refunded and cancelled are not sales). From its pitches: lines paid during a pitch of the product or up "
                     "to %1 min after it ends, counted for the latest such pitch.")
                      .arg(r.attributionMs / 60'000));
    if (!r.pitchSales.isEmpty() && r.gmvCents > 0) {
        h += QStringLiteral("<h2>%1</h2>\n").arg(tr("Pitches"));
        if (r.audienceKnown)
            h += QStringLiteral("<p><small>%1</small></p>\n")
                     .arg(tr("GPM is GMV per thousand views (观看人次) and UV value GMV per viewer (观看人数), by the counts the platforms reported; a "
                             "platform that gives one of the two (Bilibili gives 看过, people) stands for the other with it. A pitch's views are those that "
                             "came in while it ran (the growth of the running count from its start to its end); its GPM is its GMV above per thousand of "
                             "them."));
        h += QStringLiteral("<table><tr><th>%1</th><th>SKU</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th>")
                 .arg(tr("Start"), tr("On air"), tr("GMV"), tr("Units"), tr("GMV per minute on air"));
        if (r.audienceKnown)
            h += QStringLiteral("<th>%1</th><th>%2</th><th>GPM</th>").arg(tr("Views in the pitch"), tr("Mean online"));
        h += QStringLiteral("</tr>\n");
        const auto orDash
            = [](const std::optional<qint64> &value, const std::function<QString(qint64)> &show) { return value ? show(*value) : QStringLiteral("—"); };
        const auto number = [](qint64 n) { return QString::number(n); };
        for (const PitchSales &ps : r.pitchSales) {
            const Chapter &c = r.chapters.at(ps.chapter);
            h += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td>")
                     .arg(mmss(c.startMs), esc(c.sku), esc(c.title), mmss(c.durationMs()), money(ps.attributedCents))
                     .arg(ps.units)
                     .arg(money(ps.centsPerMinute(c.durationMs())));
            if (r.audienceKnown)
                h += QStringLiteral("<td>%1</td><td>%2</td><td>%3</td>")
                         .arg(orDash(ps.views, number), orDash(ps.averageOnline, number), orDash(ps.gpmCents(), money));
            h += QStringLiteral("</tr>\n");
        }
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

QByteArray ReportWriter::productsCsv(const ShowReview &r)
{
    const auto cell = [](QString text) {
        // Quoted when it must be, and never a formula when a spreadsheet opens it.
        if (text.startsWith(QLatin1Char('=')) || text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('@')))
            text.prepend(QLatin1Char('\''));
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return text;
    };
    QStringList lines{QStringList{QStringLiteral("SKU"), tr("Title"), tr("Pitches"), tr("On air"), tr("Comments"), tr("Questions"), tr("GMV"), tr("Orders"),
                                  tr("Units"), tr("Refunds"), tr("Average order"), tr("From its pitches"), tr("Views in its pitches"), tr("GPM of its pitches")}
                          .join(QLatin1Char(','))};
    for (const ProductStats &p : r.products)
        lines.append(QStringList{cell(p.sku), cell(p.title), QString::number(p.pitches), mmss(p.onAirMs), QString::number(p.comments),
                                 QString::number(p.questions), money(p.gmvCents), QString::number(p.orders), QString::number(p.units),
                                 QString::number(p.refunds), money(p.averageOrderCents()), money(p.attributedCents),
                                 p.pitchViews ? QString::number(*p.pitchViews) : QString(), p.pitchGpmCents() ? money(*p.pitchGpmCents()) : QString()}
                         .join(QLatin1Char(',')));
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
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
           && save(QStringLiteral("sales.png"), png(ReviewCharts::sales(review, {960, 260}))) && save(QStringLiteral("products.csv"), productsCsv(review))
           && save(QStringLiteral("report.html"), html(review, audience).toUtf8());
}

} // namespace shopcast::replay
