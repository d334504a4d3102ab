#include "ChatLog.hpp"

#include "ChatLogWriter.hpp"

namespace shopcast::chat {

ChatLog::ChatLog(const QString &databasePath, qint64 showId, QObject *parent)
    : QObject(parent)
    , m_writer(new ChatLogWriter(databasePath, showId))
{
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &ChatLogWriter::writeFailed, this, &ChatLog::writeFailed);
    m_thread.setObjectName(QStringLiteral("chat-log"));
    m_thread.start();
    QMetaObject::invokeMethod(m_writer, &ChatLogWriter::open, Qt::QueuedConnection);
}

ChatLog::~ChatLog()
{
    close();
}

void ChatLog::append(const QList<ChatEvent> &events)
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_writer, [w = m_writer, events] { w->enqueue(events); }, Qt::QueuedConnection);
}

void ChatLog::close()
{
    if (!m_thread.isRunning())
        return;
    // Runs after every append already queued, then stops the thread.
    QMetaObject::invokeMethod(m_writer, &ChatLogWriter::closeDatabase, Qt::BlockingQueuedConnection);
    m_writtenAtClose = m_writer->written.load();
    m_thread.quit();
    m_thread.wait();
    m_writer = nullptr;
}

qint64 ChatLog::written() const
{
    return m_writer ? m_writer->written.load() : m_writtenAtClose;
}

} // namespace shopcast::chat
