#include "CatchQt.hpp"

#include "catalog/CatalogDatabase.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "core/MonotonicClock.hpp"
#include "show/PlanRepository.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowTimeline.hpp"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace shopcast;
using rundown::SlotKind;

TEST_CASE("the rundown writes planned vs actual, puts products on air and calls the lottery", "[rundown][session]")
{
    QTemporaryDir dir;
    QString error;
    auto db = catalog::CatalogDatabase::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    catalog::ProductRepository repo(*db);
    QList<catalog::Product> products;
    for (const char *sku : {"A", "B"}) {
        catalog::Product p;
        p.sku = QString::fromLatin1(sku);
        p.title = QStringLiteral("商品") + p.sku;
        p.price = catalog::Money::fromCents(100);
        products.append(p);
    }
    REQUIRE(repo.saveAll(products, QStringLiteral("t"), &error));
    catalog::LineupModel lineup(*db, repo);
    REQUIRE(lineup.addProduct(QStringLiteral("A"), &error)); // B is not in the lineup yet
    core::ManualClock clock;
    auto timeline = show::ShowTimeline::begin(*db, clock, QStringLiteral("t"), &error);
    REQUIRE(timeline);

    rundown::ShowPlan plan;
    plan.title = QStringLiteral("周五专场");
    plan.slotList = {{SlotKind::Warmup, 60'000, {}, {}}, {SlotKind::Product, 180'000, QStringLiteral("A"), {}},
                     {SlotKind::Product, 180'000, QStringLiteral("B"), {}}, {SlotKind::Lottery, 120'000, {}, {}}};
    show::RundownSession session(clock, timeline.get(), &lineup);
    session.setPolling(false);
    session.setPlan(plan);
    QSignalSpy interaction(&session, &show::RundownSession::interactionDue);

    session.clock().start();
    clock.advanceMs(75'000); // warm-up overran by 15 s
    session.clock().advance();
    CHECK(lineup.currentProduct()->sku == QStringLiteral("A"));
    clock.advanceMs(170'000);
    session.clock().advance();
    CHECK(lineup.currentProduct()->sku == QStringLiteral("B")); // added to the lineup by the plan
    CHECK(lineup.rowCount() == 2);
    clock.advanceMs(200'000);
    session.clock().advance();
    REQUIRE(interaction.count() == 1);
    CHECK(interaction.first().at(0).value<SlotKind>() == SlotKind::Lottery);
    clock.advanceMs(120'000);
    session.clock().advance();

    QList<show::TimelineEvent> ends;
    for (const auto &e : timeline->events())
        if (e.kind == QStringLiteral("slot_end"))
            ends.append(e);
    REQUIRE(ends.size() == 4);
    CHECK(ends.at(0).detail.value(QStringLiteral("actualMs")).toInteger() == 75'000);
    CHECK(ends.at(0).detail.value(QStringLiteral("plannedMs")).toInteger() == 60'000);
    CHECK(ends.at(2).sku == QStringLiteral("B"));
    CHECK(ends.at(2).detail.value(QStringLiteral("actualMs")).toInteger() == 200'000);
    CHECK(ends.at(3).monotonicMs == 565'000);
    const auto last = timeline->events().last();
    CHECK(last.kind == QStringLiteral("rundown_finished"));
    CHECK(last.detail.value(QStringLiteral("showMs")).toInteger() == 565'000);
    CHECK(last.detail.value(QStringLiteral("plannedMs")).toInteger() == 540'000);

    // The producer's plan is kept in the studio database.
    show::PlanRepository plans(*db);
    CHECK_FALSE(plans.current(&error));
    REQUIRE(plans.save(plan, &error));
    CHECK(plans.current(&error) == plan);
}
