#pragma once

#include "rundown/RhythmClock.hpp"

#include <QObject>
#include <QTimer>

#include <memory>

namespace shopcast::show {

class ShowTimeline;

// Runs the show plan live: owns the RhythmClock (recreated for a new plan),
// polls it a few times a second, writes every slot start and end to the
// timeline (planned vs actual), and says when a product slot wants its product
// on air (productDue: ShowSession puts it there) and when a lottery or poll
// slot begins (interactionDue).
class RundownSession : public QObject
{
    Q_OBJECT
public:
    // timeline may be null (a rehearsal of the timer alone).
    RundownSession(const core::MonotonicClock &clock, ShowTimeline *timeline, QObject *parent = nullptr);

    void setPlan(const rundown::ShowPlan &plan);
    const rundown::ShowPlan &plan() const { return m_plan; }
    rundown::RhythmClock &clock() { return *m_rhythm; }
    const rundown::RhythmClock &clock() const { return *m_rhythm; }
    // Starts the rhythm clock; aboutToStart lets the show open first, so the
    // first slot is on the show's timeline.
    void start();
    // The clock was changed from outside (restored): the docks redraw.
    void notifyStateChanged() { emit stateChanged(); }
    // For tests and tools that move the injected clock themselves.
    void setPolling(bool on);

signals:
    void aboutToStart();
    void planChanged();
    void stateChanged(); // after each poll: the dock redraws from clock().state()
    void productDue(const QString &sku, int slotIndex);
    void interactionDue(shopcast::rundown::SlotKind kind, int slotIndex);
    void message(const QString &text, bool isError);

private:
    void wire();

    const core::MonotonicClock &m_clock;
    ShowTimeline *m_timeline;
    rundown::ShowPlan m_plan;
    std::unique_ptr<rundown::RhythmClock> m_rhythm;
    QTimer m_poll{this};
};

} // namespace shopcast::show
