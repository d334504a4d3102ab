#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <algorithm>

namespace shopcast::core {

// Where show logic gets "now" from. Production uses the steady clock; tests
// use a manual one and fast-forward hours in microseconds, without drift.
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    virtual qint64 nowMs() const = 0;
};

class SteadyClock final : public MonotonicClock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_baseMs + m_timer.elapsed(); }
    // Makes this process's clock go on from where an earlier run's stopped
    // (a show resumed after a crash keeps one time line with its chat log and
    // timeline). Only forward; call before anything has read the clock.
    void continueFrom(qint64 ms) { m_baseMs = std::max(m_baseMs, ms - m_timer.elapsed()); }

private:
    QElapsedTimer m_timer;
    qint64 m_baseMs = 0;
};

class ManualClock final : public MonotonicClock
{
public:
    qint64 nowMs() const override { return m_nowMs; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    void setMs(qint64 ms) { m_nowMs = ms; }

private:
    qint64 m_nowMs = 0;
};

} // namespace shopcast::core
