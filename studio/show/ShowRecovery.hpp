#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace shopcast::storage {
class Database;
}

namespace shopcast::show {

// A show the studio did not end: it was killed, crashed, or the machine lost power.
struct InterruptedShow
{
    qint64 showId = 0;
    QString title;
    qint64 lastEventMonotonicMs = 0;
    QStringList unfinishedRecordings; // recording_start paths (MKV) without a recording_stop
};

// What the next start does about a show that did not end: each recording it
// left as MKV (written as it goes, so it survives a kill) is remuxed into the
// MP4 the stop would have made, stale .part files of an interrupted remux
// are removed, and the show is closed on its timeline (recording_stop with
// the recovered file, show_end "interrupted") at its last recorded moment.
// The remux runs on a worker thread, with progress.
class ShowRecovery : public QObject
{
    Q_OBJECT
public:
    explicit ShowRecovery(storage::Database &db, QObject *parent = nullptr);
    ~ShowRecovery() override;

    // Shows with no end other than the one given (the show open now).
    QList<InterruptedShow> interrupted(qint64 exceptShowId = 0) const;
    // Starts recovering them; finished() follows (at once when there is nothing).
    void start(const QList<InterruptedShow> &shows);
    bool isRunning() const;

signals:
    void progress(const QString &file, double fraction);
    // recovered: the MP4s made; problems: what could not be recovered, in words.
    void finished(const QStringList &recovered, const QStringList &problems);

private:
    void closeShows(const QList<InterruptedShow> &shows, const QHash<QString, QString> &recovered, const QStringList &problems);

    storage::Database &m_db;
    std::unique_ptr<QThread> m_worker;
};

} // namespace shopcast::show
