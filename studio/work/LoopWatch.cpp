#include "LoopWatch.hpp"

namespace shopcast::work {

LoopWatch::LoopWatch(QObject *parent)
    : QObject(parent)
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
    m_lateness.add(now - m_lastMs - kBeatMs);
    m_lastMs = now;
}

} // namespace shopcast::work
