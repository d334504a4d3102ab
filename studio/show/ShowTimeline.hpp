#pragma once

#include "TimelineEvent.hpp"

#include <QList>
#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace shopcast::core {
class MonotonicClock;
}
namespace shopcast::storage {
class Database;
}

namespace shopcast::show {

// Where an event sits in a recorded file: the recording that was running and
// the offset into it.
struct RecordingPosition
{
    QString path;
    qint64 positionMs = 0;
};

// The timeline of the show that is open: typed events (TimelineKind) on the
// monotonic show clock, kept in memory for the live docks and written to the
// studio database through its writer (never a commit on the GUI thread). It
// becomes the replay's chapters. While no show is open, nothing is recorded:
// moving products around before the show is rehearsal.
class ShowTimeline : public QObject
{
    Q_OBJECT
public:
    ShowTimeline(storage::Database &db, const core::MonotonicClock &clock, QObject *parent = nullptr);

    // Opens a new show at once: its id is chosen here (Database::nextShowId)
    // and its row is queued on the writer ahead of its events; nothing waits.
    bool open(const QString &title, QString *error);
    // Opens again a stored show the studio did not end (resumed after a
    // crash): its events so far are read back, new ones follow them.
    bool reopen(qint64 showId, QString *error);
    // Records show_end and the show's end time; the timeline is closed after.
    void close(const QString &reason);
    bool isOpen() const { return m_showId > 0; }
    qint64 showId() const { return m_showId; }
    const QString &title() const { return m_title; }

    // False while no show is open (the event is not kept).
    bool record(TimelineKind kind, const QString &sku = {}, const QJsonObject &detail = {});
    // The same for an event made earlier (its own time): recovery's stops.
    bool recordEvent(const TimelineEvent &event);
    // The show's most recent events, kRecentEvents of them at least (tests,
    // a debugger); the database has them all. A show's memory does not grow
    // with its length: the show benchmark found every order line and action
    // of a four-hour show kept here, read by nothing but tests.
    static constexpr qsizetype kRecentEvents = 2000;
    const QList<TimelineEvent> &events() const { return m_events; }

    // Writing to a stored show that is not open (recovery closing a show the
    // studio could not end itself), through the storage writer.
    static TimelineEvent makeEvent(qint64 monotonicMs, TimelineKind kind, const QString &sku = {}, const QJsonObject &detail = {});
    static void append(storage::Database &db, qint64 showId, const TimelineEvent &event);
    static void markEnded(storage::Database &db, qint64 showId, const QString &reason);

    // A show's events as stored, in order (the replay, tests, recovery).
    static QList<TimelineEvent> load(const QSqlDatabase &db, qint64 showId);
    // Maps a moment of the show to the recording running then, from the
    // recording_start/recording_stop events alone.
    static std::optional<RecordingPosition> recordingPosition(const QList<TimelineEvent> &events, qint64 monotonicMs);

signals:
    void recorded(const shopcast::show::TimelineEvent &event);
    void opened(qint64 showId);
    void closed(qint64 showId);
    void writeFailed(const QString &error);

private:
    storage::Database &m_db;
    const core::MonotonicClock &m_clock;
    qint64 m_showId = 0;
    QString m_title;
    QList<TimelineEvent> m_events;
};

} // namespace shopcast::show
