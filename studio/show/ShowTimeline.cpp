#include "ShowTimeline.hpp"

#include "core/MonotonicClock.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace shopcast::show {

namespace {
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

ShowTimeline::ShowTimeline(storage::Database &db, const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
    connect(&m_db.writer(), &storage::StorageWriter::writeFailed, this, &ShowTimeline::writeFailed);
}

bool ShowTimeline::open(const QString &title, QString *error)
{
    if (isOpen()) {
        *error = tr("a show is already running");
        return false;
    }
    // The id is known now; the row follows through the writer, ahead of
    // every event of the show (the writer keeps the order).
    const qint64 id = m_db.nextShowId(error);
    if (id <= 0)
        return false;
    m_db.writer().submit(
        [id, title = notNull(title), startedAt = nowUtc()](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO shows (id, title, started_at) VALUES (?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(title);
            q.addBindValue(startedAt);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("show start"));
    m_showId = id;
    m_title = title;
    m_events.clear();
    emit opened(m_showId);
    return true;
}

bool ShowTimeline::reopen(qint64 showId, QString *error)
{
    if (isOpen()) {
        *error = tr("a show is already running");
        return false;
    }
    // Read as committed: this run has written nothing of that show yet.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT title, ended_at FROM shows WHERE id = ?"));
    q.addBindValue(showId);
    if (!q.exec() || !q.next()) {
        *error = tr("show %1 is not in the studio database").arg(showId);
        return false;
    }
    if (!q.value(1).isNull()) {
        *error = tr("show %1 has ended").arg(showId);
        return false;
    }
    m_showId = showId;
    m_title = q.value(0).toString();
    m_events = load(m_db.connection(), showId);
    if (m_events.size() > kRecentEvents)
        m_events.remove(0, m_events.size() - kRecentEvents);
    emit opened(m_showId);
    return true;
}

void ShowTimeline::close(const QString &reason)
{
    if (!isOpen())
        return;
    record(TimelineKind::ShowEnd, {}, {{QStringLiteral("reason"), reason}});
    markEnded(m_db, m_showId, reason);
    const qint64 id = m_showId;
    m_showId = 0;
    emit closed(id);
}

bool ShowTimeline::record(TimelineKind kind, const QString &sku, const QJsonObject &detail)
{
    return recordEvent(makeEvent(m_clock.nowMs(), kind, sku, detail));
}

bool ShowTimeline::recordEvent(const TimelineEvent &event)
{
    if (!isOpen())
        return false;
    const QStringList missing = TimelineKinds::missingKeys(event.kind, event.detail);
    if (!missing.isEmpty())
        qWarning("timeline: %s event without %s", qPrintable(TimelineKinds::id(event.kind)), qPrintable(missing.join(QLatin1Char(','))));
    m_events.append(event);
    if (m_events.size() > 2 * kRecentEvents) // trimmed in steps, not on every event
        m_events.remove(0, m_events.size() - kRecentEvents);
    append(m_db, m_showId, event);
    emit recorded(event);
    return true;
}

void ShowTimeline::append(storage::Database &db, qint64 showId, const TimelineEvent &event)
{
    db.writer().submit(
        [showId, event](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO timeline_events (show_id, monotonic_ms, wall_time, kind, sku, detail, payload_version)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(showId);
            q.addBindValue(event.monotonicMs);
            q.addBindValue(event.wallTime);
            q.addBindValue(event.kindId);
            q.addBindValue(event.sku);
            q.addBindValue(QString::fromUtf8(QJsonDocument(event.detail).toJson(QJsonDocument::Compact)));
            q.addBindValue(event.payloadVersion);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("timeline"));
}

void ShowTimeline::markEnded(storage::Database &db, qint64 showId, const QString &reason)
{
    db.writer().submit(
        [showId, endedAt = nowUtc(), reason = notNull(reason)](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE shows SET ended_at = ?, end_reason = ? WHERE id = ?"));
            q.addBindValue(endedAt);
            q.addBindValue(reason);
            q.addBindValue(showId);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("show end"));
}

TimelineEvent ShowTimeline::makeEvent(qint64 monotonicMs, TimelineKind kind, const QString &sku, const QJsonObject &detail)
{
    return {monotonicMs, nowUtc(), kind, notNull(sku), detail, TimelineKinds::payloadVersion(kind), TimelineKinds::id(kind)};
}

QList<TimelineEvent> ShowTimeline::load(const QSqlDatabase &db, qint64 showId)
{
    QList<TimelineEvent> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT monotonic_ms, wall_time, kind, sku, detail, payload_version FROM timeline_events"
                             " WHERE show_id = ? ORDER BY id"));
    q.addBindValue(showId);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QString kindId = q.value(2).toString();
        out.append({q.value(0).toLongLong(), q.value(1).toString(), TimelineKinds::fromId(kindId), q.value(3).toString(),
                    QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(), q.value(5).toInt(), kindId});
    }
    return out;
}

std::optional<RecordingPosition> ShowTimeline::recordingPosition(const QList<TimelineEvent> &events, qint64 monotonicMs)
{
    std::optional<TimelineEvent> running;
    for (const TimelineEvent &e : events) {
        if (e.monotonicMs > monotonicMs)
            break;
        if (e.kind == TimelineKind::RecordingStart)
            running = e;
        else if (e.kind == TimelineKind::RecordingStop)
            running.reset();
    }
    if (!running)
        return std::nullopt;
    return RecordingPosition{running->detail.value(QStringLiteral("path")).toString(), monotonicMs - running->monotonicMs};
}

} // namespace shopcast::show
