#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace shopcast::storage {

// The one way the studio writes to its database while a show runs: jobs are
// queued from any thread and committed on the writer's own thread with its own
// connection (WAL lets the GUI read meanwhile), many jobs to a transaction,
// each behind a savepoint so one failing job is dropped and reported while the
// others commit. The GUI thread only appends to a queue.
//
// A job reaches the disk at most batchWindowMs after it was submitted (plus
// the commit itself): that bounds what a crash can lose.
class StorageWriter : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<bool(QSqlDatabase &db, QString *error)>;
    // Called on the writer's thread once the job's batch is committed (ok) or
    // the job or its batch failed (ok false, with the reason).
    using Done = std::function<void(bool ok, const QString &error)>;

    explicit StorageWriter(QString databasePath, int batchWindowMs = 100);
    ~StorageWriter() override; // commits everything queued, then stops

    // label names the job in a failure report ("timeline", "chat log", ...).
    void submit(Job job, const QString &label = {}, Done done = {});
    // A job that is a batch's worth on its own (an import of many lines):
    // its batch starts without waiting out the window.
    void submitNow(Job job, const QString &label = {}, Done done = {});
    // Read-your-writes without waiting: then(ok) runs on receiver's thread
    // once every job submitted before the call is committed (ok) or its
    // batch failed; nothing runs when receiver is gone by then. A read that
    // must see earlier writes is made in then().
    void whenCommitted(QObject *receiver, std::function<void(bool ok)> then);
    // Waits until every job submitted before the call is committed (or has
    // failed); false when the writer could not open its connection or timed
    // out. For the CLI, tests and the writer's own shutdown: the GUI thread
    // uses whenCommitted() (a wait there is counted by work::GuiThreadCheck).
    bool flush(int timeoutMs = 30'000);
    qint64 committedJobs() const;
    qint64 failedJobs() const;
    // Submitted and not yet committed or failed: a writer behind its show.
    qint64 pendingJobs() const;

signals:
    // Emitted on the writer's thread; receivers on other threads get it queued.
    void writeFailed(const QString &message);

private:
    struct Entry
    {
        Job job;
        QString label;
        Done done;
    };
    void run();
    void runBatch(QSqlDatabase &db, std::deque<Entry> &batch);

    QString m_path;
    int m_batchWindowMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<Entry> m_queue;
    qint64 m_submitted = 0;
    qint64 m_finished = 0; // committed + failed
    qint64 m_committed = 0;
    qint64 m_failed = 0;
    bool m_flushWanted = false;
    bool m_stopping = false;
    bool m_broken = false;
    std::thread m_thread;
};

} // namespace shopcast::storage
