// Live orders: the bridge's order and refund messages through the real codec
// and comment hub into the show's sales room — each line once, a refund out
// of the figures, the on-air product's own counts, the last minute's orders,
// the orders table and the timeline; bad numbers refused by the codec.
#include "CatchQt.hpp"
#include "ShowFixture.hpp"

#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "chat/BridgeCodec.hpp"
#include "chat/ChatModel.hpp"
#include "show/LiveProductController.hpp"
#include "show/SalesRoom.hpp"
#include "show/ShowStateReport.hpp"
#include "storage/StorageWriter.hpp"

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
