#pragma once

#include "ChatEvent.hpp"

#include <QObject>
#include <QThread>

namespace shopcast::chat {

class ChatLogWriter;

// Every accepted comment and event of the show, in the studio database
// (table chat_log), written in batches on a worker thread with its own
// connection (WAL lets the UI read meanwhile). close() flushes everything
// still pending: a clean shutdown loses nothing.
class ChatLog : public QObject
{
    Q_OBJECT
public:
    ChatLog(const QString &databasePath, qint64 showId, QObject *parent = nullptr);
    ~ChatLog() override;

    void close();
    qint64 written() const;

public slots:
    void append(const QList<shopcast::chat::ChatEvent> &events);

signals:
    void writeFailed(const QString &error);

private:
    QThread m_thread;
    ChatLogWriter *m_writer = nullptr; // deleted on its thread once closed
    qint64 m_writtenAtClose = 0;
};

} // namespace shopcast::chat
