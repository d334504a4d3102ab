#pragma once

#include "pluginapi/ChatEvent.hpp"

#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <memory>

namespace shopcast::storage {
class StorageWriter;
}

namespace shopcast::chat {

// The chat area's repository: every accepted comment and event of the open
// show, in table chat_log. Rows go through the studio's storage writer, which
// commits many batches in one transaction on its own thread and commits what
// is queued before it stops, so a clean shutdown loses nothing; nothing here
// waits. With no show (showId 0) nothing is logged.
class ChatLog : public QObject
{
    Q_OBJECT
public:
    ChatLog(storage::StorageWriter &writer, qint64 showId = 0, QObject *parent = nullptr);
    ~ChatLog() override;

    void setShowId(qint64 showId) { m_showId = showId; }
    qint64 showId() const { return m_showId; }
    qint64 written() const { return m_written->load(); }

    // The comments a show logged, in arrival order (a resumed show counts
    // them again). At most maxRows, the latest kept.
    static QList<ChatEvent> loadComments(const QSqlDatabase &db, qint64 showId, int maxRows = 2'000'000);

public slots:
    void append(const QList<shopcast::chat::ChatEvent> &events);

private:
    storage::StorageWriter &m_writer;
    qint64 m_showId;
    std::shared_ptr<std::atomic<qint64>> m_written;
};

} // namespace shopcast::chat
