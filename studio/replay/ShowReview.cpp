#include "ShowReview.hpp"

#include "ChapterBuilder.hpp"
#include "SalesReview.hpp"
#include "ShowLibrary.hpp"

#include "sales/RoomSize.hpp"
#include "show/ShowTimeline.hpp"
#include "storage/Database.hpp"
#include "storage/ReadConnection.hpp"
#include "work/Work.hpp"

#include <QSettings>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::replay {

using show::TimelineEvent;
using show::TimelineKind;

namespace {

// The moderation controller marks a question in the comment's extra JSON
// (compact, so the key and value are written together).
const char *kIsQuestion = "instr(extra, '\"question\":true') > 0";

// Runs a "minute, count[, count]" query and adds its rows to the series
// (one per count column).
bool perMinute(const QSqlDatabase &db, const QString &sql, qint64 showId, qint64 originMs, const QList<QList<int> *> &series, const QList<int *> &totals,
               QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(originMs);
    q.addBindValue(showId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 minute = q.value(0).toLongLong();
        if (minute < 0 || minute > 7 * 24 * 60)
            continue; // before the show opened, or nonsense
        for (int i = 0; i < series.size(); ++i) {
            QList<int> &s = *series.at(i);
            if (s.size() <= minute)
                s.resize(minute + 1, 0);
            const int count = q.value(i + 1).toInt();
            s[minute] += count;
            *totals.at(i) += count;
        }
    }
    return true;
}

} // namespace

namespace {

QString salesSettingsFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("sales.ini"));
}

} // namespace

