#include "ShowRecovery.hpp"

#include "ShowTimeline.hpp"

#include "broadcast/RecordingRemuxer.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "work/Work.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QSqlQuery>

namespace shopcast::show {

ShowRecovery::ShowRecovery(storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

// A remux in progress finishes on the media pool; what follows it is
// dropped with this object (the next start finds the MP4 made).
ShowRecovery::~ShowRecovery() = default;

bool ShowRecovery::isRunning() const
{
    return m_running > 0;
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
        // The checkpoint is newer than the last event, most of the time.
        QSqlQuery c(m_db.connection());
        c.prepare(QStringLiteral("SELECT monotonic_ms FROM show_checkpoints WHERE show_id = ?"));
        c.addBindValue(s.showId);
        if (c.exec() && c.next())
            s.lastEventMonotonicMs = std::max(s.lastEventMonotonicMs, c.value(0).toLongLong());
        out.append(s);
    }
    return out;
}

std::optional<ResumeOffer> ShowRecovery::resumable(const QList<InterruptedShow> &shows, const QDateTime &nowUtc, qint64 maxAgeMs) const
{
    for (auto it = shows.crbegin(); it != shows.crend(); ++it) {
        QString why;
        std::optional<ShowCheckpoint> checkpoint = ShowCheckpoint::load(m_db.connection(), it->showId, &why);
        if (!checkpoint)
            continue;
        const QDateTime savedAt = QDateTime::fromString(checkpoint->savedAt, Qt::ISODateWithMs);
        if (!savedAt.isValid())
            continue;
        const qint64 ageMs = savedAt.msecsTo(nowUtc);
        if (ageMs > maxAgeMs)
            return std::nullopt; // the latest is too old: so are the others
        ResumeOffer offer{*it, *checkpoint, std::max(checkpoint->monotonicMs, it->lastEventMonotonicMs), std::max<qint64>(0, ageMs)};
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT MAX(arrived_at_ms) FROM chat_log WHERE show_id = ?"));
        q.addBindValue(it->showId);
        if (q.exec() && q.next())
            offer.stoppedAtMs = std::max(offer.stoppedAtMs, q.value(0).toLongLong());
        return offer;
    }
    return std::nullopt;
}

void ShowRecovery::start(const QList<InterruptedShow> &shows, qint64 resumingShowId)
{
    QStringList recordings;
    for (const InterruptedShow &s : shows)
        recordings += s.unfinishedRecordings;
    ++m_running;
    // On a strand: a second start waits for the first's files, not the GUI.
    m_strand.post([self = QPointer<ShowRecovery>(this), shows, recordings, resumingShowId] {
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
            options.progress = [self, mkv](double fraction) {
                if (self)
                    work::Work::post(self.data(), [self, mkv, fraction] { emit self->progress(mkv, fraction); });
                return true;
            };
            QString error;
            if (broadcast::RecordingRemuxer::remux(mkv, mp4, options, &error))
                recovered.insert(mkv, mp4);
            else
                problems.append(error);
        }
        if (self)
            work::Work::post(self.data(), [self, shows, resumingShowId, recovered, problems] {
                --self->m_running;
                self->closeShows(shows, resumingShowId, recovered, problems);
            });
    });
}

void ShowRecovery::closeShows(const QList<InterruptedShow> &shows, qint64 resumingShowId, const QHash<QString, QString> &recovered, const QStringList &problems)
{
    // Each show ends where its timeline stops: its last moment is the best
    // that is known of when it went down.
    for (const InterruptedShow &s : shows) {
        if (s.showId == resumingShowId)
            continue; // it goes on: ShowSession::resume closed its recordings on the timeline
        for (const QString &mkv : s.unfinishedRecordings)
            ShowTimeline::append(m_db, s.showId,
                                 ShowTimeline::makeEvent(s.lastEventMonotonicMs, TimelineKind::RecordingStop, {},
                                                         {{QStringLiteral("path"), recovered.value(mkv, mkv)},
                                                          {QStringLiteral("error"), recovered.contains(mkv) ? tr("recovered after the studio stopped")
                                                                                                            : tr("could not be recovered")}}));
        ShowTimeline::append(
            m_db, s.showId,
            ShowTimeline::makeEvent(s.lastEventMonotonicMs, TimelineKind::ShowEnd, {}, {{QStringLiteral("reason"), QStringLiteral("interrupted")}}));
        ShowTimeline::markEnded(m_db, s.showId, QStringLiteral("interrupted"));
    }
    // Announced once it is committed: whoever listens may read the closed shows.
    m_db.writer().whenCommitted(this, [this, recovered = recovered.values(), problems](bool) { emit finished(recovered, problems); });
}

} // namespace shopcast::show
