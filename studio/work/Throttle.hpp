#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace shopcast::work {

// Runs an update at most once per intervalMs: the first request at once, any
// requests inside the interval once at its end. A label whose text changes
// re-lays out the window around it (a dock's title its tab bar and the main
// window's dock area); the Questions and Sales docks redid that for every
// question and order, 70 times a second in the show benchmark, a fifth of the
// GUI thread's work. A count a person reads needs its latest value a few
// times a second, not every change.
class Throttle : public QObject
{
    Q_OBJECT
public:
    Throttle(int intervalMs, std::function<void()> update, QObject *parent = nullptr);

    void request();
    // How many times the update ran; for tests and the benchmark.
    int runs() const { return m_runs; }

private:
    void run();

    std::function<void()> m_update;
    QTimer m_timer{this};
    bool m_pending = false;
    int m_runs = 0;
};

} // namespace shopcast::work
