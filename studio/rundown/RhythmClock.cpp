#include "RhythmClock.hpp"

#include "core/MonotonicClock.hpp"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace shopcast::rundown {

RhythmClock::RhythmClock(ShowPlan plan, const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_clock(clock)
{}

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
    const bool showGoesOn = nextIndex >= 0 && nextIndex < m_plan.slotList.size() && m_plan.slotList.at(nextIndex).kind != SlotKind::Closing;
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

RhythmClock::Snapshot RhythmClock::snapshot() const
{
    Snapshot s;
    s.started = m_started;
    s.finished = m_finished;
    s.paused = m_pausedSinceMs.has_value();
    s.autoAdvance = m_autoAdvance;
    s.slotIndex = m_index;
    s.showElapsedMs = showTime();
    s.slotStartShowMs = m_slotStartShowMs;
    s.productsInARow = m_productsInARow;
    s.interludeDue = m_interludeDue;
    s.actuals = m_actuals;
    return s;
}

bool RhythmClock::restore(const Snapshot &s, QString *error)
{
    if (m_started) {
        *error = tr("the rhythm timer is already running");
        return false;
    }
    if (s.started && !s.finished && (s.slotIndex < 0 || s.slotIndex >= m_plan.slotList.size())) {
        *error = tr("slot %1 is not in the plan (%2 slots)").arg(s.slotIndex + 1).arg(m_plan.slotList.size());
        return false;
    }
    if (!s.started)
        return true;
    const qint64 now = m_clock.nowMs();
    m_started = true;
    m_finished = s.finished;
    m_autoAdvance = s.autoAdvance;
    m_startMs = now - s.showElapsedMs;
    m_pausedTotalMs = 0;
    m_pausedSinceMs.reset();
    if (s.paused && !s.finished)
        m_pausedSinceMs = now;
    m_index = s.finished ? -1 : s.slotIndex;
    m_slotStartShowMs = s.slotStartShowMs;
    m_productsInARow = s.productsInARow;
    m_interludeDue = s.interludeDue;
    m_actuals = s.actuals;
    m_level = m_finished ? Level::Normal : levelFor(s.showElapsedMs - s.slotStartShowMs, m_plan.slotList.at(m_index).plannedMs);
    emit levelChanged(m_level);
    return true;
}

QJsonObject RhythmClock::Snapshot::toJson() const
{
    QJsonArray list;
    for (const SlotActual &a : actuals)
        list.append(QJsonObject{{QStringLiteral("index"), a.index},
                                {QStringLiteral("startedAtMs"), a.startedAtMs},
                                {QStringLiteral("actualMs"), a.actualMs},
                                {QStringLiteral("plannedMs"), a.plannedMs}});
    return {{QStringLiteral("started"), started},
            {QStringLiteral("finished"), finished},
            {QStringLiteral("paused"), paused},
            {QStringLiteral("autoAdvance"), autoAdvance},
            {QStringLiteral("slotIndex"), slotIndex},
            {QStringLiteral("showElapsedMs"), showElapsedMs},
            {QStringLiteral("slotStartShowMs"), slotStartShowMs},
            {QStringLiteral("productsInARow"), productsInARow},
            {QStringLiteral("interludeDue"), interludeDue},
            {QStringLiteral("actuals"), list}};
}

std::optional<RhythmClock::Snapshot> RhythmClock::Snapshot::fromJson(const QJsonObject &json, int slotCount, QString *error)
{
    // Read from the studio's own database, but after a crash: checked all
    // the same, a bad value must not index past the plan.
    constexpr qint64 kMaxMs = 7LL * 24 * 3600 * 1000;
    auto ms = [&](const char *key, bool *ok) {
        const double v = json.value(QLatin1String(key)).toDouble(-1);
        *ok = *ok && v >= 0 && v <= double(kMaxMs);
        return qint64(std::max(0.0, std::min(v, double(kMaxMs))));
    };
    bool ok = true;
    Snapshot s;
    s.started = json.value(QStringLiteral("started")).toBool();
    s.finished = json.value(QStringLiteral("finished")).toBool();
    s.paused = json.value(QStringLiteral("paused")).toBool();
    s.autoAdvance = json.value(QStringLiteral("autoAdvance")).toBool();
    s.slotIndex = json.value(QStringLiteral("slotIndex")).toInt(-1);
    s.showElapsedMs = ms("showElapsedMs", &ok);
    s.slotStartShowMs = ms("slotStartShowMs", &ok);
    s.productsInARow = std::clamp(json.value(QStringLiteral("productsInARow")).toInt(), 0, 1000);
    s.interludeDue = json.value(QStringLiteral("interludeDue")).toBool();
    const QJsonArray list = json.value(QStringLiteral("actuals")).toArray();
    if (list.size() > 10'000)
        ok = false;
    for (const QJsonValue v : list) {
        const QJsonObject o = v.toObject();
        SlotActual a;
        a.index = o.value(QStringLiteral("index")).toInt(-1);
        a.startedAtMs = qint64(o.value(QStringLiteral("startedAtMs")).toDouble());
        a.actualMs = qint64(o.value(QStringLiteral("actualMs")).toDouble());
        a.plannedMs = qint64(o.value(QStringLiteral("plannedMs")).toDouble());
        ok = ok && a.index >= 0 && a.index < slotCount && std::abs(a.startedAtMs) <= kMaxMs && std::abs(a.actualMs) <= kMaxMs
             && std::abs(a.plannedMs) <= kMaxMs;
        s.actuals.append(a);
    }
    if (s.started && !s.finished && (s.slotIndex < 0 || s.slotIndex >= slotCount))
        ok = false;
    if (s.slotStartShowMs > s.showElapsedMs)
        ok = false;
    if (!ok) {
        *error = tr("the rhythm timer's saved position is not valid");
        return std::nullopt;
    }
    return s;
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
