#include "CatchQt.hpp"
#include "SettleWork.hpp"

#include "storage/Database.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "core/MonotonicClock.hpp"
#include "show/LiveProductController.hpp"
#include "show/ShowTimeline.hpp"
#include "work/WorkPools.hpp"

#include <QFile>
#include <QImage>
#include <QThreadPool>
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

    // Products P1..P3; pictures[i] (when given) is P(i+1)'s picture file.
    explicit Show(const QStringList &pictures = {})
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
            p.imagePath = pictures.value(i - 1);
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

TEST_CASE("putting products on air changes the card, drawn off the GUI thread", "[live]")
{
    Show s;
    QSignalSpy cards(s.live.get(), &show::LiveProductController::cardChanged);
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    CHECK(cards.isEmpty());                                          // drawn on a worker: the card comes a moment later
    CHECK(s.live->cardState()->product.sku == QStringLiteral("P1")); // the state is current at once
    REQUIRE(test::settleWork());
    REQUIRE(cards.count() == 1);
    CHECK_FALSE(s.live->putOnAir(QStringLiteral("P1"))); // already on air: nothing redrawn
    REQUIRE(test::settleWork());
    REQUIRE(cards.count() == 1);
    const QImage first = cards.last().first().value<QImage>();
    CHECK_FALSE(first.isNull());
    CHECK(s.live->currentCard() == first);
    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    REQUIRE(test::settleWork());
    REQUIRE(cards.count() == 2);
    const QImage second = cards.last().first().value<QImage>();
    CHECK(second != first);
    CHECK(s.live->cardState()->product.sku == QStringLiteral("P2"));
    CHECK(s.live->cardState()->product.effectivePrice().toString() == QStringLiteral("80.00"));

    // Clearing the product on air hides the card, at once.
    REQUIRE(s.live->putOnAir({}));
    REQUIRE(cards.count() == 3);
    CHECK(cards.last().first().value<QImage>().isNull());
    CHECK_FALSE(s.live->cardState());
    CHECK(s.kinds().isEmpty()); // product switches are ShowSession's to record
}

TEST_CASE("a quick run of switches draws the last product's card and never shows one that went off air", "[live]")
{
    Show s;
    QSignalSpy cards(s.live.get(), &show::LiveProductController::cardChanged);
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    REQUIRE(test::settleWork());
    const QImage p1 = s.live->currentCard();
    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    REQUIRE(test::settleWork());
    const QImage p2 = s.live->currentCard();
    REQUIRE(s.live->putOnAir(QStringLiteral("P3")));
    REQUIRE(test::settleWork());
    const QImage p3 = s.live->currentCard();
    REQUIRE(p1 != p2);
    REQUIRE(p2 != p3);
    cards.clear();

    // P1's drawing starts at once; P2 and P3 come while it runs. P1 is off
    // air when its card is done: dropped, and P3's drawn next (P2's never).
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    REQUIRE(s.live->putOnAir(QStringLiteral("P3")));
    REQUIRE(test::settleWork());
    REQUIRE(cards.count() == 1);
    CHECK(cards.last().first().value<QImage>() == p3);

    // Off air while a drawing runs: the card goes at once and the drawing's card never shows.
    cards.clear();
    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    REQUIRE(s.live->putOnAir({}));
    REQUIRE(test::settleWork());
    REQUIRE(cards.count() == 1);
    CHECK(cards.last().first().value<QImage>().isNull());
    CHECK(s.live->currentCard().isNull());

    // A controller that goes while its card is drawn: the answer is dropped, nothing crashes.
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    s.live.reset();
    REQUIRE(test::settleWork());
}

TEST_CASE("the picture of the product on air follows the lineup, decoded off the GUI thread and bounded in size", "[live]")
{
    QTemporaryDir files;
    // P1: a small red picture; P2: a 4000x1000 blue one (too big to upload
    // whole); P3: a file that is not an image.
    QImage red(64, 48, QImage::Format_RGB32);
    red.fill(Qt::red);
    const QString redPath = files.filePath(QStringLiteral("red.png"));
    REQUIRE(red.save(redPath));
    QImage blue(4000, 1000, QImage::Format_RGB32);
    blue.fill(Qt::blue);
    const QString bluePath = files.filePath(QStringLiteral("blue.jpg"));
    REQUIRE(blue.save(bluePath));
    const QString brokenPath = files.filePath(QStringLiteral("broken.png"));
    {
        QFile broken(brokenPath);
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("not a picture");
    }
    Show s({redPath, bluePath, brokenPath});
    QSignalSpy pictures(s.live.get(), &show::LiveProductController::pictureChanged);

    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    CHECK(pictures.isEmpty()); // decoding is on a worker: the answer comes later
    REQUIRE(pictures.wait(10'000));
    CHECK(pictures.last().first().value<QImage>().size() == QSize(64, 48));
    CHECK(pictures.last().first().value<QImage>().pixelColor(10, 10) == QColor(Qt::red));

    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    REQUIRE(pictures.wait(10'000));
    const QImage big = pictures.last().first().value<QImage>();
    CHECK(big.width() == show::LiveProductController::kMaxPicturePx);
    CHECK(big.height() == show::LiveProductController::kMaxPicturePx / 4);

    // An unreadable picture takes the old one off rather than leaving it up.
    REQUIRE(s.live->putOnAir(QStringLiteral("P3")));
    REQUIRE(pictures.wait(10'000));
    CHECK(pictures.last().first().value<QImage>().isNull());

    // A quick switch: only the product that is on air at the end shows.
    pictures.clear();
    REQUIRE(s.live->putOnAir(QStringLiteral("P2")));
    REQUIRE(s.live->putOnAir(QStringLiteral("P1")));
    // Both decodes finished and their answers delivered: P2's must be dropped.
    REQUIRE(work::WorkPools::pool(work::Pool::Decode).waitForDone(10'000));
    QCoreApplication::sendPostedEvents();
    REQUIRE_FALSE(pictures.isEmpty());
    CHECK(pictures.last().first().value<QImage>().size() == QSize(64, 48));
    for (const QList<QVariant> &shown : pictures)
        CHECK(shown.first().value<QImage>().size() == QSize(64, 48));

    // Off air: the picture goes at once.
    REQUIRE(s.live->putOnAir({}));
    CHECK(pictures.last().first().value<QImage>().isNull());
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
    REQUIRE(test::settleWork());
    const int afterStart = int(cards.count());

    // Ticks within the same shown second draw nothing new.
    s.clock.advanceMs(200);
    s.live->tick();
    REQUIRE(test::settleWork());
    CHECK(cards.count() == afterStart);
    s.clock.advanceMs(800);
    s.live->tick();
    REQUIRE(test::settleWork());
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
