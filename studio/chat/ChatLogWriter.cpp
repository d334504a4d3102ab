#include "ChatLogWriter.hpp"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace shopcast::chat {

ChatLogWriter::ChatLogWriter(QString databasePath, qint64 showId)
    : m_path(std::move(databasePath))
    , m_connection(QStringLiteral("chatlog-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_showId(showId)
{
}

ChatLogWriter::~ChatLogWriter() = default;

void ChatLogWriter::open()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        emit writeFailed(db.lastError().text());
        return;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    // Batches, not single rows: at 5,000 comments a second one transaction
    // per row would be the bottleneck.
    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ChatLogWriter::flush);
    m_timer->start();
}

void ChatLogWriter::enqueue(const QList<ChatEvent> &events)
{
    m_pending += events;
    if (m_pending.size() >= 2000)
        flush();
}

void ChatLogWriter::flush()
{
    if (m_pending.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO chat_log (show_id, type, platform, msg_id, user_id, user_name, text, target_id, sent_at_ms, arrived_at_ms, extra)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    for (const ChatEvent &e : std::as_const(m_pending)) {
        q.addBindValue(m_showId);
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
            const QString error = q.lastError().text();
            db.rollback();
            emit writeFailed(error); // kept pending: the next flush tries again
            return;
        }
    }
    if (!db.commit()) {
        emit writeFailed(db.lastError().text());
        db.rollback();
        return;
    }
    written += m_pending.size();
    m_pending.clear();
}

void ChatLogWriter::closeDatabase()
{
    flush();
    if (m_timer)
        m_timer->stop();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

} // namespace shopcast::chat
