#pragma once

#include "rundown/RhythmClock.hpp"

#include <QObject>
#include <QTimer>

#include <memory>

namespace shopcast::catalog {
class LineupModel;
}

namespace shopcast::show {

class ShowTimeline;

// Runs the show plan live: owns the RhythmClock (recreated for a new plan),
// polls it a few times a second, writes every slot start and end to the
// timeline (planned vs actual), puts a product slot's product on air through
// the lineup and announces lottery and poll slots for the interaction panel.
class RundownSession : public QObject
{
    Q_OBJECT
public:
    // timeline and lineup may be null (a rehearsal of the timer alone).
    RundownSession(const core::MonotonicClock &clock, ShowTimeline *timeline, catalog::LineupModel *lineup,
                   QObject *parent = nullptr);

    void setPlan(const rundown::ShowPlan &plan);
    const rundown::ShowPlan &plan() const { return m_plan; }
    rundown::RhythmClock &clock() { return *m_rhythm; }
    const rundown::RhythmClock &clock() const { return *m_rhythm; }
    // For tests and tools that move the injected clock themselves.
    void setPolling(bool on);

signals:
    void planChanged();
    void stateChanged(); // after each poll: the dock redraws from clock().state()
    void interactionDue(shopcast::rundown::SlotKind kind, int slotIndex);
    void message(const QString &text, bool isError);

private:
    void wire();

    const core::MonotonicClock &m_clock;
    ShowTimeline *m_timeline;
    catalog::LineupModel *m_lineup;
    rundown::ShowPlan m_plan;
    std::unique_ptr<rundown::RhythmClock> m_rhythm;
    QTimer m_poll;
};

} // namespace shopcast::show
