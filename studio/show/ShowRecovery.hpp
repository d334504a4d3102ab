#pragma once

#include "ShowCheckpoint.hpp"

#include "work/Strand.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

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

// The show the next start offers to resume: the latest interrupted show with
// a checkpoint young enough to go on from.
struct ResumeOffer
{
    InterruptedShow show;
    ShowCheckpoint checkpoint;
    qint64 stoppedAtMs = 0; // the last moment known of it: checkpoint, timeline or chat log
    qint64 gapMs = 0;       // wall time between its checkpoint and now
    // Where the resumed run's clock goes on from.
    qint64 continueAtMs() const { return stoppedAtMs + gapMs + 1; }
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
    // The one of them the user may resume; none when no checkpoint is
    // younger than maxAgeMs (a show from yesterday is closed, not resumed).
    std::optional<ResumeOffer> resumable(const QList<InterruptedShow> &shows, const QDateTime &nowUtc, qint64 maxAgeMs = 12LL * 3600 * 1000) const;
    // Starts recovering them; finished() follows (at once when there is
    // nothing). The show resuming (its id; 0: none) gets its recordings
    // recovered and closed on its timeline, but is not ended.
    void start(const QList<InterruptedShow> &shows, qint64 resumingShowId = 0);
    bool isRunning() const;

signals:
    void progress(const QString &file, double fraction);
    // recovered: the MP4s made; problems: what could not be recovered, in words.
    void finished(const QStringList &recovered, const QStringList &problems);

private:
    void closeShows(const QList<InterruptedShow> &shows, qint64 resumingShowId, const QHash<QString, QString> &recovered, const QStringList &problems);

    storage::Database &m_db;
    work::Strand m_strand{work::Pool::Media};
    int m_running = 0;
};

} // namespace shopcast::show