qint64 ShowReview::attributionMsFor(const QString &databasePath)
{
    const QSettings settings(salesSettingsFor(databasePath), QSettings::IniFormat);
    const int minutes = settings.value(QStringLiteral("review/attributionMinutes"), int(kDefaultAttributionMs / 60'000)).toInt();
    return std::clamp(minutes, 0, kMaxAttributionMinutes) * 60'000LL;
}

void ShowReview::setAttributionMsFor(const QString &databasePath, qint64 attributionMs)
{
    QSettings settings(salesSettingsFor(databasePath), QSettings::IniFormat);
    settings.setValue(QStringLiteral("review/attributionMinutes"), int(std::clamp<qint64>(attributionMs / 60'000, 0, kMaxAttributionMinutes)));
}

std::optional<qint64> ProductStats::pitchGpmCents() const
{
    return pitchViews && *pitchViews > 0 ? std::optional<qint64>(sales::RoomSize::gpmCents(attributedCents, *pitchViews)) : std::nullopt;
}

std::optional<qint64> PitchSales::gpmCents() const
{
    return views && *views > 0 ? std::optional<qint64>(sales::RoomSize::gpmCents(attributedCents, *views)) : std::nullopt;
}

qint64 ShowReview::gpmCents() const
{
    return sales::RoomSize::gpmCents(gmvCents, views);
}

qint64 ShowReview::uvValueCents() const
{
    return sales::RoomSize::uvValueCents(gmvCents, viewers);
}

std::optional<ShowReview> ShowReview::load(storage::Database &db, qint64 showId, QString *error)
{
    return load(db.connection(), showId, error, attributionMsFor(db.path()));
}

void ShowReview::loadLater(const QString &databasePath, qint64 showId, QObject *receiver,
                           std::function<void(std::optional<ShowReview> review, const QString &error)> done)
{
    struct Loaded
    {
        std::optional<ShowReview> review;
        QString error;
    };
    work::Work::run(
        work::Pool::Media, receiver,
        [databasePath, showId] {
            Loaded out;
            const storage::ReadConnection reader(databasePath);
            if (!reader.isOpen())
                out.error = reader.error();
            else
                out.review = load(reader.connection(), showId, &out.error, attributionMsFor(databasePath));
            return out;
        },
        [done = std::move(done)](Loaded loaded) { done(std::move(loaded.review), loaded.error); });
}

std::optional<ShowReview> ShowReview::load(const QSqlDatabase &db, qint64 showId, QString *error, qint64 attributionMs)
{
    ShowLibrary library(db);
    std::optional<ShowSummary> summary = library.show(showId, error);
    if (!summary)
        return std::nullopt;
    ShowReview r;
    r.summary = *summary;
    r.attributionMs = std::max<qint64>(0, attributionMs);
    const QList<TimelineEvent> events = show::ShowTimeline::load(db, showId);
    const ChapterBuilder built(events, library.relocations(showId));
    r.chapters = built.chapters();
    const qint64 origin = built.showStartMonotonicMs();
    const int minutes = int(built.showLengthMs() / 60'000) + 1;
    for (QList<int> *series : {&r.commentsPerMinute, &r.questionsPerMinute, &r.moderationPerMinute, &r.entrantsPerMinute})
        series->fill(0, minutes);

    const QSqlDatabase &sql = db;
    // Comments and questions in one pass over the show's comments.
    if (!perMinute(sql,
                   QStringLiteral("SELECT (arrived_at_ms - ?) / 60000 AS m, COUNT(*), SUM(%1) FROM chat_log WHERE show_id = ? AND type = 'comment' GROUP BY m")
                       .arg(QLatin1String(kIsQuestion)),
                   showId, origin, {&r.commentsPerMinute, &r.questionsPerMinute}, {&r.comments, &r.questions}, error)
        || !perMinute(
            sql, QStringLiteral("SELECT (arrived_at_ms - ?) / 60000 AS m, COUNT(*) FROM moderation_log WHERE show_id = ? AND verdict <> 'allow' GROUP BY m"),
            showId, origin, {&r.moderationPerMinute}, {&r.moderationActions}, error))
        return std::nullopt;

    // Lottery entrants over time: the keyword comments while entries were
    // open, the first per user (what entered; staff and past-winner rules
    // are not replayed, so this may count a few more than the draw had).
    qint64 openedAt = -1;
    QString keyword;
    for (const TimelineEvent &e : events) {
        if (e.kind == TimelineKind::LotteryOpened) {
            openedAt = e.monotonicMs;
            keyword = e.detail.value(QStringLiteral("keyword")).toString();
        } else if ((e.kind == TimelineKind::LotteryClosed || e.kind == TimelineKind::LotteryDrawn) && openedAt >= 0) {
            QSqlQuery q(sql);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT (MIN(arrived_at_ms) - ?) / 60000 AS m FROM chat_log WHERE show_id = ? AND type = 'comment'"
                                     " AND arrived_at_ms BETWEEN ? AND ? AND instr(text, ?) > 0 GROUP BY platform, user_id"));
            for (const QVariant &v : {QVariant(origin), QVariant(showId), QVariant(openedAt), QVariant(e.monotonicMs), QVariant(keyword)})
                q.addBindValue(v);
            if (q.exec())
                while (q.next()) {
                    const qint64 m = q.value(0).toLongLong();
                    if (m >= 0 && m < r.entrantsPerMinute.size()) {
                        ++r.entrantsPerMinute[m];
                        ++r.lotteryEntrants;
                    }
                }
            openedAt = -1;
        }
    }

    // Planned against actual: every slot that ended, and the one the show stopped in.
    QHash<int, SlotTiming> running;
    for (const TimelineEvent &e : events) {
        const int index = e.detail.value(QStringLiteral("index")).toInt(-1);
        if (e.kind == TimelineKind::SlotStart) {
            running.insert(index, SlotTiming{index, e.detail.value(QStringLiteral("kind")).toString(), e.sku, e.monotonicMs - origin,
                                             e.detail.value(QStringLiteral("plannedMs")).toInteger(), 0, false});
        } else if (e.kind == TimelineKind::SlotEnd && running.contains(index)) {
            SlotTiming t = running.take(index);
            t.actualMs = e.detail.value(QStringLiteral("actualMs")).toInteger(e.monotonicMs - origin - t.startMs);
            t.finished = true;
            r.slotTimings.append(t);
        }
    }
    for (SlotTiming t : std::as_const(running)) {
        t.actualMs = std::max<qint64>(0, built.showLengthMs() - t.startMs);
        r.slotTimings.append(t);
    }
    std::sort(r.slotTimings.begin(), r.slotTimings.end(), [](const SlotTiming &a, const SlotTiming &b) { return a.startMs < b.startMs; });

    // Per product: its pitches, and what the room said during them.
    QHash<QString, int> row;
    QHash<QString, QHash<QString, int>> asked;
    QSqlQuery counts(sql);
    counts.setForwardOnly(true);
    counts.prepare(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(%1), 0) FROM chat_log WHERE show_id = ? AND type = 'comment' AND arrived_at_ms >= ? AND arrived_at_ms < ?")
            .arg(QLatin1String(kIsQuestion)));
    QSqlQuery top(sql);
    top.setForwardOnly(true);
    top.prepare(QStringLiteral("SELECT text, COUNT(*) AS n FROM chat_log WHERE show_id = ? AND type = 'comment' AND arrived_at_ms >= ? AND arrived_at_ms < ?"
                               " AND %1 GROUP BY text ORDER BY n DESC LIMIT 5")
                    .arg(QLatin1String(kIsQuestion)));
    for (const Chapter &c : std::as_const(r.chapters)) {
        if (c.kind != ChapterKind::Product && c.kind != ChapterKind::FlashSale)
            continue;
        if (!row.contains(c.sku)) {
            row.insert(c.sku, int(r.products.size()));
            ProductStats first;
            first.sku = c.sku;
            first.title = c.title;
            r.products.append(first);
        }
        ProductStats &p = r.products[row.value(c.sku)];
        if (c.kind == ChapterKind::FlashSale) {
            ++p.flashSales;
            continue;
        }
        ++p.pitches;
        p.onAirMs += c.durationMs();
        for (QSqlQuery *q : {&counts, &top}) {
            q->addBindValue(showId);
            q->addBindValue(origin + c.startMs);
            q->addBindValue(origin + c.endMs);
        }
        if (counts.exec() && counts.next()) {
            p.comments += counts.value(0).toInt();
            p.questions += counts.value(1).toInt();
        }
        if (top.exec())
            while (top.next())
                asked[c.sku][top.value(0).toString()] += top.value(1).toInt();
    }
    for (ProductStats &p : r.products) {
        const QHash<QString, int> &texts = asked.value(p.sku);
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            p.topQuestions.append({it.key(), it.value()});
        std::sort(p.topQuestions.begin(), p.topQuestions.end(),
                  [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        p.topQuestions = p.topQuestions.mid(0, 3);
    }
    if (!SalesReview::addTo(r, sql, error))
        return std::nullopt;
    return r;
}

} // namespace shopcast::replay
