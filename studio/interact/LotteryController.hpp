#pragma once

#include "LotteryPreset.hpp"

#include "core/Shards.hpp"
#include "pluginapi/ChatEvent.hpp"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QElapsedTimer>
#include <QTimer>

namespace shopcast::core {
class MonotonicClock;
}
namespace shopcast::storage {
class Database;
}

namespace shopcast::interact {

// Runs one lottery at a time during the show: opens entries (a seed is taken
// and its commitment shown at once), takes entries from the comments that
// passed moderation (keyword, one per user, eligibility), closes when the
// window ends, draws with FairDraw, redraws for an absent winner (the next in
// the same verifiable order) and keeps the audit record and winners in the
// studio database. Time comes from the injected show clock.
class LotteryController : public QObject
{
    Q_OBJECT
public:
    // Drawing: the list is frozen and the draw runs on a worker thread (a
    // million entrants take a moment to sort); Drawn when it is done.
    enum class State { Idle, Open, Closed, Drawing, Drawn };
    Q_ENUM(State)

    struct Entrant
    {
        QString id; // "platform:userId": what the draw sees
        QString platform;
        QString userId;
        QString userName;
        qint64 enteredAtMs = 0;
    };

    LotteryController(storage::Database &db, const core::MonotonicClock &clock, QObject *parent = nullptr);

    State state() const { return m_state; }
    const LotteryPreset &preset() const { return m_preset; }
    QString commitment() const;
    qint64 remainingMs() const;
    int entrantCount() const { return int(m_entrants.size()); }
    const QList<Entrant> &entrants() const { return m_entrants; }
    QList<Entrant> winners() const; // in draw order, absent ones excluded
    const QJsonObject &audit() const { return m_audit; }
    qint64 drawId() const { return m_drawId; }

    // The show draws belong to (0 outside a show: nothing is stored); a new
    // show starts the per-user comment counts afresh.
    void setShowId(qint64 showId);
    bool open(const LotteryPreset &preset, QString *error);
    void close();
    // Starts the draw; stateChanged(Drawn) follows when the worker is done.
    bool draw(QString *error);
    // The winner at this place did not claim the prize: the next entrant in
    // the same draw order takes it; logged in the audit record.
    bool redraw(int winnerIndex, QString *error);
    bool exportWinnersCsv(const QString &path, QString *error) const;
    // For tests: what the clock says now.
    void tick();

    // An open lottery as a checkpoint keeps it (preset, seed, opening time),
    // to carry it over a crash with the same commitment; empty when none is open.
    QJsonObject openSnapshot() const;
    // The comment counts a resumed show had (minComments), from its chat log.
    void recount(const QList<shopcast::chat::ChatEvent> &showComments);
    // Reopens a lottery from openSnapshot(): the same seed (so the commitment
    // viewers saw holds), its entrants found again in the show's chat log
    // (the comments that passed moderation, as logged), and its entry window
    // moved on by the time the studio was away. Counts comments as recount does.
    bool resumeOpen(const QJsonObject &snapshot, const QList<shopcast::chat::ChatEvent> &showComments, qint64 gapMs, QString *error);
    // True while resumeOpen announces the reopened lottery (not a new one).
    bool isResuming() const { return m_resuming; }

public slots:
    void ingest(const QList<shopcast::chat::ChatEvent> &comments);

signals:
    void stateChanged(shopcast::interact::LotteryController::State state);
    void changed(); // entrant count or countdown moved: redraw the overlay
    void redrawn(const QString &absentId, const QString &replacementId);
    void message(const QString &text, bool isError);

private:
    struct DrawResult;
    static QString fold(const QString &text);
    // A new lottery's state: its preset and seed, nothing entered or drawn.
    void arm(const LotteryPreset &preset, const QByteArray &seed, qint64 openedAtMs);
    // replayed: the comments come from the chat log and enter at their arrival time.
    void take(const QList<shopcast::chat::ChatEvent> &comments, bool replayed);
    // The entrants are frozen once the comment pipeline has caught up with
    // the close: a comment that arrived after the end has come through (the
    // pipeline keeps arrival order), or kSettleMs of real time passed (a
    // quiet room). A draw pressed as the countdown ends would otherwise miss
    // comments that arrived in time and were still being moderated.
    void freezeWhenSettled();
    void freeze();
    void finishDraw(const DrawResult &result);
    QSet<QString> recentWinners(int days) const;
    void setState(State state);

    storage::Database &m_db;
    const core::MonotonicClock &m_clock;
    LotteryPreset m_preset;
    State m_state = State::Idle;
    QByteArray m_seed;
    qint64 m_showId = 0;
    qint64 m_openedAtMs = 0;
    qint64 m_closedAtMs = 0;
    QString m_keyword;
    QSet<QString> m_excluded; // past winners when entries opened
    // Per viewer of this show: comments so far (for minComments) and the
    // lottery they last entered (one hash for both: a million entrants
    // means a million look-ups per comment kind).
    struct Viewer
    {
        int comments = 0;
        int enteredLottery = 0;
    };
    // In shards: the show's commenters, hundreds of thousands in a big room,
    // grow without a rehash of them all in one comment (core/Shards.hpp).
    core::Shards<QHash<QString, Viewer>> m_viewers;
    Viewer &viewer(const QString &id);
    int m_lotterySerial = 0; // counts lotteries opened
    QList<Entrant> m_entrants;
    QStringList m_frozen;            // the entrant list the draw was made from
    QStringList m_drawOrder;         // winners then replacements, as FairDraw gives them
    QHash<QString, Entrant> m_drawn; // the entrants named in m_drawOrder
    QSet<QString> m_absent;
    // Winners recorded by this run, which may still be in the writer's queue:
    // they count as past winners at once, with no wait for the disk.
    QSet<QString> m_wonThisRun;
    QSet<QString> m_absentThisRun;
    QJsonObject m_audit;
    qint64 m_drawId = 0;
    QTimer m_timer{this};
    static constexpr int kSettleMs = 300; // well over the pipeline's p99 (~50 ms in the show benchmark)
    qint64 m_latestArrivalMs = -1;        // of the comments taken so far
    bool m_settling = false;              // drawing, entrants not frozen yet
    QElapsedTimer m_settleTimer;
    qint64 m_shownSecond = -1;
    bool m_dirty = false;
    bool m_resuming = false;
};

} // namespace shopcast::interact
