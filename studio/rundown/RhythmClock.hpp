#pragma once

#include "ShowPlan.hpp"

#include <QJsonObject>
#include <QList>
#include <QObject>

namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::rundown {

// Runs a show plan against the clock. Time comes from the injected monotonic
// clock and only moves when someone calls update() (the UI does so a few
// times a second), so tests can fast-forward a 4-hour show and get exact
// figures. Paused time counts for nothing: not for the slot, not for the show.
class RhythmClock : public QObject
{
    Q_OBJECT
public:
    enum class Level { Normal, Amber, Red };

    struct SlotActual
    {
        int index = -1;
        qint64 startedAtMs = 0; // show time (pauses excluded)
        qint64 actualMs = 0;
        qint64 plannedMs = 0;
    };

    struct State
    {
        bool started = false;
        bool paused = false;
        bool finished = false;
        int slotIndex = -1;
        int nextSlotIndex = -1;
        qint64 elapsedMs = 0; // in the current slot
        qint64 plannedMs = 0;
        qint64 remainingMs = 0; // negative once overrunning
        qint64 overrunMs = 0;
        int percent = 0; // elapsed / planned, may pass 100
        Level level = Level::Normal;
        qint64 showElapsedMs = 0;
        qint64 behindMs = 0;        // positive: behind the plan; negative: ahead
        bool interludeDue = false;  // the block is done and no interlude has come
        bool interludeNext = false; // this product completes the block
        int productsInARow = 0;
    };

    // Where a running plan stands, to continue it in another process (a show
    // resumed after a crash). Times are show time, pauses excluded.
    struct Snapshot
    {
        bool started = false;
        bool finished = false;
        bool paused = false;
        bool autoAdvance = false;
        int slotIndex = -1;
        qint64 showElapsedMs = 0;
        qint64 slotStartShowMs = 0;
        int productsInARow = 0;
        bool interludeDue = false;
        QList<SlotActual> actuals;

        QJsonObject toJson() const;
        static std::optional<Snapshot> fromJson(const QJsonObject &json, int slotCount, QString *error);
    };

    RhythmClock(ShowPlan plan, const core::MonotonicClock &clock, QObject *parent = nullptr);

    const ShowPlan &plan() const { return m_plan; }
    void setAutoAdvance(bool on) { m_autoAdvance = on; }
    bool autoAdvance() const { return m_autoAdvance; }

    State state() const;
    const QList<SlotActual> &actuals() const { return m_actuals; }
    Snapshot snapshot() const;
    // Continues from a snapshot of this plan: the slot goes on with the time
    // it had; the time between snapshot and restore counts for nothing, as a
    // pause does. No slot starts again, so nothing is emitted but the level.
    bool restore(const Snapshot &snapshot, QString *error);

public slots:
    void start();
    void pause();
    void resume();
    void advance();
    void back();
    // Reads the clock: level changes, auto-advance.
    void update();

signals:
    void slotStarted(int index);
    void slotEnded(int index, qint64 actualMs, qint64 plannedMs);
    void productSlotStarted(const QString &sku);
    // A lottery or poll slot began: the interaction panel takes it from here.
    void interactionSlotStarted(shopcast::rundown::SlotKind kind, int index);
    void interludeDue(int productsInARow);
    void levelChanged(shopcast::rundown::RhythmClock::Level level);
    void pausedChanged(bool paused);
    void finished();

private:
    qint64 showTime() const;
    void enter(int index, qint64 atShowMs);
    void leave(qint64 atShowMs, int nextIndex);
    Level levelFor(qint64 elapsedMs, qint64 plannedMs) const;

    ShowPlan m_plan;
    const core::MonotonicClock &m_clock;
    bool m_autoAdvance = false;
    bool m_started = false;
    bool m_finished = false;
    qint64 m_startMs = 0;
    qint64 m_pausedTotalMs = 0;
    std::optional<qint64> m_pausedSinceMs;
    int m_index = -1;
    qint64 m_slotStartShowMs = 0;
    int m_productsInARow = 0;
    bool m_interludeDue = false;
    Level m_level = Level::Normal;
    QList<SlotActual> m_actuals;
};

} // namespace shopcast::rundown
