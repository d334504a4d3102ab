#include "ShowFixture.hpp"

#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowTimeline.hpp"

#include <catch2/catch.hpp>

namespace shopcast::test {

ShowFixture::ShowFixture()
{
    QString error;
    db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    hub = std::make_unique<chat::CommentHub>(clock);
    session = std::make_unique<show::ShowSession>(*db, engine, *hub, clock);
    session->rundown().setPolling(false);
    QList<catalog::Product> products;
    for (int i = 1; i <= 4; ++i) {
        catalog::Product p;
        p.sku = QStringLiteral("P%1").arg(i);
        p.title = QStringLiteral("商品%1").arg(i);
        p.price = catalog::Money::fromCents(1000 * i);
        products.append(p);
    }
    REQUIRE(session->products().saveAll(products, QStringLiteral("fixture"), &error));
    for (const char *sku : {"P1", "P2", "P3"})
        REQUIRE(session->lineup().addProduct(QString::fromLatin1(sku), &error));
}

QList<show::TimelineEvent> ShowFixture::eventsOf(show::TimelineKind kind) const
{
    QList<show::TimelineEvent> out;
    for (const auto &e : session->timeline().events())
        if (e.kind == kind)
            out.append(e);
    return out;
}

} // namespace shopcast::test
