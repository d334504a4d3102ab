#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

#include <time.h>

namespace shopcast::test {

// The watchdog of the GUI-thread tests: a 2 ms timer asks the event loop for
// a turn; longestMs() is the longest it had to wait since start(). Tests
// report it (WARN) and judge the mechanism (work::GuiThreadCheck); only
// the benchmarks quote it as a figure.
// A gap is either work on the thread or the thread waiting for a core (two
// cores shared with llvmpipe, the encoder, nginx and the clients): the
// thread's own CPU time across the longest gap tells which, and so does the
// count of long gaps in which the thread ran less than half the time.
class EventLoopGap
{
public:
    static constexpr qint64 kLongMs = 16;

    EventLoopGap()
    {
        m_beat.setInterval(2);
        QObject::connect(&m_beat, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            const qint64 cpuUs = threadCpuUs();
            const qint64 gap = now - m_lastMs;
            const qint64 ranUs = cpuUs - m_lastCpuUs;
            if (gap > m_longestMs) {
                m_longestMs = gap;
                m_longestCpuUs = ranUs;
            }
            if (gap > kLongMs) {
                ++m_longGaps;
                if (ranUs * 2 < gap * 1000)
                    ++m_longGapsWaiting;
            }
            m_lastMs = now;
            m_lastCpuUs = cpuUs;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastMs = 0;
        m_lastCpuUs = threadCpuUs();
        m_longestMs = 0;
        m_longestCpuUs = 0;
        m_longGaps = 0;
        m_longGapsWaiting = 0;
        m_beat.start();
    }
    void stop() { m_beat.stop(); }
    qint64 longestMs() const { return m_longestMs; }
    // How long the thread itself ran during the longest gap.
    double longestCpuMs() const { return double(m_longestCpuUs) / 1000.0; }
    // Gaps over kLongMs, and those of them the thread spent mostly not running.
    int longGaps() const { return m_longGaps; }
    int longGapsWaiting() const { return m_longGapsWaiting; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    static qint64 threadCpuUs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
    }

    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_lastCpuUs = 0;
    qint64 m_longestMs = 0;
    qint64 m_longestCpuUs = 0;
    int m_longGaps = 0;
    int m_longGapsWaiting = 0;
};

} // namespace shopcast::test
