#include "RhythmClock.hpp"

#include "core/MonotonicClock.hpp"

namespace shopcast::rundown {

RhythmClock::RhythmClock(ShowPlan plan, const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_clock(clock)
{
}

qint64 RhythmClock::showTime() const
{
    if (!m_started)
        return 0;
    const qint64 now = m_clock.nowMs();
    const qint64 pausedNow = m_pausedSinceMs ? now - *m_pausedSinceMs : 0;
    return now - m_startMs - m_pausedTotalMs - pausedNow;
}

RhythmClock::Level RhythmClock::levelFor(qint64 elapsedMs, qint64 plannedMs) const
{
    if (plannedMs <= 0)
        return Level::Normal;
    // Integer arithmetic: 80 % of 180 s is exactly 144 s, not 143.99999.
    if (elapsedMs * 100 >= plannedMs * m_plan.rule.redPercent)
        return Level::Red;
    if (elapsedMs * 100 >= plannedMs * m_plan.rule.amberPercent)
        return Level::Amber;
    return Level::Normal;
}

void RhythmClock::start()
{
    if (m_started || m_plan.slotList.isEmpty())
        return;
    m_started = true;
    m_startMs = m_clock.nowMs();
    enter(0, 0);
}

void RhythmClock::pause()
{
    if (!m_started || m_finished || m_pausedSinceMs)
        return;
    m_pausedSinceMs = m_clock.nowMs();
    emit pausedChanged(true);
}

void RhythmClock::resume()
{
    if (!m_pausedSinceMs)
        return;
    m_pausedTotalMs += m_clock.nowMs() - *m_pausedSinceMs;
    m_pausedSinceMs.reset();
    emit pausedChanged(false);
}

void RhythmClock::enter(int index, qint64 atShowMs)
{
    m_index = index;
    m_slotStartShowMs = atShowMs;
    const PlanSlot &slot = m_plan.slotList.at(index);
    if (m_plan.rule.isInterlude(slot.kind)) {
        m_productsInARow = 0;
        m_interludeDue = false;
    }
    m_level = Level::Normal;
    emit slotStarted(index);
    emit levelChanged(m_level);
    if (slot.kind == SlotKind::Product)
        emit productSlotStarted(slot.sku);
    else if (slot.kind == SlotKind::Lottery || slot.kind == SlotKind::Poll)
        emit interactionSlotStarted(slot.kind, index);
}

void RhythmClock::leave(qint64 atShowMs, int nextIndex)
{
    const PlanSlot &slot = m_plan.slotList.at(m_index);
    const qint64 actual = atShowMs - m_slotStartShowMs;
    m_actuals.append({m_index, m_slotStartShowMs, actual, slot.plannedMs});
    emit slotEnded(m_index, actual, slot.plannedMs);
    // No cue when the show is about to close: the rule keeps viewers through
    // the show, it does not ask for a lottery after the last product.
    const bool showGoesOn = nextIndex >= 0 && nextIndex < m_plan.slotList.size()
        && m_plan.slotList.at(nextIndex).kind != SlotKind::Closing;
    if (slot.kind == SlotKind::Product && ++m_productsInARow >= m_plan.rule.productsPerBlock && !m_interludeDue && showGoesOn) {
        m_interludeDue = true;
        emit interludeDue(m_productsInARow);
    }
}

void RhythmClock::advance()
{
    if (!m_started || m_finished)
        return;
    const qint64 now = showTime();
    leave(now, m_index + 1);
    if (m_index + 1 >= m_plan.slotList.size()) {
        m_finished = true;
        m_index = -1;
        if (m_pausedSinceMs)
            resume();
        emit finished();
        return;
    }
    enter(m_index + 1, now);
}

void RhythmClock::back()
{
    if (!m_started || m_finished || m_index <= 0)
        return;
    const qint64 now = showTime();
    leave(now, m_index - 1);
    enter(m_index - 1, now);
}

void RhythmClock::update()
{
    if (!m_started || m_finished || m_pausedSinceMs)
        return;
    const qint64 now = showTime();
    // Auto-advance ends each slot exactly at its planned length, however late
    // update() is called: a slow UI must not stretch the show.
    while (m_autoAdvance && !m_finished) {
        const qint64 end = m_slotStartShowMs + m_plan.slotList.at(m_index).plannedMs;
        if (now < end)
            break;
        leave(end, m_index + 1);
        if (m_index + 1 >= m_plan.slotList.size()) {
            m_finished = true;
            m_index = -1;
            emit finished();
            return;
        }
        enter(m_index + 1, end);
    }
    const Level level = levelFor(now - m_slotStartShowMs, m_plan.slotList.at(m_index).plannedMs);
    if (level != m_level) {
        m_level = level;
        emit levelChanged(level);
    }
}

RhythmClock::State RhythmClock::state() const
{
    State s;
    s.started = m_started;
    s.paused = m_pausedSinceMs.has_value();
    s.finished = m_finished;
    s.showElapsedMs = showTime();
    s.interludeDue = m_interludeDue;
    s.productsInARow = m_productsInARow;
    if (m_finished) {
        s.behindMs = s.showElapsedMs - m_plan.totalPlannedMs();
        return s;
    }
    if (!m_started) {
        s.nextSlotIndex = m_plan.slotList.isEmpty() ? -1 : 0;
        return s;
    }
    s.slotIndex = m_index;
    s.nextSlotIndex = m_index + 1 < m_plan.slotList.size() ? m_index + 1 : -1;
    s.plannedMs = m_plan.slotList.at(m_index).plannedMs;
    s.elapsedMs = s.showElapsedMs - m_slotStartShowMs;
    s.remainingMs = s.plannedMs - s.elapsedMs;
    s.overrunMs = std::max<qint64>(0, -s.remainingMs);
    s.percent = s.plannedMs > 0 ? int(s.elapsedMs * 100 / s.plannedMs) : 0;
    s.level = levelFor(s.elapsedMs, s.plannedMs);
    s.behindMs = (m_slotStartShowMs - m_plan.plannedOffsetMs(m_index)) + s.overrunMs;
    const bool onProduct = m_plan.slotList.at(m_index).kind == SlotKind::Product;
    const bool moreToCome = s.nextSlotIndex >= 0 && m_plan.slotList.at(s.nextSlotIndex).kind != SlotKind::Closing;
    s.interludeNext = onProduct && moreToCome && !m_interludeDue && m_productsInARow + 1 >= m_plan.rule.productsPerBlock;
    return s;
}

} // namespace shopcast::rundown
