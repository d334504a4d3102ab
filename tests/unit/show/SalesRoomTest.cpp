// Live orders: the bridge's order and refund messages through the real codec
// and comment hub into the show's sales room — each line once, a refund out
// of the figures, the on-air product's own counts, the last minute's orders,
// the orders table and the timeline; bad numbers refused by the codec; the
// social-proof ticker's pace; a stock used up asking the host.
#include "CatchQt.hpp"
#include "ShowFixture.hpp"

#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "chat/BridgeCodec.hpp"
#include "chat/ChatModel.hpp"
#include "show/LiveProductController.hpp"
#include "actions/ActionRegistry.hpp"
#include "overlay/SalesTickerRenderer.hpp"
#include "show/SalesRoom.hpp"
#include "show/SalesTicker.hpp"
#include "show/ShowStateReport.hpp"
#include "storage/StorageWriter.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace shopcast;
using show::TimelineKind;

namespace {

chat::ChatEvent decode(const char *json)
{
    return chat::BridgeCodec::decode(QByteArray(json), chat::BridgeCodec::relayedPlatforms());
}

} // namespace

TEST_CASE("bridge orders: bad numbers and missing ids are refused with the reason", "[sales][orders][bridge]")
{
    using Type = chat::ChatEvent::Type;
    const chat::ChatEvent good
        = decode(R"({"type":"order","platform":"douyin","orderId":"A1","sku":"P1","quantity":2,"paidCents":23800,"buyer":"张**","paidAtMs":1763800000000})");
    REQUIRE(good.type == Type::Order);
    CHECK(good.extra.value(QStringLiteral("lineId")).toString() == QStringLiteral("A1")); // no line id: the order's
    CHECK(good.extra.value(QStringLiteral("paidCents")).toInteger() == 23'800);
    CHECK(decode(R"({"type":"refund","platform":"douyin","orderId":"A1"})").type == Type::Refund);
    const struct
    {
        const char *json;
        const char *reason;
    } bad[] = {
        {R"({"type":"order","platform":"douyin","sku":"P1","quantity":1,"paidCents":100})", "without orderId"},
        {R"({"type":"order","platform":"douyin","orderId":"A2","quantity":0,"paidCents":100})", "quantity"},
        {R"({"type":"order","platform":"douyin","orderId":"A2","quantity":1.5,"paidCents":100})", "quantity"},
        {R"({"type":"order","platform":"douyin","orderId":"A2","quantity":1,"paidCents":-1})", "paidCents"},
        {R"({"type":"order","platform":"douyin","orderId":"A2","quantity":1,"paidCents":"12.90"})", "paidCents"},
        {R"({"type":"order","platform":"douyin","orderId":"A2","quantity":1,"paidCents":1e300})", "paidCents"},
        {R"({"type":"order","platform":"douyin","orderId":"A2","quantity":1,"paidCents":100,"paidAtMs":"today"})", "paidAtMs"},
        {R"({"type":"refund","platform":"douyin"})", "without orderId"},
        {R"({"type":"order","platform":"twitch","orderId":"A2","quantity":1,"paidCents":100})", "not one the bridge relays"},
    };
    for (const auto &b : bad) {
        INFO(b.json);
        const chat::ChatEvent e = decode(b.json);
        CHECK(e.type == Type::Error);
        CHECK(e.text.contains(QLatin1String(b.reason)));
    }
    // The buyer's platform id passes through (a commenter's id: a buying KOC).
    CHECK(decode(R"({"type":"order","platform":"douyin","orderId":"b1","quantity":1,"paidCents":1,"buyerId":"u42"})").extra.value(QStringLiteral("buyerId"))
          == QStringLiteral("u42"));
    const QByteArray longId = "{\"type\":\"order\",\"platform\":\"douyin\",\"orderId\":\"" + QByteArray(65, '9') + "\",\"quantity\":1,\"paidCents\":1}";
    CHECK(chat::BridgeCodec::decode(longId).type == Type::Error);
}

TEST_CASE("live orders: each line once, a refund out of the figures, the on-air product's counts, stored and on the timeline", "[sales][orders][show]")
{
    test::ShowFixture s;
    QString error;
    catalog::Product p1 = s.session->products().findBySku(QStringLiteral("P1")).value();
    p1.stock = 10;
    REQUIRE(s.session->products().saveAll({p1}, QStringLiteral("test"), &error));
    REQUIRE(s.db->writer().flush());
    REQUIRE(s.session->lineup().load(&error)); // as an import leaves it
    REQUIRE(s.session->startShow({}, &error));
    REQUIRE(s.session->explainRow(0, show::Trigger::Button)); // P1 on air
    QSignalSpy changed(&s.session->sales(), &show::SalesRoom::changed);
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"o1","sku":"P1","quantity":2,"paidCents":23800,"buyer":"张**"})"),
                   decode(R"({"type":"order","platform":"douyin","orderId":"o1","sku":"P1","quantity":2,"paidCents":23800,"buyer":"张**"})"),
                   decode(R"({"type":"order","platform":"douyin","orderId":"o2","lineId":"o2-1","sku":"P1","quantity":1,"paidCents":12900})"),
                   decode(R"({"type":"order","platform":"douyin","orderId":"o2","lineId":"o2-2","sku":"P2","quantity":1,"paidCents":8900})")});
    CHECK(changed.count() == 1);
    show::SalesRoom::Figures f = s.session->sales().figures();
    CHECK(f.gmvCents == 45'600);
    CHECK(f.orders == 2);
    CHECK(f.units == 4);
    CHECK(f.repeatedLines == 1); // o1 twice: said, so a soak can tell a retry from a loss
    CHECK(s.hub->counters().sales == 4);
    CHECK(f.ordersLastMinute == 2);
    CHECK(f.onAirSku == QStringLiteral("P1"));
    CHECK(f.onAirOrders == 2);
    CHECK(f.onAirUnits == 3);
    CHECK(f.onAirCents == 36'700);
    CHECK(s.session->sales().soldUnits(QStringLiteral("P1")) == 3);
    // The card on stream: 已售 3, and the stock less what sold.
    REQUIRE(s.session->live().cardState());
    CHECK(s.session->live().cardState()->soldUnits == 3);
    CHECK(s.session->live().cardState()->product.stock == 7);

    // A refund of one line; a refund of a line never sold here changes nothing.
    s.hub->ingest({decode(R"({"type":"refund","platform":"douyin","orderId":"o2","lineId":"o2-1"})"),
                   decode(R"({"type":"refund","platform":"douyin","orderId":"elsewhere"})")});
    f = s.session->sales().figures();
    CHECK(f.gmvCents == 32'700);
    CHECK(f.orders == 2); // o2 still has its P2 line
    CHECK(f.refunds == 1);
    CHECK(f.onAirUnits == 2);
    CHECK(s.session->sales().soldUnits(QStringLiteral("P1")) == 2);
    CHECK(s.session->live().cardState()->product.stock == 8); // the refund is back in stock

    // Orders are money, not comments: none in the comments list.
    s.session->chat().flush();
    CHECK(s.session->chat().rowCount() == 0);
    // The producer's console sees the same numbers.
    const QJsonObject sales = show::ShowStateReport::build(*s.session).value(QStringLiteral("sales")).toObject();
    CHECK(sales.value(QStringLiteral("gmvCents")).toInteger() == 32'700);
    CHECK(sales.value(QStringLiteral("onAir")).toObject().value(QStringLiteral("units")).toInt() == 2);

    // A minute later the last minute has none; another product on air starts from zero.
    s.clock.advanceMs(61'000);
    CHECK(s.session->sales().figures().ordersLastMinute == 0);
    REQUIRE(s.session->explainRow(1, show::Trigger::Button));
    f = s.session->sales().figures();
    CHECK(f.onAirSku == QStringLiteral("P2"));
    CHECK(f.onAirOrders == 0);
    CHECK(f.gmvCents == 32'700);

    // Stored in the show, the refund as refunded; on the timeline.
    REQUIRE(s.db->writer().flush());
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT line_id || ' ' || status || ' ' || show_id FROM orders ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    const QString show = QString::number(s.session->showId());
    CHECK(rows == QStringList{QStringLiteral("o1 paid ") + show, QStringLiteral("o2-1 refunded ") + show, QStringLiteral("o2-2 paid ") + show});
    CHECK(s.eventsOf(TimelineKind::Order).size() == 3);
    REQUIRE(s.eventsOf(TimelineKind::Refund).size() == 1);
    CHECK(s.eventsOf(TimelineKind::Refund).at(0).sku == QStringLiteral("P1"));
}

TEST_CASE("live orders: a product back on air is a new pitch, and a refund of a line from its last pitch leaves the new pitch's counts alone",
          "[sales][orders][show]")
{
    test::ShowFixture s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    REQUIRE(s.session->explainRow(0, show::Trigger::Button)); // P1
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"a","sku":"P1","quantity":2,"paidCents":2000})")});
    CHECK(s.session->sales().figures().onAirUnits == 2);
    REQUIRE(s.session->explainRow(1, show::Trigger::Button)); // P2
    REQUIRE(s.session->explainRow(0, show::Trigger::Button)); // P1 again: a new pitch
    CHECK(s.session->sales().figures().onAirUnits == 0);
    s.hub->ingest({decode(R"({"type":"refund","platform":"douyin","orderId":"a"})"),
                   decode(R"({"type":"order","platform":"douyin","orderId":"b","sku":"P1","quantity":1,"paidCents":1000})"),
                   decode(R"({"type":"order","platform":"douyin","orderId":"a","sku":"P1","quantity":2,"paidCents":2000})")}); // a retry of a: still once
    const show::SalesRoom::Figures f = s.session->sales().figures();
    CHECK(f.onAirUnits == 1);
    CHECK(f.onAirCents == 1000);
    CHECK(f.onAirOrders == 1);
    CHECK(f.units == 1);
    CHECK(f.gmvCents == 1000);
    CHECK(f.orders == 1);
    CHECK(s.session->sales().soldUnits(QStringLiteral("P1")) == 1);
}

TEST_CASE("orders ticker: at most one line every 3 s, the newest first, masked names, off and under the minimum shows nothing", "[sales][orders][show][ticker]")
{
    test::ShowFixture s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    show::SalesTicker &ticker = s.session->salesTicker();
    QSignalSpy shown(&ticker, &show::SalesTicker::shown);
    const auto overlay = [&] { return s.engine.programView.overlays.value(QStringLiteral("sales_ticker")); };

    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"t1","sku":"P1","quantity":2,"paidCents":23800,"buyer":"张三丰"})")});
    // A full nickname is masked; the title comes from the lineup when the order has none.
    const QString p1 = s.session->products().findBySku(QStringLiteral("P1"))->title;
    CHECK(ticker.current() == QStringLiteral("张** just bought %1 ×2").arg(p1));
    REQUIRE_FALSE(overlay().isNull());
    CHECK(overlay().size() == overlay::SalesTickerRenderer::defaultSize({s.engine.program().canvas().widthPx, s.engine.program().canvas().heightPx}));

    // Three more within a second: none shows before 3 s are up, then only the newest.
    s.clock.advanceMs(500);
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"t2","sku":"P2","quantity":1,"paidCents":8900,"buyer":"李**"})"),
                   decode(R"({"type":"order","platform":"douyin","orderId":"t3","sku":"P2","quantity":1,"paidCents":8900,"buyer":"王**"})")});
    s.clock.advanceMs(500);
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"t4","sku":"P3","quantity":1,"paidCents":100,"title":"试用装","buyer":""})")});
    ticker.tick();
    CHECK(shown.count() == 1);
    s.clock.advanceMs(2'000); // 3 s after the first
    ticker.tick();
    REQUIRE(shown.count() == 2);
    CHECK(ticker.current() == QStringLiteral("Someone just bought 试用装"));
    // Nothing follows: the line goes after its 3 s.
    s.clock.advanceMs(2'999);
    ticker.tick();
    CHECK_FALSE(ticker.current().isEmpty());
    s.clock.advanceMs(1);
    ticker.tick();
    CHECK(ticker.current().isEmpty());
    CHECK(overlay().isNull());

    // A minimum amount: a 1-yuan order does not show; a bigger one does.
    ticker.setMinimumCents(5'000);
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"t5","sku":"P3","quantity":1,"paidCents":100,"buyer":"赵**"})")});
    CHECK(ticker.current().isEmpty());
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"t6","sku":"P1","quantity":1,"paidCents":11900,"buyer":"赵**"})")});
    CHECK(ticker.current().startsWith(QStringLiteral("赵**")));
    // Off through the action (the host's button, the producer's console): cleared at once, nothing new shows.
    REQUIRE(s.session->actions().invoke(QStringLiteral("ticker.toggle"), {{QStringLiteral("on"), false}}, actions::Origin::Remote).ok);
    CHECK(ticker.current().isEmpty());
    CHECK(overlay().isNull());
    s.clock.advanceMs(10'000);
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"t7","sku":"P1","quantity":1,"paidCents":11900,"buyer":"钱**"})")});
    ticker.tick();
    CHECK(ticker.current().isEmpty());
    CHECK(show::ShowStateReport::build(*s.session)
              .value(QStringLiteral("sales"))
              .toObject()
              .value(QStringLiteral("ticker"))
              .toObject()
              .value(QStringLiteral("on"))
          == false);
    // A refund never shows.
    REQUIRE(s.session->actions().invoke(QStringLiteral("ticker.toggle"), {}, actions::Origin::Dock).ok);
    s.hub->ingest({decode(R"({"type":"refund","platform":"douyin","orderId":"t6"})")});
    ticker.tick();
    CHECK(ticker.current().isEmpty());
    CHECK(show::SalesTicker::maskBuyer(QStringLiteral("  ")) == QStringLiteral("Someone"));
    CHECK(show::SalesTicker::maskBuyer(QStringLiteral("😀abc")) == QStringLiteral("😀**"));
    // A long title is cut so that the quantity after it stays on the pill.
    CHECK(show::SalesTicker::lineFor({QStringLiteral("a"), QString(20, QChar(0x676F)), QStringLiteral("X"), 3, 100})
          == QStringLiteral("a** just bought ") + QString(9, QChar(0x676F)) + QStringLiteral("… ×3"));
}

