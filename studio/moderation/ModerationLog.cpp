#include "ModerationLog.hpp"

#include "storage/Database.hpp"
#include "storage/SqliteStatement.hpp"
#include "storage/StorageWriter.hpp"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::moderation {

namespace {
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

ModerationLog::ModerationLog(storage::Database &db)
    : m_db(db)
{}

void ModerationLog::append(qint64 showId, const QList<Entry> &entries)
{
    if (showId <= 0 || entries.isEmpty())
        return;
    m_db.writer().submit(
        [showId, entries, now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)](QSqlDatabase &db, QString *error) {
            // SQLite's own statement, as the chat log: this runs for every
            // comment refused in a busy room.
            const auto q = storage::SqliteStatement::prepare(db,
                                                             "INSERT INTO moderation_log (show_id, platform, msg_id, user_id, user_name, text,"
                                                             " verdict, rule, detail, decided_by, arrived_at_ms, logged_at)"
                                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                                             error);
            if (!q)
                return false;
            q->bind(1, showId);
            q->bind(12, now);
            for (const Entry &e : entries) {
                q->bind(2, e.event.platform);
                q->bind(3, e.event.id);
                q->bind(4, e.event.userId);
                q->bind(5, e.event.userName);
                q->bind(6, e.event.text.left(500)); // enough to audit; the chat log has allowed comments whole
                q->bind(7, Verdicts::id(e.decision.verdict));
                q->bind(8, e.decision.rule);
                q->bind(9, e.decision.detail);
                q->bind(10, e.decidedBy);
                q->bind(11, e.event.arrivedAtMs);
                if (!q->step()) {
                    *error = q->error();
                    return false;
                }
            }
            return true;
        },
        QStringLiteral("moderation log"));
}

void ModerationLog::saveBan(const Ban &ban)
{
    m_db.writer().submit(
        [ban, now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO moderation_bans (platform, user_id, user_name, banned_at) VALUES (?, ?, ?, ?)"));
            q.addBindValue(notNull(ban.platform));
            q.addBindValue(notNull(ban.userId));
            q.addBindValue(notNull(ban.userName));
            q.addBindValue(now);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("ban"));
}

void ModerationLog::removeBan(const QString &platform, const QString &userId)
{
    m_db.writer().submit(
        [platform, userId](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM moderation_bans WHERE platform = ? AND user_id = ?"));
            q.addBindValue(notNull(platform));
            q.addBindValue(notNull(userId));
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("unban"));
}

QList<ModerationLog::Ban> ModerationLog::bans() const
{
    QList<Ban> out;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT platform, user_id, user_name FROM moderation_bans ORDER BY banned_at")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace shopcast::moderation
