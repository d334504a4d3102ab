#include "StorageWriter.hpp"

#include "work/GuiThreadCheck.hpp"
#include "work/Work.hpp"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <chrono>

namespace shopcast::storage {

StorageWriter::StorageWriter(QString databasePath, int batchWindowMs)
    : m_path(std::move(databasePath))
    , m_batchWindowMs(batchWindowMs)
{
    m_thread = std::thread([this] { run(); });
}

StorageWriter::~StorageWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void StorageWriter::submit(Job job, const QString &label, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(job), label, std::move(done)});
        ++m_submitted;
    }
    m_wake.notify_one();
}

void StorageWriter::submitNow(Job job, const QString &label, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({std::move(job), label, std::move(done)});
        ++m_submitted;
        m_flushWanted = true;
    }
    m_wake.notify_one();
}

void StorageWriter::whenCommitted(QObject *receiver, std::function<void(bool ok)> then)
{
    QPointer<QObject> target(receiver);
    {
        std::lock_guard lock(m_mutex);
        // A barrier: no job of its own, answered when its batch commits.
        m_queue.push_back({Job(), QStringLiteral("barrier"), [target, then = std::move(then)](bool ok, const QString &) {
                               if (target)
                                   work::Work::post(target.data(), [then, ok] { then(ok); });
                           }});
        // Someone is waiting (without blocking): no batch window.
        m_flushWanted = true;
    }
    m_wake.notify_one();
}

bool StorageWriter::flush(int timeoutMs)
{
    work::GuiThreadCheck::expectMayWait("StorageWriter::flush");
    std::unique_lock lock(m_mutex);
    const qint64 target = m_submitted;
    m_flushWanted = true;
    m_wake.notify_one();
    const bool reached = m_done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_finished >= target || m_broken; });
    return reached && !m_broken;
}

qint64 StorageWriter::pendingJobs() const
{
    std::lock_guard lock(m_mutex);
    return m_submitted - m_finished;
}

qint64 StorageWriter::committedJobs() const
{
    std::lock_guard lock(m_mutex);
    return m_committed;
}

qint64 StorageWriter::failedJobs() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

void StorageWriter::run()
{
    const QString name = QStringLiteral("writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            const QString why = db.lastError().text();
            {
                std::lock_guard lock(m_mutex);
                m_broken = true;
            }
            m_done.notify_all();
            emit writeFailed(tr("the database writer cannot open %1: %2").arg(m_path, why));
        } else {
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
            pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        }
        for (;;) {
            std::deque<Entry> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
                if (m_queue.empty() && m_stopping)
                    break;
                // Gather a batch: one transaction for everything that arrives
                // within the window (at 5,000 comments a second a transaction
                // per row would be the bottleneck), unless someone waits.
                if (!m_stopping && !m_flushWanted)
                    m_wake.wait_for(lock, std::chrono::milliseconds(m_batchWindowMs), [&] { return m_stopping || m_flushWanted; });
                m_flushWanted = false;
                batch.swap(m_queue);
            }
            runBatch(db, batch);
        }
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void StorageWriter::runBatch(QSqlDatabase &db, std::deque<Entry> &batch)
{
    qint64 committed = 0;
    qint64 failed = 0;
    QStringList failures;
    std::vector<std::pair<bool, QString>> outcomes(batch.size(), {false, QString()}); // per entry, for its Done
    // Barriers (no job) are answered with their batch but are not jobs.
    const qint64 jobs = qint64(std::count_if(batch.begin(), batch.end(), [](const Entry &e) { return bool(e.job); }));
    if (!db.isOpen()) {
        failed = jobs;
        for (auto &o : outcomes)
            o.second = tr("the database writer could not open the database");
    } else {
        QSqlQuery control(db);
        if (!db.transaction()) {
            failures.append(db.lastError().text());
            failed = jobs;
            for (auto &o : outcomes)
                o.second = db.lastError().text();
        } else {
            for (size_t i = 0; i < batch.size(); ++i) {
                Entry &entry = batch[i];
                if (!entry.job) { // a barrier: it commits with its batch
                    outcomes[i] = {true, QString()};
                    continue;
                }
                control.exec(QStringLiteral("SAVEPOINT job"));
                QString why;
                bool ok = false;
                try {
                    ok = entry.job(db, &why);
                } catch (const std::exception &e) {
                    why = QString::fromUtf8(e.what());
                }
                outcomes[i] = {ok, why};
                if (ok) {
                    control.exec(QStringLiteral("RELEASE SAVEPOINT job"));
                    ++committed;
                } else {
                    control.exec(QStringLiteral("ROLLBACK TO SAVEPOINT job"));
                    control.exec(QStringLiteral("RELEASE SAVEPOINT job"));
                    ++failed;
                    failures.append(entry.label.isEmpty() ? why : entry.label + QStringLiteral(": ") + why);
                }
            }
            if (!db.commit()) {
                const QString why = db.lastError().text();
                failures.append(why);
                db.rollback();
                failed += committed;
                committed = 0;
                for (auto &o : outcomes)
                    o = {false, why};
            }
        }
    }
    // Reported before the batch counts as finished, so whoever waited in
    // flush() sees the failure too.
    for (const QString &failure : failures)
        emit writeFailed(failure);
    for (size_t i = 0; i < batch.size(); ++i)
        if (batch[i].done)
            batch[i].done(outcomes[i].first, outcomes[i].second);
    {
        std::lock_guard lock(m_mutex);
        m_committed += committed;
        m_failed += failed;
        m_finished += committed + failed;
    }
    m_done.notify_all();
}

} // namespace shopcast::storage
