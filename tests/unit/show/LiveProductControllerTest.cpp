#include "CatchQt.hpp"

#include "storage/Database.hpp"
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
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<catalog::ProductRepository> repo;
    std::unique_ptr<catalog::LineupModel> lineup;
    std::unique_ptr<show::ShowTimeline> timeline;
    std::unique_ptr<show::LiveProductController> live;

    Show()
    {
        QString error;
        db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
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
        timeline = std::make_unique<show::ShowTimeline>(*db, clock);
        REQUIRE(timeline->open(QStringLiteral("test show"), &error));
        live = std::make_unique<show::LiveProductController>(*lineup, *timeline, clock);
    }

    QStringList kinds() const
    {
        QStringList out;
        for (const auto &e : timeline->events())
            out.append(e.kindId + (e.sku.isEmpty() ? QString() : QLatin1Char(':') + e.sku));
        return out;
    }
};

} // namespace

TEST_CASE("putting products on air changes the card", "[live]")
{
    Show s;
    QSignalSpy cards(s.live.get(), &show::LiveProductController::cardChanged);
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    CHECK_FALSE(s.live->putOnAir(QStringLiteral("P1"))); // already on air: nothing redrawn
    REQUIRE(cards.count() == 1);
    const QImage first = cards.last().first().value<QImage>();
    CHECK_FALSE(first.isNull());
    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    const QImage second = cards.last().first().value<QImage>();
    CHECK(second != first);
    CHECK(s.live->cardState()->product.sku == QStringLiteral("P2"));
    CHECK(s.live->cardState()->product.effectivePrice().toString() == QStringLiteral("80.00"));

    // Clearing the product on air hides the card.
    REQUIRE(s.live->putOnAir({}));
    CHECK(cards.last().first().value<QImage>().isNull());
    CHECK_FALSE(s.live->cardState());
    CHECK(s.kinds().isEmpty()); // product switches are ShowSession's to record
}

TEST_CASE("a flash sale counts down, redraws once a second and ends on time", "[live]")
{
    Show s;
    QSignalSpy cards(s.live.get(), &show::LiveProductController::cardChanged);
    CHECK_FALSE(s.live->startFlashSale(60'000)); // nothing on air yet
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
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
    CHECK(s.kinds() == QStringList{QStringLiteral("flash_sale_start:P1"), QStringLiteral("flash_sale_end:P1")});
    const auto end = s.timeline->events().last();
    CHECK(end.monotonicMs == 60'000);
    CHECK(end.detail.value(QStringLiteral("reason")).toString() == QStringLiteral("elapsed"));
}

TEST_CASE("switching product or selling out ends a running flash sale", "[live]")
{
    Show s;
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    REQUIRE(s.live->startFlashSale(30'000));
    s.clock.advanceMs(10'000);
    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    CHECK_FALSE(s.live->isFlashSaleRunning());
    REQUIRE(s.live->startFlashSale(30'000));
    s.clock.advanceMs(5'000);
    REQUIRE(s.lineup->setSoldOut(1, true));
    CHECK_FALSE(s.live->isFlashSaleRunning());
    CHECK(s.live->cardState()->soldOut);
    CHECK_FALSE(s.live->startFlashSale(30'000)); // sold out: refused
    CHECK(s.kinds()
          == QStringList{QStringLiteral("flash_sale_start:P1"), QStringLiteral("flash_sale_end:P1"), QStringLiteral("flash_sale_start:P2"),
                         QStringLiteral("sold_out:P2"), QStringLiteral("flash_sale_end:P2")});
    const auto events = s.timeline->events();
    CHECK(events.at(1).detail.value(QStringLiteral("reason")).toString() == QStringLiteral("product changed"));
    CHECK(events.at(4).detail.value(QStringLiteral("reason")).toString() == QStringLiteral("sold out"));
    CHECK(events.at(4).detail.value(QStringLiteral("remainingMs")).toInt() == 25'000);
    CHECK(events.at(4).monotonicMs == events.at(3).monotonicMs);
}
