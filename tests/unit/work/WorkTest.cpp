// The studio's one way off the GUI thread: work on a named pool, its result
// back on the receiver's thread (or dropped with the receiver), strands in
// order, and the check that counts heavy work done on the GUI thread.
#include "CatchQt.hpp"

#include "work/GuiThreadCheck.hpp"
#include "work/LoopWatch.hpp"
#include "work/MsHistogram.hpp"
#include "work/Strand.hpp"
#include "work/Work.hpp"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QTimer>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

#include <time.h>

using namespace shopcast::work;

TEST_CASE("work: a job runs on its pool and its result comes back on the receiver's thread", "[work]")
{
    QObject receiver;
    QThread *ranOn = nullptr;
    QThread *deliveredOn = nullptr;
    int result = 0;
    Work::run(
        Pool::Compute, &receiver,
        [&] {
            ranOn = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            deliveredOn = QThread::currentThread();
            result = value;
        });
    REQUIRE_EVENTUALLY(result == 42, 10'000);
    CHECK(ranOn != QThread::currentThread());
    CHECK(deliveredOn == QThread::currentThread());
    bool voidDone = false;
    Work::run(
        Pool::Media, &receiver, [] {}, [&] { voidDone = true; });
    REQUIRE_EVENTUALLY(voidDone, 10'000);
    CHECK(WorkPools::name(Pool::Blocking) == QStringLiteral("blocking"));
}

TEST_CASE("work: a receiver gone before the job ends is not called back", "[work]")
{
    auto gate = std::make_shared<std::atomic_bool>(false);
    auto finished = std::make_shared<std::atomic_bool>(false);
    bool called = false;
    {
        QObject receiver;
        Work::run(
            Pool::Compute, &receiver,
            [gate, finished] {
                while (!*gate)
                    QThread::yieldCurrentThread();
                *finished = true;
                return 1;
            },
            [&](int) { called = true; });
    }
    *gate = true;
    REQUIRE_EVENTUALLY(finished->load(), 10'000);
    // Whatever was posted has been delivered once the queue is empty.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK_FALSE(called);
}

TEST_CASE("work: a strand runs its jobs one at a time, in order, on the pool", "[work]")
{
    Strand strand(Pool::Decode);
    QMutex mutex;
    QList<int> order;
    std::atomic<int> running{0};
    std::atomic<int> overlaps{0};
    std::atomic<int> onGui{0};
    for (int i = 0; i < 500; ++i) {
        strand.post([&, i] {
            if (++running > 1)
                ++overlaps;
            if (GuiThreadCheck::onGuiThread())
                ++onGui;
            QMutexLocker lock(&mutex);
            order.append(i);
            --running;
        });
    }
    REQUIRE_EVENTUALLY(
        [&] {
            QMutexLocker lock(&mutex);
            return order.size() == 500;
        }(),
        20'000);
    bool inOrder = true;
    for (int i = 0; i < 500; ++i)
        inOrder = inOrder && order.at(i) == i;
    CHECK(inOrder);
    CHECK(overlaps == 0);
    CHECK(onGui == 0);
}

TEST_CASE("work: heavy work and waits on the GUI thread are counted, elsewhere not", "[work]")
{
    const int heavy = GuiThreadCheck::heavyWorkOnGuiThread();
    const int waits = GuiThreadCheck::waitsOnGuiThread();
    CHECK(GuiThreadCheck::onGuiThread());
    GuiThreadCheck::expectWorker("test: on the GUI thread");
    GuiThreadCheck::expectMayWait("test: a wait on the GUI thread");
    CHECK(GuiThreadCheck::heavyWorkOnGuiThread() == heavy + 1);
    CHECK(GuiThreadCheck::waitsOnGuiThread() == waits + 1);
    std::atomic_bool done{false};
    WorkPools::pool(Pool::Compute).start([&] {
        GuiThreadCheck::expectWorker("test: on a worker");
        GuiThreadCheck::expectMayWait("test: a wait on a worker");
        done = true;
    });
    REQUIRE_EVENTUALLY(done.load(), 10'000);
    CHECK(GuiThreadCheck::heavyWorkOnGuiThread() == heavy + 1);
    CHECK(GuiThreadCheck::waitsOnGuiThread() == waits + 1);
}

TEST_CASE("work: a histogram of milliseconds gives percentiles from its buckets, long ones kept whole as the maximum", "[work][health]")
{
    MsHistogram h;
    CHECK(h.percentileMs(0.5) == 0); // empty
    for (int ms = 1; ms <= 100; ++ms)
        h.add(ms);
    h.add(-5); // a clock read twice in the same instant: 0, not a negative bucket
    CHECK(h.count() == 101);
    CHECK(h.percentileMs(0.5) == 50);
    CHECK(h.percentileMs(0.99) == 99);
    CHECK(h.percentileMs(1.0) == 100);
    h.add(MsHistogram::kMaxMs + 12'345); // beyond the buckets: the last, with its own maximum
    CHECK(h.maxMs() == MsHistogram::kMaxMs + 12'345);
    CHECK(h.percentileMs(1.0) == MsHistogram::kMaxMs + 12'345);
    const QJsonObject json = h.toJson();
    CHECK(json.value(QStringLiteral("count")).toInteger() == 102);
    CHECK(json.value(QStringLiteral("p50")).toInteger() == 50);
    CHECK(json.value(QStringLiteral("max")).toInteger() == MsHistogram::kMaxMs + 12'345);
}

TEST_CASE("work: the loop watch sees a turn the GUI thread kept waiting", "[work][health]")
{
    LoopWatch watch(nullptr, 0);
    watch.start();
    QTest::qWait(50);
    // A handler that holds the thread (as a heavy parse on it would): the
    // next beat comes at least that much late. A lower bound only.
    QTimer::singleShot(0, [] { QThread::msleep(80); });
    QTest::qWait(100);
    CHECK(watch.lateness().count() > 0);
    CHECK(watch.lateness().maxMs() >= 80 - LoopWatch::kBeatMs);
    CHECK(watch.startupLateness().count() == 0);
}

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// A loaded machine may add slow turns of its own: each is found by what ran.
const LoopWatch::SlowTurn *slowTurnAfter(const LoopWatch &watch, const QString &event)
{
    for (const LoopWatch::SlowTurn &t : watch.slowTurns())
        if (t.after == event)
            return &t;
    return nullptr;
}

} // namespace

TEST_CASE("work: the loop watch names what held a slow turn and whether the thread worked or waited", "[work][health]")
{
    LoopWatch watch(nullptr, 0);
    watch.start();
    QTest::qWait(50);

    // Busy: a queued call on the watch itself spins until the thread has
    // used 150 ms of CPU (its own clock, not the wall's).
    QMetaObject::invokeMethod(
        &watch,
        [] {
            const qint64 until = threadCpuNs() + 150'000'000;
            while (threadCpuNs() < until) {
            }
        },
        Qt::QueuedConnection);
    const QString busyCall = QStringLiteral("MetaCall → shopcast::work::LoopWatch");
    REQUIRE_EVENTUALLY(slowTurnAfter(watch, busyCall), 10'000);
    const LoopWatch::SlowTurn busy = *slowTurnAfter(watch, busyCall);
    CHECK(busy.threadCpuMs >= 150);
    CHECK(busy.afterMs >= 150);

    // Waiting: a timer owned by the watch sleeps; a QTimer says nothing, so
    // its owner is named, and the thread's CPU stays well under the turn.
    auto *timer = new QTimer(&watch);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, [] { QThread::msleep(200); });
    timer->start(0);
    const QString sleepingTimer = QStringLiteral("Timer → QTimer in shopcast::work::LoopWatch");
    REQUIRE_EVENTUALLY(slowTurnAfter(watch, sleepingTimer), 10'000);
    const LoopWatch::SlowTurn *slept = slowTurnAfter(watch, sleepingTimer);
    CHECK(watch.slowTurnCount() >= 2);
    CHECK(slept->threadCpuMs < slept->latenessMs);
    CHECK(slept->afterMs >= 200);

    const QJsonArray json = watch.slowTurnsJson();
    REQUIRE(json.size() >= 2);
    CHECK(json.at(0).toObject().value(QStringLiteral("latenessMs")).toInteger() >= json.at(1).toObject().value(QStringLiteral("latenessMs")).toInteger());
}

TEST_CASE("work: the loop watch keeps the studio's opening apart from the show", "[work][health]")
{
    LoopWatch watch(nullptr, 60'000);
    watch.start();
    QTimer::singleShot(0, [] { QThread::msleep(80); });
    QTest::qWait(100);
    // Every beat so far fell in the settling time: none counts as the show's.
    CHECK(watch.lateness().count() == 0);
    CHECK(watch.slowTurnCount() == 0);
    CHECK(watch.startupLateness().maxMs() >= 80 - LoopWatch::kBeatMs);
}
