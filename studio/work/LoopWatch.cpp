#include "LoopWatch.hpp"

namespace shopcast::work {

LoopWatch::LoopWatch(QObject *parent, qint64 settleMs)
    : QObject(parent)
    , m_settleMs(settleMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kBeatMs);
    connect(&m_timer, &QTimer::timeout, this, &LoopWatch::beat);
}

void LoopWatch::start()
{
    m_clock.start();
    m_lastMs = 0;
    m_timer.start();
}

void LoopWatch::beat()
{
    const qint64 now = m_clock.elapsed();
    (m_lastMs < m_settleMs ? m_startup : m_lateness).add(now - m_lastMs - kBeatMs);
    m_lastMs = now;
}

} // namespace shopcast::work
