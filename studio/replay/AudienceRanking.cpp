#include "AudienceRanking.hpp"

#include "storage/ReadConnection.hpp"
#include "work/Work.hpp"
#include "storage/Database.hpp"

#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace shopcast::replay {

namespace {
QString csvField(QString s)
{
    // A leading = + - @ would run as a formula in a spreadsheet.
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}
} // namespace

QList<AudienceMember> AudienceRanking::forShow(storage::Database &db, qint64 showId, int limit, QString *error)
{
    return rank(db.connection(), showId, limit, error);
}

QList<AudienceMember> AudienceRanking::acrossShows(storage::Database &db, int limit, QString *error)
{
    return rank(db.connection(), 0, limit, error);
}

void AudienceRanking::rankLater(const QString &databasePath, qint64 showId, int limit, QObject *receiver,
                                std::function<void(const QList<AudienceMember> &members, const QString &error)> done)
{
    struct Ranked
    {
        QList<AudienceMember> members;
        QString error;
    };
    work::Work::run(
        work::Pool::Media, receiver,
        [databasePath, showId, limit] {
            Ranked out;
            const storage::ReadConnection reader(databasePath);
            if (!reader.isOpen())
                out.error = reader.error();
            else
                out.members = rank(reader.connection(), showId, limit, &out.error);
            return out;
        },
        [done = std::move(done)](const Ranked &ranked) { done(ranked.members, ranked.error); });
}

QList<AudienceMember> AudienceRanking::rank(const QSqlDatabase &sql, qint64 showId, int limit, QString *error)
{
    const QString scope = showId > 0 ? QStringLiteral("show_id = %1 AND ").arg(showId) : QString();
    QHash<QString, AudienceMember> members;
    QSqlQuery q(sql);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT platform, user_id, MAX(user_name), COUNT(*), SUM(instr(extra, '\"question\":true') > 0) FROM chat_log"
                               " WHERE %1 type = 'comment' AND user_id <> '' GROUP BY platform, user_id")
                    .arg(scope))) {
        *error = q.lastError().text();
        return {};
    }
    while (q.next()) {
        AudienceMember m{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt()};
        members.insert(m.platform + QLatin1Char(':') + m.userId, m);
    }
    // Shows and days active count every show, not only this one: first the
    // distinct (viewer, show) pairs, then their days.
    QSqlQuery days(sql);
    days.setForwardOnly(true);
    const QString viewers
        = showId > 0 ? QStringLiteral("AND (platform, user_id) IN (SELECT platform, user_id FROM chat_log WHERE show_id = %1)").arg(showId) : QString();
    if (days.exec(QStringLiteral("SELECT d.platform, d.user_id, COUNT(*), COUNT(DISTINCT substr(s.started_at, 1, 10))"
                                 " FROM (SELECT DISTINCT platform, user_id, show_id FROM chat_log WHERE type = 'comment' %1) d"
                                 " JOIN shows s ON s.id = d.show_id GROUP BY d.platform, d.user_id")
                      .arg(viewers)))
        while (days.next())
            if (auto it = members.find(days.value(0).toString() + QLatin1Char(':') + days.value(1).toString()); it != members.end()) {
                it->shows = days.value(2).toInt();
                it->daysActive = days.value(3).toInt();
            }
    // Lottery entries from the draws' audit records ("platform:userId" ids).
    QSqlQuery entries(sql);
    entries.setForwardOnly(true);
    if (entries.exec(
            QStringLiteral("SELECT j.value, COUNT(*) FROM lottery_draws d, json_each(d.audit_json, '$.entrants') j WHERE %1 1 GROUP BY j.value").arg(scope)))
        while (entries.next())
            if (auto it = members.find(entries.value(0).toString()); it != members.end())
                it->lotteryEntries = entries.value(1).toInt();
    // Purchases by the same viewers: a buyer id that is a commenter's id.
    QSqlQuery bought(sql);
    bought.setForwardOnly(true);
    if (bought.exec(QStringLiteral("SELECT platform, buyer_id, COUNT(DISTINCT order_id), SUM(paid_cents) FROM orders"
                                   " WHERE %1 buyer_id <> '' AND status = 'paid' GROUP BY platform, buyer_id")
                        .arg(scope)))
        while (bought.next())
            if (auto it = members.find(bought.value(0).toString() + QLatin1Char(':') + bought.value(1).toString()); it != members.end()) {
                it->orders = bought.value(2).toInt();
                it->spendCents = bought.value(3).toLongLong();
            }
    QList<AudienceMember> out = members.values();
    for (AudienceMember &m : out)
        m.score
            = m.comments + 3.0 * m.questions + 2.0 * m.lotteryEntries + 10.0 * std::max(0, m.daysActive - 1) + 20.0 * m.orders + double(m.spendCents) / 1000.0;
    std::sort(out.begin(), out.end(), [](const AudienceMember &a, const AudienceMember &b) {
        return a.score != b.score ? a.score > b.score : (a.platform + a.userId) < (b.platform + b.userId);
    });
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QByteArray AudienceRanking::toCsv(const QList<AudienceMember> &members)
{
    QByteArray csv = "rank,platform,user_id,name,score,comments,questions,lottery_entries,days_active,shows,orders,spend_yuan\n";
    int rank = 0;
    for (const AudienceMember &m : members)
        csv += QStringList{QString::number(++rank),
                           csvField(m.platform),
                           csvField(m.userId),
                           csvField(m.userName),
                           QString::number(m.score, 'f', 0),
                           QString::number(m.comments),
                           QString::number(m.questions),
                           QString::number(m.lotteryEntries),
                           QString::number(m.daysActive),
                           QString::number(m.shows),
                           QString::number(m.orders),
                           QString::number(double(m.spendCents) / 100, 'f', 2)}
                   .join(QLatin1Char(','))
                   .toUtf8()
               + '\n';
    return csv;
}

bool AudienceRanking::exportCsv(const QList<AudienceMember> &members, const QString &path, QString *error)
{
    const QByteArray csv = toCsv(members);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace shopcast::replay