TEST_CASE("orders ticker: a line no scene shows is reported to the host and the producer, and clears once a source shows one", "[sales][orders][show][ticker]")
{
    test::ShowFixture s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    show::SalesTicker &ticker = s.session->salesTicker();
    const auto unplaced = [&] {
        return show::ShowStateReport::build(*s.session)
            .value(QStringLiteral("sales"))
            .toObject()
            .value(QStringLiteral("ticker"))
            .toObject()
            .value(QStringLiteral("unplaced"))
            .toBool();
    };
    // A collection saved before the ticker existed: no source takes its image.
    s.engine.programView.overlaySources = 0;
    QSignalSpy changed(&ticker, &show::SalesTicker::unplacedChanged);
    CHECK_FALSE(ticker.isUnplaced()); // nothing shown yet: nothing to say
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"u1","sku":"P1","quantity":1,"paidCents":100,"buyer":"张**"})")});
    REQUIRE_FALSE(ticker.current().isEmpty());
    CHECK(ticker.isUnplaced());
    CHECK(unplaced());
    CHECK(changed.count() == 1);
    // The line goes: what was said stays until a line shows somewhere.
    s.clock.advanceMs(show::SalesTicker::kIntervalMs);
    ticker.tick();
    REQUIRE(ticker.current().isEmpty());
    CHECK(ticker.isUnplaced());
    // The host added the source: the next line shows, the warning goes.
    s.engine.programView.overlaySources = 1;
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"u2","sku":"P1","quantity":1,"paidCents":100,"buyer":"李**"})")});
    REQUIRE_FALSE(ticker.current().isEmpty());
    CHECK_FALSE(ticker.isUnplaced());
    CHECK_FALSE(unplaced());
    // Off: nothing is expected on stream, nothing is reported.
    s.engine.programView.overlaySources = 0;
    s.clock.advanceMs(show::SalesTicker::kIntervalMs);
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"u3","sku":"P1","quantity":1,"paidCents":100,"buyer":"王**"})")});
    ticker.tick();
    CHECK(ticker.isUnplaced());
    REQUIRE(s.session->actions().invoke(QStringLiteral("ticker.toggle"), {{QStringLiteral("on"), false}}, actions::Origin::Remote).ok);
    CHECK_FALSE(ticker.isUnplaced());
}

