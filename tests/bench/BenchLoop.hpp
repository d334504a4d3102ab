#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace shopcast::bench {

// Turns the event loop until done() or the timeout: the benchmark's own
// waiting, outside the code measured. It sleeps in the loop between checks
// (every 2 ms): processEvents() in a loop returns at once when nothing is
// pending, and that spin took a core of the two from the studio it measured
// (perf: the remote bench's GUI thread spent most of its time in poll()).
inline bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    check.start();
    loop.exec();
    return done();
}

} // namespace shopcast::bench
