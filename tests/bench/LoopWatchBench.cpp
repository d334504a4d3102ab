// What watching the GUI thread costs (#26): the studio's LoopWatch beats
// 100 times a second and its DeliveryWatch sees every event the thread
// delivers, to name what ran before a slow turn. Measured here on a loop
// that does nothing but deliver: 200,000 queued calls, then 200,000 timer
// events, with the watch running and without it (the baseline), rounds
// interleaved. Figures: nanoseconds per delivered event, medians of the
// rounds, and the ratio of watched to bare.
#include "BenchStats.hpp"

#include "work/LoopWatch.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace shopcast;

namespace {

constexpr int kEvents = 200'000;
constexpr int kRounds = 7;

// Queued calls, each posting the next, until kEvents ran: every one is a
// MetaCall event through the application's filters.
double queuedCallsNs()
{
    QObject receiver;
    QEventLoop loop;
    int left = kEvents;
    std::function<void()> next = [&] {
        if (--left == 0) {
            loop.quit();
            return;
        }
        QMetaObject::invokeMethod(&receiver, next, Qt::QueuedConnection);
    };
    QElapsedTimer t;
    t.start();
    QMetaObject::invokeMethod(&receiver, next, Qt::QueuedConnection);
    loop.exec();
    return double(t.nsecsElapsed()) / kEvents;
}

// A zero-interval timer: one timer event a turn of the loop.
double timerEventsNs()
{
    QTimer timer;
    timer.setInterval(0);
    QEventLoop loop;
    int left = kEvents;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (--left == 0)
            loop.quit();
    });
    QElapsedTimer t;
    t.start();
    timer.start();
    loop.exec();
    return double(t.nsecsElapsed()) / kEvents;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<double> bareCalls, watchedCalls, bareTimers, watchedTimers;
    for (int round = 0; round < kRounds; ++round) {
        bareCalls.push_back(queuedCallsNs());
        bareTimers.push_back(timerEventsNs());
        auto watch = std::make_unique<work::LoopWatch>(nullptr, 0);
        watch->start();
        watchedCalls.push_back(queuedCallsNs());
        watchedTimers.push_back(timerEventsNs());
    }
    const double calls = bench::median(bareCalls), callsWatched = bench::median(watchedCalls);
    const double timers = bench::median(bareTimers), timersWatched = bench::median(watchedTimers);
    std::printf("loop watch bench on %s, %d cores, %d events a round, %d rounds (medians)\n", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount(), kEvents, kRounds);
    std::printf("| events | bare loop | watched (LoopWatch + DeliveryWatch) | ratio |\n|---|---|---|---|\n");
    std::printf("| queued calls | %.0f ns | %.0f ns | %.2f× |\n", calls, callsWatched, callsWatched / calls);
    std::printf("| timer events | %.0f ns | %.0f ns | %.2f× |\n", timers, timersWatched, timersWatched / timers);
    return 0;
}
