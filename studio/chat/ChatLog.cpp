#include "ChatLog.hpp"

#include "storage/SqliteStatement.hpp"
#include "storage/StorageWriter.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace shopcast::chat {

ChatLog::ChatLog(storage::StorageWriter &writer, qint64 showId, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_showId(showId)
    , m_written(std::make_shared<std::atomic<qint64>>(0))
{}

ChatLog::~ChatLog() = default;

void ChatLog::append(const QList<ChatEvent> &events)
{
    if (m_showId <= 0 || events.isEmpty())
        return;
    m_writer.submit(
        [showId = m_showId, events, written = m_written](QSqlDatabase &db, QString *error) {
            // SQLite's own statement: at a busy room's 5,000 rows a second
            // QtSql's QVariant per value was a sixth of the writer's time
            // (shopcast_logwrite_bench, BENCHMARKS.md, session 24).
            const auto q = storage::SqliteStatement::prepare(db,
                                                             "INSERT INTO chat_log (show_id, type, platform, msg_id, user_id, user_name, text,"
                                                             " target_id, sent_at_ms, arrived_at_ms, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                                             error);
            if (!q)
                return false;
            q->bind(1, showId);
            const QString noExtra = QStringLiteral("{}");
            for (const ChatEvent &e : events) {
                q->bind(2, ChatEvent::typeName(e.type));
                q->bind(3, e.platform);
                q->bind(4, e.id);
                q->bind(5, e.userId);
                q->bind(6, e.userName);
                q->bind(7, e.text);
                q->bind(8, e.targetId);
                q->bind(9, e.sentAtMs);
                q->bind(10, e.arrivedAtMs);
                if (e.extra.isEmpty() && e.badges.isEmpty()) {
                    q->bind(11, noExtra);
                } else {
                    QJsonObject extra = e.extra;
                    // Badges decide who may enter a lottery; a resumed show reads them back.
                    if (!e.badges.isEmpty() && !extra.contains(QLatin1String("badges")))
                        extra.insert(QStringLiteral("badges"), QJsonArray::fromStringList(e.badges));
                    q->bind(11, QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
                }
                if (!q->step()) {
                    *error = q->error();
                    return false;
                }
            }
            // Counted once the batch's savepoint is released; a failed
            // transaction commit is reported by the writer.
            written->fetch_add(events.size());
            return true;
        },
        QStringLiteral("chat log"));
}

QList<ChatEvent> ChatLog::loadComments(const QSqlDatabase &db, qint64 showId, int maxRows)
{
    QList<ChatEvent> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT platform, msg_id, user_id, user_name, text, sent_at_ms, arrived_at_ms, extra FROM"
                             " (SELECT * FROM chat_log WHERE show_id = ? AND type = ? ORDER BY id DESC LIMIT ?) ORDER BY id"));
    q.addBindValue(showId);
    q.addBindValue(ChatEvent::typeName(ChatEvent::Type::Comment));
    q.addBindValue(maxRows);
    if (!q.exec())
        return out;
    while (q.next()) {
        ChatEvent e;
        e.platform = q.value(0).toString();
        e.id = q.value(1).toString();
        e.userId = q.value(2).toString();
        e.userName = q.value(3).toString();
        e.text = q.value(4).toString();
        e.sentAtMs = q.value(5).toLongLong();
        e.arrivedAtMs = q.value(6).toLongLong();
        e.extra = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        for (const QJsonValue b : e.extra.value(QStringLiteral("badges")).toArray())
            e.badges.append(b.toString());
        out.append(e);
    }
    return out;
}

} // namespace shopcast::chat
