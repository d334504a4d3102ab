#include "ChatLog.hpp"

#include "storage/StorageWriter.hpp"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::chat {

ChatLog::ChatLog(storage::StorageWriter &writer, qint64 showId, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_showId(showId)
    , m_written(std::make_shared<std::atomic<qint64>>(0))
{
}

ChatLog::~ChatLog()
{
    close();
}

void ChatLog::append(const QList<ChatEvent> &events)
{
    if (m_showId <= 0 || events.isEmpty())
        return;
    m_writer.submit(
        [showId = m_showId, events, written = m_written](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO chat_log (show_id, type, platform, msg_id, user_id, user_name, text, target_id,"
                                     " sent_at_ms, arrived_at_ms, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
            for (const ChatEvent &e : events) {
                q.addBindValue(showId);
                q.addBindValue(ChatEvent::typeName(e.type));
                q.addBindValue(text(e.platform));
                q.addBindValue(text(e.id));
                q.addBindValue(text(e.userId));
                q.addBindValue(text(e.userName));
                q.addBindValue(text(e.text));
                q.addBindValue(text(e.targetId));
                q.addBindValue(e.sentAtMs);
                q.addBindValue(e.arrivedAtMs);
                q.addBindValue(QString::fromUtf8(QJsonDocument(e.extra).toJson(QJsonDocument::Compact)));
                if (!q.exec()) {
                    *error = q.lastError().text();
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

bool ChatLog::close()
{
    return m_writer.flush();
}

} // namespace shopcast::chat
