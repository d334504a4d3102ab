#include "CatchQt.hpp"

#include "catalog/CatalogDatabase.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "core/MonotonicClock.hpp"
#include "show/LiveProductController.hpp"
#include "show/ShowTimeline.hpp"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace shopcast;

namespace {

struct Show
{
    QTemporaryDir dir;
    core::ManualClock clock;
    std::unique_ptr<catalog::CatalogDatabase> db;
    std::unique_ptr<catalog::ProductRepository> repo;
    std::unique_ptr<catalog::LineupModel> lineup;
    std::unique_ptr<show::ShowTimeline> timeline;
    std::unique_ptr<show::LiveProductController> live;

    Show()
    {
        QString error;
        db = catalog::CatalogDatabase::open(dir.filePath(QStringLiteral("studio.db")), &error);
        REQUIRE(db);
        repo = std::make_unique<catalog::ProductRepository>(*db);
        QList<catalog::Product> products;
        for (int i = 1; i <= 3; ++i) {
            catalog::Product p;
            p.sku = QStringLiteral("P%1").arg(i);
            p.title = QStringLiteral("商品%1").arg(i);
            p.price = catalog::Money::fromCents(10000);
            p.promoPrice = catalog::Money::fromCents(8000);
            products.append(p);
        }
        REQUIRE(repo->saveAll(products, QStringLiteral("fixture"), &error));
        lineup = std::make_unique<catalog::LineupModel>(*db, *repo);
        for (const char *sku : {"P1", "P2", "P3"})
            REQUIRE(lineup->addProduct(QString::fromLatin1(sku), &error));
        timeline = show::ShowTimeline::begin(*db, clock, QStringLiteral("test show"), &error);
        REQUIRE(timeline);
        live = std::make_unique<show::LiveProductController>(*lineup, *timeline, clock);
    }

    QStringList kinds() const
    {
        QStringList out;
        for (const auto &e : timeline->events())
            out.append(e.kind + (e.sku.isEmpty() ? QString() : QLatin1Char(':') + e.sku));
        return out;
    }
};

} // namespace

TEST_CASE("switching products changes the card and writes the timeline", "[live]")
{
    Show s;
    QSignalSpy cards(s.live.get(), &show::LiveProductController::cardChanged);
    s.clock.setMs(5'000);
    REQUIRE(s.lineup->setCurrentRow(0));
    REQUIRE(cards.count() == 1);
    const QImage first = cards.last().first().value<QImage>();
    CHECK_FALSE(first.isNull());
    s.clock.advanceMs(170'000);
    REQUIRE(s.lineup->next());
    const QImage second = cards.last().first().value<QImage>();
    CHECK(second != first);

    const auto events = s.timeline->events();
    REQUIRE(events.size() == 2);
    CHECK(events.at(0).kind == QStringLiteral("product"));
    CHECK(events.at(0).sku == QStringLiteral("P1"));
    CHECK(events.at(0).monotonicMs == 5'000);
    CHECK(events.at(0).detail.value(QStringLiteral("livePrice")).toString() == QStringLiteral("80.00"));
    CHECK(events.at(1).monotonicMs == 175'000);
    CHECK(s.live->cardState()->product.sku == QStringLiteral("P2"));

    // Clearing the current product hides the card.
    s.lineup->setCurrentRow(-1);
    CHECK(cards.last().first().value<QImage>().isNull());
    CHECK(s.kinds().last() == QStringLiteral("product_cleared"));
}

TEST_CASE("a flash sale counts down, redraws once a second and ends on time", "[live]")
{
    Show s;
    QSignalSpy cards(s.live.get(), &show::LiveProductController::cardChanged);
    CHECK_FALSE(s.live->startFlashSale(60'000)); // nothing on air yet
    REQUIRE(s.lineup->setCurrentRow(0));
    REQUIRE(s.live->startFlashSale(60'000, catalog::Money::fromCents(5900)));
    CHECK(s.live->cardState()->flashSalePrice->cents() == 5900);
    CHECK(*s.live->flashSaleRemainingMs() == 60'000);
    const int afterStart = int(cards.count());

    // Ticks within the same shown second draw nothing new.
    s.clock.advanceMs(200);
    s.live->tick();
    CHECK(cards.count() == afterStart);
    s.clock.advanceMs(800);
    s.live->tick();
    CHECK(cards.count() == afterStart + 1);

    s.clock.advanceMs(59'000);
    s.live->tick();
    CHECK_FALSE(s.live->isFlashSaleRunning());
    CHECK_FALSE(s.live->cardState()->flashSaleRemainingMs);
    CHECK(s.kinds() == QStringList{QStringLiteral("product:P1"), QStringLiteral("flash_sale_start:P1"), QStringLiteral("flash_sale_end:P1")});
    const auto end = s.timeline->events().last();
    CHECK(end.monotonicMs == 60'000);
    CHECK(end.detail.value(QStringLiteral("reason")).toString() == QStringLiteral("elapsed"));
}

TEST_CASE("switching product or selling out ends a running flash sale", "[live]")
{
    Show s;
    REQUIRE(s.lineup->setCurrentRow(0));
    REQUIRE(s.live->startFlashSale(30'000));
    s.clock.advanceMs(10'000);
    REQUIRE(s.lineup->next());
    CHECK_FALSE(s.live->isFlashSaleRunning());
    REQUIRE(s.live->startFlashSale(30'000));
    s.clock.advanceMs(5'000);
    REQUIRE(s.lineup->setSoldOut(1, true));
    CHECK_FALSE(s.live->isFlashSaleRunning());
    CHECK(s.live->cardState()->soldOut);
    CHECK_FALSE(s.live->startFlashSale(30'000)); // sold out: refused
    CHECK(s.kinds() == QStringList{QStringLiteral("product:P1"), QStringLiteral("flash_sale_start:P1"), QStringLiteral("flash_sale_end:P1"),
                                   QStringLiteral("product:P2"), QStringLiteral("flash_sale_start:P2"), QStringLiteral("sold_out:P2"),
                                   QStringLiteral("flash_sale_end:P2")});
    const auto events = s.timeline->events();
    CHECK(events.at(2).detail.value(QStringLiteral("reason")).toString() == QStringLiteral("product changed"));
    CHECK(events.at(6).detail.value(QStringLiteral("reason")).toString() == QStringLiteral("sold out"));
    CHECK(events.at(6).detail.value(QStringLiteral("remainingMs")).toInt() == 25'000);
    CHECK(events.at(6).monotonicMs == events.at(5).monotonicMs);
}
