#include "RundownSession.hpp"

#include "ShowTimeline.hpp"

namespace shopcast::show {

using rundown::RhythmClock;
using rundown::SlotKind;
using rundown::SlotKinds;

RundownSession::RundownSession(const core::MonotonicClock &clock, ShowTimeline *timeline, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timeline(timeline)
{
    m_poll.setInterval(200);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_rhythm->update();
        emit stateChanged();
    });
    setPlan(rundown::ShowPlan{});
    m_poll.start();
}

void RundownSession::start()
{
    emit aboutToStart();
    m_rhythm->start();
    emit stateChanged();
}

void RundownSession::setPolling(bool on)
{
    on ? m_poll.start() : m_poll.stop();
}

void RundownSession::setPlan(const rundown::ShowPlan &plan)
{
    if (m_rhythm && m_rhythm->state().started && !m_rhythm->state().finished && m_timeline)
        m_timeline->record(TimelineKind::RundownReplaced, {}, {{QStringLiteral("title"), m_plan.title}});
    m_plan = plan;
    m_rhythm = std::make_unique<RhythmClock>(m_plan, m_clock);
    wire();
    emit planChanged();
    emit stateChanged();
}

void RundownSession::wire()
{
    RhythmClock *rhythm = m_rhythm.get();
    connect(rhythm, &RhythmClock::slotStarted, this, [this](int index) {
        const rundown::PlanSlot &slot = m_plan.slotList.at(index);
        if (m_timeline)
            m_timeline->record(
                TimelineKind::SlotStart, slot.sku,
                {{QStringLiteral("index"), index}, {QStringLiteral("kind"), SlotKinds::id(slot.kind)}, {QStringLiteral("plannedMs"), slot.plannedMs}});
        emit stateChanged();
    });
    connect(rhythm, &RhythmClock::slotEnded, this, [this](int index, qint64 actualMs, qint64 plannedMs) {
        if (m_timeline)
            m_timeline->record(TimelineKind::SlotEnd, m_plan.slotList.at(index).sku,
                               {{QStringLiteral("index"), index},
                                {QStringLiteral("kind"), SlotKinds::id(m_plan.slotList.at(index).kind)},
                                {QStringLiteral("plannedMs"), plannedMs},
                                {QStringLiteral("actualMs"), actualMs}});
    });
    connect(rhythm, &RhythmClock::productSlotStarted, this, [this](const QString &sku) { emit productDue(sku, m_rhythm->state().slotIndex); });
    connect(rhythm, &RhythmClock::interactionSlotStarted, this, [this](SlotKind kind, int index) {
        emit message(kind == SlotKind::Lottery ? tr("Lottery time: start the draw.") : tr("Poll time: start the poll."), false);
        emit interactionDue(kind, index);
    });
    connect(rhythm, &RhythmClock::interludeDue, this,
            [this](int products) { emit message(tr("%1 products in a row: an interlude (lottery or game) is due now.").arg(products), false); });
    connect(rhythm, &RhythmClock::finished, this, [this] {
        if (m_timeline)
            m_timeline->record(TimelineKind::RundownFinished, {},
                               {{QStringLiteral("showMs"), m_rhythm->state().showElapsedMs}, {QStringLiteral("plannedMs"), m_plan.totalPlannedMs()}});
        emit stateChanged();
    });
    connect(rhythm, &RhythmClock::pausedChanged, this, [this](bool paused) {
        if (m_timeline)
            m_timeline->record(paused ? TimelineKind::RundownPaused : TimelineKind::RundownResumed);
        emit stateChanged();
    });
}

} // namespace shopcast::show
