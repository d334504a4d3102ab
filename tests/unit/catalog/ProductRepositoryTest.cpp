#include "CatchQt.hpp"

#include "storage/Database.hpp"
#include "catalog/ProductRepository.hpp"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shopcast::catalog;

namespace {
Product cup()
{
    Product p;
    p.sku = QStringLiteral("CUP-1");
    p.title = QStringLiteral("保温杯");
    p.price = *Money::parse(QStringLiteral("129"));
    p.promoPrice = Money::parse(QStringLiteral("99.9"));
    p.stock = 50;
    p.sellingPoints = {QStringLiteral("316不锈钢"), QStringLiteral("12小时保温")};
    p.tags = {QStringLiteral("家居")};
    return p;
}
} // namespace

TEST_CASE("CRUD by SKU keeps exact prices and the change history", "[catalog][db]")
{
    QTemporaryDir dir;
    QString error;
    auto db = shopcast::storage::Database::open(dir.filePath(QStringLiteral("catalog.db")), &error);
    REQUIRE(db);
    ProductRepository repo(*db);
    Product p = cup();
    const bool saved = repo.save(p, QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(saved);
    CHECK(p.id > 0);
    auto stored = repo.findBySku(QStringLiteral("CUP-1"));
    REQUIRE(stored);
    CHECK(*stored == p);
    CHECK(stored->promoPrice->toString() == QStringLiteral("99.90"));

    // Saving the same product again changes nothing and writes no history.
    auto result = repo.saveAll({p}, QStringLiteral("again"), &error);
    REQUIRE(result);
    CHECK(result->unchanged == 1);
    CHECK(repo.history(QStringLiteral("CUP-1")).isEmpty());

    Product cheaper = p;
    cheaper.promoPrice = Money::parse(QStringLiteral("89"));
    cheaper.stock.reset();
    result = repo.saveAll({cheaper}, QStringLiteral("import spring.csv"), &error);
    REQUIRE(result);
    CHECK(result->updated == 1);
    const auto history = repo.history(QStringLiteral("CUP-1"));
    REQUIRE(history.size() == 1);
    CHECK(history.first().source == QStringLiteral("import spring.csv"));
    CHECK(history.first().before.promoPrice->cents() == 9990);
    CHECK(history.first().before.stock == 50);
    CHECK_FALSE(repo.findBySku(QStringLiteral("CUP-1"))->stock);

    REQUIRE(repo.remove(QStringLiteral("CUP-1"), &error));
    CHECK_FALSE(repo.findBySku(QStringLiteral("CUP-1")));
    CHECK(repo.count() == 0);
}

TEST_CASE("a failing product rolls the whole batch back", "[catalog][db]")
{
    QTemporaryDir dir;
    QString error;
    auto db = shopcast::storage::Database::open(dir.filePath(QStringLiteral("catalog.db")), &error);
    REQUIRE(db);
    ProductRepository repo(*db);
    Product good = cup();
    Product bad = cup();
    bad.sku = QStringLiteral("BAD");
    bad.price = Money::fromCents(-5); // violates the CHECK constraint
    CHECK_FALSE(repo.saveAll({good, bad}, QStringLiteral("batch"), &error));
    CHECK(repo.count() == 0);
}

TEST_CASE("search matches SKU, title and tags, every word, escaping wildcards", "[catalog][db]")
{
    QTemporaryDir dir;
    QString error;
    auto db = shopcast::storage::Database::open(dir.filePath(QStringLiteral("catalog.db")), &error);
    REQUIRE(db);
    ProductRepository repo(*db);
    QList<Product> products;
    for (int i = 0; i < 30; ++i) {
        Product p = cup();
        p.sku = QStringLiteral("SKU-%1").arg(i);
        p.title = i % 2 ? QStringLiteral("红色保温杯 %1").arg(i) : QStringLiteral("蓝色水壶 %1").arg(i);
        p.tags = {i % 3 ? QStringLiteral("家居") : QStringLiteral("100%纯棉")};
        products.append(p);
    }
    REQUIRE(repo.saveAll(products, QStringLiteral("t"), &error));
    CHECK(repo.search(QStringLiteral("保温杯")).size() == 15);
    CHECK(repo.search(QStringLiteral("保温杯 家居")).size() == 10);
    CHECK(repo.search(QStringLiteral("sku-1")).size() == 11); // SKU-1, SKU-10..19
    CHECK(repo.search(QStringLiteral("100%")).size() == 10);
    CHECK(repo.search(QStringLiteral("%")).size() == 10); // '%' is literal, not a wildcard
    CHECK(repo.search(QString()).size() == 30);
    CHECK(repo.search(QStringLiteral("保温杯"), 5).size() == 5);
}
