#pragma once

#include "ChatEvent.hpp"

#include <QObject>
#include <QTimer>

#include <atomic>

namespace shopcast::chat {

// ChatLog's worker: lives on the log thread, owns its database connection,
// buffers events and writes them in one transaction per batch.
class ChatLogWriter : public QObject
{
    Q_OBJECT
public:
    ChatLogWriter(QString databasePath, qint64 showId);
    ~ChatLogWriter() override;

    std::atomic<qint64> written{0};

public slots:
    void open();
    void enqueue(const QList<shopcast::chat::ChatEvent> &events);
    void flush();
    void closeDatabase();

signals:
    void writeFailed(const QString &error);

private:
    QString m_path;
    QString m_connection;
    qint64 m_showId;
    QList<ChatEvent> m_pending;
    QTimer *m_timer = nullptr;
};

} // namespace shopcast::chat
