#include "LoopWatch.hpp"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <time.h>
#endif

namespace shopcast::work {

namespace {

// The calling thread's CPU time; -1 where the system cannot say.
qint64 threadCpuNs()
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
#endif
    return -1;
}

} // namespace

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
    // Events are only seen on the application's own thread.
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
        m_deliveries.install();
    m_clock.start();
    m_lastMs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void LoopWatch::beat()
{
    const qint64 now = m_clock.elapsed();
    const qint64 cpuNs = threadCpuNs();
    const qint64 lateness = now - m_lastMs - kBeatMs;
    const bool settled = m_lastMs >= m_settleMs;
    (settled ? m_lateness : m_startup).add(lateness);
    const DeliveryWatch::Longest longest = m_deliveries.take();
    if (settled && lateness >= kSlowTurnMs) {
        ++m_slowTurnCount;
        keep({now, lateness, cpuNs >= 0 && m_lastCpuNs >= 0 ? (cpuNs - m_lastCpuNs) / 1'000'000 : -1, longest.describe(), longest.ms});
    }
    m_lastMs = now;
    m_lastCpuNs = cpuNs;
}

void LoopWatch::keep(SlowTurn turn)
{
    const auto longerFirst = [](const SlowTurn &a, const SlowTurn &b) { return a.latenessMs > b.latenessMs; };
    m_slowTurns.insert(std::upper_bound(m_slowTurns.begin(), m_slowTurns.end(), turn, longerFirst), std::move(turn));
    if (m_slowTurns.size() > size_t(kKeptSlowTurns))
        m_slowTurns.pop_back();
}

QJsonArray LoopWatch::slowTurnsJson() const
{
    QJsonArray out;
    for (const SlowTurn &t : m_slowTurns)
        out.append(QJsonObject{{QStringLiteral("atMs"), t.atMs},
                               {QStringLiteral("latenessMs"), t.latenessMs},
                               {QStringLiteral("threadCpuMs"), t.threadCpuMs},
                               {QStringLiteral("after"), t.after},
                               {QStringLiteral("afterMs"), t.afterMs}});
    return out;
}

} // namespace shopcast::work
