#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace shopcast::test {

// The bound for a GUI-thread stall on this machine kind. Under
// AddressSanitizer everything runs several times slower (the same test saw
// 138 ms there), so the bound only catches a real freeze: whatever is still
// done on the GUI thread.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr qint64 kGuiStallBoundMs = 400;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr qint64 kGuiStallBoundMs = 400;
#else
inline constexpr qint64 kGuiStallBoundMs = 50;
#endif
#else
inline constexpr qint64 kGuiStallBoundMs = 50;
#endif

// The watchdog of the GUI-thread tests: a 2 ms timer asks the event loop for
// a turn; longestMs() is the longest it had to wait since start().
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