TEST_CASE("stock out: live orders that use up a product's catalog stock ask the host, who marks it sold out or keeps selling", "[sales][orders][show][stock]")
{
    test::ShowFixture s;
    QString error;
    catalog::Product p1 = s.session->products().findBySku(QStringLiteral("P1")).value();
    p1.stock = 3;
    REQUIRE(s.session->products().saveAll({p1}, QStringLiteral("test"), &error));
    REQUIRE(s.db->writer().flush());
    REQUIRE(s.session->lineup().load(&error));
    REQUIRE(s.session->startShow({}, &error));
    REQUIRE(s.session->explainRow(0, show::Trigger::Button));
    show::LiveProductController &live = s.session->live();
    QSignalSpy asked(&live, &show::LiveProductController::stockOutPendingChanged);
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"s1","sku":"P1","quantity":2,"paidCents":200})")});
    CHECK(live.stockOutPending().isEmpty());
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"s2","sku":"P1","quantity":1,"paidCents":100})")});
    CHECK(live.stockOutPending() == QStringList{QStringLiteral("P1")});
    CHECK(asked.count() == 1);
    // Never marked on the studio's own: the catalog's stock is often behind the shop's.
    CHECK_FALSE(s.session->lineup().isSoldOut(0));
    CHECK(s.session->live().cardState()->product.stock == 0);
    REQUIRE(s.eventsOf(TimelineKind::StockOut).size() == 1);
    CHECK(show::ShowStateReport::build(*s.session).value(QStringLiteral("sales")).toObject().value(QStringLiteral("stockOut")).toArray().size() == 1);

    // The host keeps selling: the prompt goes, and more sales do not bring it back.
    REQUIRE(s.session->actions().invoke(QStringLiteral("product.keepSelling"), {{QStringLiteral("sku"), QStringLiteral("P1")}}, actions::Origin::Dock).ok);
    CHECK(live.stockOutPending().isEmpty());
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"s3","sku":"P1","quantity":1,"paidCents":100})")});
    CHECK(live.stockOutPending().isEmpty());
    CHECK_FALSE(s.session->actions().invoke(QStringLiteral("product.keepSelling"), {{QStringLiteral("sku"), QStringLiteral("P1")}}, actions::Origin::Dock).ok);

    // Refunds bring it back in stock; selling out again asks again, and the
    // producer's sold-out answers it.
    s.hub->ingest({decode(R"({"type":"refund","platform":"douyin","orderId":"s3"})"), decode(R"({"type":"refund","platform":"douyin","orderId":"s2"})")});
    CHECK(live.stockOutPending().isEmpty());
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"s4","sku":"P1","quantity":1,"paidCents":100})")});
    CHECK(live.stockOutPending() == QStringList{QStringLiteral("P1")});
    REQUIRE(s.session->actions()
                .invoke(QStringLiteral("product.soldOut"), {{QStringLiteral("sku"), QStringLiteral("P1")}, {QStringLiteral("soldOut"), true}},
                        actions::Origin::Remote)
                .ok);
    CHECK(live.stockOutPending().isEmpty());
    CHECK(s.session->lineup().isSoldOut(0));
    CHECK(s.session->live().cardState()->soldOut);
}

