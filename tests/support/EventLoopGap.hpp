#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace shopcast::test {

// The watchdog of the GUI-thread tests: a 2 ms timer asks the event loop for
// a turn; longestMs() is the longest it had to wait since start(). Tests
// report it (WARN) and judge the mechanism (work::GuiThreadCheck); only
// the benchmarks quote it as a figure.
class EventLoopGap
{
public:
    EventLoopGap()
    {
        m_beat.setInterval(2);
        QObject::connect(&m_beat, &QTimer::timeout, [this] {
            m_longestMs = std::max(m_longestMs, m_clock.elapsed() - m_lastMs);
            m_lastMs = m_clock.elapsed();
        });
    }
    void start()
    {
        m_clock.start();
        m_lastMs = 0;
        m_longestMs = 0;
        m_beat.start();
    }
    void stop() { m_beat.stop(); }
    qint64 longestMs() const { return m_longestMs; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_longestMs = 0;
};

} // namespace shopcast::test
