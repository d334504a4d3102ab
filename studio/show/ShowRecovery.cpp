#include "ShowRecovery.hpp"

#include "ShowTimeline.hpp"

#include "broadcast/RecordingRemuxer.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QThread>

namespace shopcast::show {

ShowRecovery::ShowRecovery(storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
}

ShowRecovery::~ShowRecovery()
{
    if (m_worker)
        m_worker->wait();
}

bool ShowRecovery::isRunning() const
{
    return m_worker && m_worker->isRunning();
}

QList<InterruptedShow> ShowRecovery::interrupted(qint64 exceptShowId) const
{
    QList<InterruptedShow> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, title FROM shows WHERE ended_at IS NULL AND id <> ? ORDER BY id"));
    q.addBindValue(exceptShowId);
    if (!q.exec())
        return out;
    while (q.next()) {
        InterruptedShow s{q.value(0).toLongLong(), q.value(1).toString()};
        const QList<TimelineEvent> events = ShowTimeline::load(m_db.connection(), s.showId);
        QString running;
        for (const TimelineEvent &e : events) {
            s.lastEventMonotonicMs = std::max(s.lastEventMonotonicMs, e.monotonicMs);
            if (e.kind == TimelineKind::RecordingStart) {
                if (!running.isEmpty())
                    s.unfinishedRecordings.append(running);
                running = e.detail.value(QStringLiteral("path")).toString();
            } else if (e.kind == TimelineKind::RecordingStop) {
                running.clear();
            }
        }
        if (!running.isEmpty())
            s.unfinishedRecordings.append(running);
        out.append(s);
    }
    return out;
}

void ShowRecovery::start(const QList<InterruptedShow> &shows)
{
    QStringList recordings;
    for (const InterruptedShow &s : shows)
        recordings += s.unfinishedRecordings;
    if (m_worker)
        m_worker->wait();
    m_worker.reset(QThread::create([this, shows, recordings] {
        QHash<QString, QString> recovered; // MKV → MP4
        QStringList problems;
        for (const QString &mkv : recordings) {
            const QString mp4 = broadcast::RecordingRemuxer::mp4PathFor(mkv);
            // An interrupted remux leaves its .part beside the MP4.
            QFile::remove(mp4 + QStringLiteral(".part"));
            if (QFileInfo::exists(mp4)) {
                recovered.insert(mkv, mp4); // the remux had finished; only the stop was not recorded
                continue;
            }
            if (!QFileInfo::exists(mkv)) {
                problems.append(tr("%1 is not there any more").arg(mkv));
                continue;
            }
            broadcast::RecordingRemuxer::Options options;
            options.acceptTruncated = true;
            options.progress = [this, mkv](double fraction) {
                QMetaObject::invokeMethod(this, [this, mkv, fraction] { emit progress(mkv, fraction); }, Qt::QueuedConnection);
                return true;
            };
            QString error;
            if (broadcast::RecordingRemuxer::remux(mkv, mp4, options, &error))
                recovered.insert(mkv, mp4);
            else
                problems.append(error);
        }
        QMetaObject::invokeMethod(this, [this, shows, recovered, problems] { closeShows(shows, recovered, problems); }, Qt::QueuedConnection);
    }));
    m_worker->start();
}

void ShowRecovery::closeShows(const QList<InterruptedShow> &shows, const QHash<QString, QString> &recovered, const QStringList &problems)
{
    // Each show ends where its timeline stops: its last moment is the best
    // that is known of when it went down.
    for (const InterruptedShow &s : shows) {
        for (const QString &mkv : s.unfinishedRecordings)
            ShowTimeline::append(m_db, s.showId,
                                 ShowTimeline::makeEvent(s.lastEventMonotonicMs, TimelineKind::RecordingStop, {},
                                                         {{QStringLiteral("path"), recovered.value(mkv, mkv)},
                                                          {QStringLiteral("error"), recovered.contains(mkv) ? tr("recovered after the studio stopped")
                                                                                                            : tr("could not be recovered")}}));
        ShowTimeline::append(m_db, s.showId, ShowTimeline::makeEvent(s.lastEventMonotonicMs, TimelineKind::ShowEnd, {}, {{QStringLiteral("reason"), QStringLiteral("interrupted")}}));
        ShowTimeline::markEnded(m_db, s.showId, QStringLiteral("interrupted"));
    }
    m_db.writer().flush();
    emit finished(recovered.values(), problems);
}

} // namespace shopcast::show