TEST_CASE("room size: the platforms' counts reach the live figures at once, the store at most once a second per platform", "[sales][show][audience]")
{
    test::ShowFixture s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    CHECK_FALSE(s.session->sales().figures().audienceKnown);
    CHECK_FALSE(show::ShowStateReport::build(*s.session).value(QStringLiteral("sales")).toObject().contains(QStringLiteral("room")));
    s.hub->ingest({decode(R"({"type":"order","platform":"douyin","orderId":"o1","sku":"P1","quantity":1,"paidCents":50000})"),
                   decode(R"({"type":"audience","platform":"douyin","online":300,"viewers":800,"views":1000})"),
                   decode(R"({"type":"audience","platform":"douyin","online":310,"viewers":820,"views":1100})"),
                   decode(R"({"type":"audience","platform":"kuaishou","online":20,"viewers":150})")});
    show::SalesRoom::Figures f = s.session->sales().figures();
    CHECK(f.audienceKnown);
    CHECK(f.online == 330);
    CHECK(f.viewers == 970);
    CHECK(f.views == 1250); // Kuaishou's 150 people stand for its views
    const QJsonObject room = show::ShowStateReport::build(*s.session).value(QStringLiteral("sales")).toObject().value(QStringLiteral("room")).toObject();
    CHECK(room.value(QStringLiteral("online")).toInteger() == 330);
    CHECK(room.value(QStringLiteral("gpmCents")).toInteger() == 40'000); // ¥500 per 1250 views: ¥400 per thousand
    // Audience reports are not comments.
    s.session->chat().flush();
    CHECK(s.session->chat().rowCount() == 0);

    s.clock.advanceMs(400);
    s.hub->ingest({decode(R"({"type":"audience","platform":"douyin","online":320,"views":1200})")});
    CHECK(s.session->sales().figures().online == 340);
    s.clock.advanceMs(700); // 1.1 s after the first
    s.hub->ingest({decode(R"({"type":"audience","platform":"douyin","online":330,"views":1300})")});
    REQUIRE(s.db->writer().flush());
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT platform || ' ' || COALESCE(online, '-') || ' ' || COALESCE(viewers, '-') || ' ' || COALESCE(views, '-') || ' ' "
                                  "|| show_id FROM audience_samples ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    const QString show = QString::number(s.session->showId());
    CHECK(rows
          == QStringList{QStringLiteral("douyin 300 800 1000 ") + show, QStringLiteral("kuaishou 20 150 - ") + show,
                         QStringLiteral("douyin 330 - 1300 ") + show});
    CHECK(s.session->sales().figures().views == 1450);
}
