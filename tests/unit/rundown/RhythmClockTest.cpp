#include "CatchQt.hpp"

#include "core/MonotonicClock.hpp"
#include "rundown/PlanGenerator.hpp"
#include "rundown/RhythmClock.hpp"

#include <QSignalSpy>

#include <random>

using namespace shopcast;
using rundown::RhythmClock;
using rundown::SlotKind;

TEST_CASE("colour thresholds at 79, 80 and 101 percent", "[rundown][clock]")
{
    core::ManualClock clock;
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("A"), {}}, {SlotKind::Closing, 60'000, {}, {}}};
    RhythmClock rhythm(plan, clock);
    rhythm.start();
    clock.setMs(142'200); // 79 %
    CHECK(rhythm.state().level == RhythmClock::Level::Normal);
    CHECK(rhythm.state().percent == 79);
    clock.setMs(144'000); // exactly 80 %
    CHECK(rhythm.state().level == RhythmClock::Level::Amber);
    clock.setMs(181'800); // 101 %
    const auto s = rhythm.state();
    CHECK(s.level == RhythmClock::Level::Red);
    CHECK(s.overrunMs == 1'800);
    CHECK(s.remainingMs == -1'800);
    CHECK(s.behindMs == 1'800);
}

TEST_CASE("a simulated 4-hour show ends with exact planned and actual figures", "[rundown][clock]")
{
    core::ManualClock clock;
    QStringList skus;
    for (int i = 0; i < 60; ++i)
        skus.append(QStringLiteral("SKU-%1").arg(i));
    const rundown::ShowPlan plan = rundown::PlanGenerator::generate(skus, rundown::RhythmRule::preset332(), {QStringLiteral("4h"), 300'000, 180'000});
    REQUIRE(plan.slotList.size() == 1 + 60 + 19 + 1);
    RhythmClock rhythm(plan, clock);
    QSignalSpy started(&rhythm, &RhythmClock::slotStarted);
    QSignalSpy products(&rhythm, &RhythmClock::productSlotStarted);
    QSignalSpy interactions(&rhythm, &RhythmClock::interactionSlotStarted);
    QSignalSpy interludeDue(&rhythm, &RhythmClock::interludeDue);
    QSignalSpy done(&rhythm, &RhythmClock::finished);

    std::mt19937 rng(20261111); // seeded: the same show every run
    std::uniform_int_distribution<int> jitterSec(-40, 70);
    clock.setMs(1'000'000);
    rhythm.start();
    qint64 expectedShowMs = 0;
    qint64 pausedMs = 0;
    QList<qint64> expectedActuals;
    for (int i = 0; i < plan.slotList.size(); ++i) {
        const qint64 planned = plan.slotList.at(i).plannedMs;
        // Hosts overrun and cut short; each slot takes planned ± a few seconds.
        const qint64 actual = std::max<qint64>(5'000, planned + jitterSec(rng) * 1000LL + (i % 7) * 137);
        // Every 10th slot the host pauses for 45 s in the middle.
        if (i % 10 == 5) {
            clock.advanceMs(actual / 2);
            rhythm.update();
            rhythm.pause();
            clock.advanceMs(45'000);
            pausedMs += 45'000;
            CHECK(rhythm.state().paused);
            rhythm.resume();
            clock.advanceMs(actual - actual / 2);
        } else {
            clock.advanceMs(actual);
        }
        rhythm.update();
        const auto s = rhythm.state();
        CHECK(s.elapsedMs == actual);
        expectedShowMs += actual;
        CHECK(s.showElapsedMs == expectedShowMs);
        // Behind the plan: how late this slot started, plus its own overrun.
        const qint64 startedAt = expectedShowMs - actual;
        CHECK(s.behindMs == startedAt - plan.plannedOffsetMs(i) + std::max<qint64>(0, actual - planned));
        expectedActuals.append(actual);
        // The interlude is announced during the 3rd product in a row and cued
        // exactly when it ends.
        const bool blockEnds
            = plan.slotList.at(i).kind == SlotKind::Product && i + 1 < plan.slotList.size() && plan.rule.isInterlude(plan.slotList.at(i + 1).kind);
        CHECK(s.interludeNext == blockEnds);
        const int cuesBefore = int(interludeDue.count());
        rhythm.advance();
        CHECK(int(interludeDue.count()) == cuesBefore + (blockEnds ? 1 : 0));
    }
    REQUIRE(done.count() == 1);
    CHECK(started.count() == plan.slotList.size());
    CHECK(products.count() == 60);
    CHECK(interactions.count() == 10); // lotteries; games do not call the lottery panel
    CHECK(interludeDue.count() == 19);

    const auto actuals = rhythm.actuals();
    REQUIRE(actuals.size() == plan.slotList.size());
    qint64 sum = 0;
    for (int i = 0; i < actuals.size(); ++i) {
        CHECK(actuals.at(i).index == i);
        CHECK(actuals.at(i).actualMs == expectedActuals.at(i));
        CHECK(actuals.at(i).startedAtMs == sum);
        sum += actuals.at(i).actualMs;
    }
    const auto end = rhythm.state();
    CHECK(end.finished);
    CHECK(end.showElapsedMs == sum); // pauses excluded, to the millisecond
    CHECK(end.behindMs == sum - plan.totalPlannedMs());
    CHECK(clock.nowMs() - 1'000'000 == sum + pausedMs); // and the wall time had them
    CHECK(plan.totalPlannedMs() > 3LL * 3600 * 1000);   // it really is a long show
}

TEST_CASE("auto-advance ends slots at their planned length without drift", "[rundown][clock]")
{
    core::ManualClock clock;
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Warmup, 60'000, {}, {}},
                     {SlotKind::Product, 180'000, QStringLiteral("A"), {}},
                     {SlotKind::Lottery, 120'000, {}, {}},
                     {SlotKind::Closing, 30'000, {}, {}}};
    RhythmClock rhythm(plan, clock);
    rhythm.setAutoAdvance(true);
    QSignalSpy lottery(&rhythm, &RhythmClock::interactionSlotStarted);
    rhythm.start();
    clock.advanceMs(250'000); // one late update() crosses two slot ends
    rhythm.update();
    auto s = rhythm.state();
    CHECK(s.slotIndex == 2);
    CHECK(s.elapsedMs == 10'000);
    CHECK(s.behindMs == 0);
    CHECK(lottery.count() == 1);
    CHECK(rhythm.actuals().at(0).actualMs == 60'000);
    CHECK(rhythm.actuals().at(1).actualMs == 180'000);
    clock.advanceMs(10'000'000);
    rhythm.update();
    CHECK(rhythm.state().finished);
    CHECK(rhythm.state().showElapsedMs == 10'250'000);
    CHECK(rhythm.actuals().last().actualMs == 30'000);
}

TEST_CASE("back, pause and an empty plan", "[rundown][clock]")
{
    core::ManualClock clock;
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("A"), {}}, {SlotKind::Product, 180'000, QStringLiteral("B"), {}}};
    RhythmClock rhythm(plan, clock);
    rhythm.advance(); // not started: nothing happens
    CHECK_FALSE(rhythm.state().started);
    rhythm.start();
    clock.advanceMs(200'000);
    rhythm.advance();
    clock.advanceMs(10'000);
    rhythm.back(); // re-do A
    auto s = rhythm.state();
    CHECK(s.slotIndex == 0);
    CHECK(s.elapsedMs == 0);
    CHECK(rhythm.actuals().size() == 2);
    rhythm.pause();
    clock.advanceMs(60'000);
    CHECK(rhythm.state().elapsedMs == 0); // paused time does not count
    rhythm.resume();
    clock.advanceMs(1'000);
    CHECK(rhythm.state().elapsedMs == 1'000);

    RhythmClock empty(rundown::ShowPlan{}, clock);
    empty.start();
    CHECK_FALSE(empty.state().started);
}

TEST_CASE("a snapshot restored in another process goes on in the same slot, the time away not counted", "[rundown][clock][resume]")
{
    core::ManualClock first;
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("A"), {}},
                     {SlotKind::Product, 180'000, QStringLiteral("B"), {}},
                     {SlotKind::Product, 180'000, QStringLiteral("C"), {}},
                     {SlotKind::Lottery, 120'000, {}, {}}};
    RhythmClock before(plan, first);
    before.setAutoAdvance(true);
    first.setMs(1'000);
    before.start();
    first.advanceMs(200'000); // 20 s into B
    before.update();
    first.advanceMs(10'000);
    before.pause();
    first.advanceMs(5'000); // paused: counts for nothing
    QString error;
    const auto snapshot = RhythmClock::Snapshot::fromJson(before.snapshot().toJson(), int(plan.slotList.size()), &error);
    REQUIRE(snapshot);

    core::ManualClock second;
    second.setMs(9'000'000); // another process, another clock
    RhythmClock after(plan, second);
    QSignalSpy started(&after, &RhythmClock::slotStarted);
    REQUIRE(after.restore(*snapshot, &error));
    CHECK(started.isEmpty()); // the slot goes on, it does not start again
    auto s = after.state();
    CHECK(s.slotIndex == 1);
    CHECK(s.paused);
    CHECK(s.elapsedMs == 30'000);
    CHECK(s.showElapsedMs == 210'000);
    CHECK(after.autoAdvance());
    CHECK(after.actuals().size() == 1);
    second.advanceMs(60'000); // still paused
    CHECK(after.state().elapsedMs == 30'000);
    after.resume();
    second.advanceMs(150'000); // B ends at its planned length, C starts
    after.update();
    s = after.state();
    CHECK(s.slotIndex == 2);
    CHECK(s.productsInARow == 2);
    CHECK(after.actuals().last().actualMs == 180'000);
}

TEST_CASE("a snapshot that does not fit the plan is refused", "[rundown][clock][resume]")
{
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("A"), {}}};
    QString error;
    CHECK_FALSE(RhythmClock::Snapshot::fromJson(QJsonObject{{QStringLiteral("started"), true}, {QStringLiteral("slotIndex"), 3}}, 1, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(RhythmClock::Snapshot::fromJson(
        QJsonObject{{QStringLiteral("started"), true}, {QStringLiteral("slotIndex"), 0}, {QStringLiteral("showElapsedMs"), -1}}, 1, &error));
    CHECK_FALSE(RhythmClock::Snapshot::fromJson(QJsonObject{{QStringLiteral("started"), true},
                                                            {QStringLiteral("slotIndex"), 0},
                                                            {QStringLiteral("showElapsedMs"), 10},
                                                            {QStringLiteral("slotStartShowMs"), 20}},
                                                1, &error));
    core::ManualClock clock;
    RhythmClock running(plan, clock);
    running.start();
    RhythmClock::Snapshot fine;
    CHECK_FALSE(running.restore(fine, &error)); // already running
}
