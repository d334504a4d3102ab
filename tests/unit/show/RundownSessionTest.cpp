#include "CatchQt.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "core/MonotonicClock.hpp"
#include "show/PlanRepository.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowTimeline.hpp"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace shopcast;
using rundown::SlotKind;

TEST_CASE("the rundown writes planned vs actual, asks for products on air and calls the lottery", "[rundown][session]")
{
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    core::ManualClock clock;
    show::ShowTimeline timeline(*db, clock);
    REQUIRE(timeline.open(QStringLiteral("t"), &error));

    rundown::ShowPlan plan;
    plan.title = QStringLiteral("周五专场");
    plan.slotList = {{SlotKind::Warmup, 60'000, {}, {}},
                     {SlotKind::Product, 180'000, QStringLiteral("A"), {}},
                     {SlotKind::Product, 180'000, QStringLiteral("B"), {}},
                     {SlotKind::Lottery, 120'000, {}, {}}};
    show::RundownSession session(clock, &timeline);
    session.setPolling(false);
    session.setPlan(plan);
    QSignalSpy interaction(&session, &show::RundownSession::interactionDue);
    QSignalSpy products(&session, &show::RundownSession::productDue);
    QSignalSpy starting(&session, &show::RundownSession::aboutToStart);

    session.start();
    CHECK(starting.count() == 1);
    clock.advanceMs(75'000); // warm-up overran by 15 s
    session.clock().advance();
    REQUIRE(products.count() == 1);
    CHECK(products.last().at(0).toString() == QStringLiteral("A"));
    CHECK(products.last().at(1).toInt() == 1);
    clock.advanceMs(170'000);
    session.clock().advance();
    REQUIRE(products.count() == 2);
    CHECK(products.last().at(0).toString() == QStringLiteral("B"));
    clock.advanceMs(200'000);
    session.clock().advance();
    REQUIRE(interaction.count() == 1);
    CHECK(interaction.first().at(0).value<SlotKind>() == SlotKind::Lottery);
    clock.advanceMs(120'000);
    session.clock().advance();

    QList<show::TimelineEvent> ends;
    for (const auto &e : timeline.events())
        if (e.kind == show::TimelineKind::SlotEnd)
            ends.append(e);
    REQUIRE(ends.size() == 4);
    CHECK(ends.at(0).detail.value(QStringLiteral("actualMs")).toInteger() == 75'000);
    CHECK(ends.at(0).detail.value(QStringLiteral("plannedMs")).toInteger() == 60'000);
    CHECK(ends.at(2).sku == QStringLiteral("B"));
    CHECK(ends.at(2).detail.value(QStringLiteral("actualMs")).toInteger() == 200'000);
    CHECK(ends.at(3).monotonicMs == 565'000);
    const auto last = timeline.events().last();
    CHECK(last.kind == show::TimelineKind::RundownFinished);
    CHECK(last.detail.value(QStringLiteral("showMs")).toInteger() == 565'000);
    CHECK(last.detail.value(QStringLiteral("plannedMs")).toInteger() == 540'000);
    for (const auto &e : timeline.events())
        CHECK(show::TimelineKinds::missingKeys(e.kind, e.detail).isEmpty());

    // What was recorded is on disk once the writer has committed it.
    REQUIRE(db->writer().flush());
    CHECK(show::ShowTimeline::load(db->connection(), timeline.showId()) == timeline.events());

    // The producer's plan is kept in the studio database.
    show::PlanRepository plans(*db);
    CHECK_FALSE(plans.current(&error));
    plans.save(plan);
    CHECK(plans.current(&error) == plan);
}
