#include "CatchQt.hpp"
#include "EventLoopGap.hpp"
#include "work/GuiThreadCheck.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "catalog/CatalogExport.hpp"
#include "catalog/CatalogExporter.hpp"
#include "catalog/CatalogImport.hpp"
#include "catalog/CatalogImporter.hpp"
#include "catalog/ProductRepository.hpp"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace shopcast::catalog;

namespace {
const QString kFixtures = QStringLiteral(SHOPCAST_FIXTURES "/catalog/");

// A Chinese catalogue of 10,000 products, as a merchant's export would be.
QByteArray tenThousandRows()
{
    QByteArray csv = "商品编码,商品名称,原价,直播价,库存,卖点\n";
    for (int i = 0; i < 10'000; ++i)
        csv += QStringLiteral("SKU-%1,商品 第%1款 · 直播专享,%2.00,%3.90,%4,买一送一|顺丰包邮\n")
                   .arg(i)
                   .arg(100 + i % 50)
                   .arg(80 + i % 40)
                   .arg(i % 300)
                   .toUtf8();
    return csv;
}

QStringList messages(const QList<ImportIssue> &issues)
{
    QStringList out;
    for (const ImportIssue &i : issues)
        out.append(i.toString());
    return out;
}
} // namespace

TEST_CASE("a 120-product Chinese CSV imports completely", "[catalog][import]")
{
    const ImportResult r = CatalogImporter::parseFile(kFixtures + QStringLiteral("products-zh-120.csv"));
    INFO(messages(r.errors).join(QLatin1Char('\n')).toStdString());
    REQUIRE(r.ok());
    CHECK(r.encoding == QStringLiteral("UTF-8"));
    REQUIRE(r.products.size() == 120);
    const Product &first = r.products.first();
    CHECK(first.sku == QStringLiteral("SC-0001"));
    CHECK(first.title == QStringLiteral("口红 第1款 · 直播专享"));
    CHECK(first.price.cents() == 9600);
    REQUIRE(first.promoPrice);
    CHECK(first.promoPrice->cents() == 8590);
    CHECK(first.stock == 13);
    CHECK(first.sellingPoints == QStringList{QStringLiteral("买一送一"), QStringLiteral("顺丰包邮"), QStringLiteral("7天无理由")});
    CHECK(first.script.contains(QStringLiteral("\"拍一发二\"")));
    CHECK(first.tags == QStringList{QStringLiteral("彩妆"), QStringLiteral("新品")});
    CHECK_FALSE(r.products.at(3).promoPrice);       // 直播价 left empty
    CHECK(r.products.at(2).price.cents() == 17090); // "170.9"

    QTemporaryDir dir;
    QString error;
    auto db = shopcast::storage::Database::open(dir.filePath(QStringLiteral("catalog.db")), &error);
    REQUIRE(db);
    ProductRepository repo(*db);
    const auto saved = repo.saveAll(r.products, QStringLiteral("import"), &error);
    REQUIRE(saved);
    CHECK(saved->added == 120);
    CHECK(repo.count() == 120);
}

TEST_CASE("the same sheet saved as GB18030 gives the same products", "[catalog][import]")
{
    const ImportResult utf8 = CatalogImporter::parseFile(kFixtures + QStringLiteral("products-zh-120.csv"));
    const ImportResult gb = CatalogImporter::parseFile(kFixtures + QStringLiteral("products-zh-gb18030.csv"));
    REQUIRE(gb.ok());
    CHECK(gb.encoding == QStringLiteral("GB18030"));
    CHECK(gb.products == utf8.products);
}

TEST_CASE("a file with several errors reports all of them and imports nothing", "[catalog][import]")
{
    const ImportResult r = CatalogImporter::parseFile(kFixtures + QStringLiteral("products-with-errors.csv"));
    const QStringList errors = messages(r.errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(r.ok());
    CHECK(r.products.isEmpty());
    CHECK(errors.contains(QStringLiteral("line 3, column 3: price '12,9O' is not a number")));
    CHECK(errors.contains(QStringLiteral("line 4, column 1: sku: missing")));
    CHECK(errors.contains(QStringLiteral("line 5, column 5: stock 'many' is not a whole number of items")));
    CHECK(errors.contains(QStringLiteral("line 6, column 1: SKU 'A-1' already appears on line 2")));
    CHECK(errors.contains(QStringLiteral("line 7, column 2: title: missing")));
    CHECK(errors.contains(QStringLiteral("line 7, column 3: price '7.123' has more than two decimals")));
    CHECK(errors.size() == 6);
    CHECK(messages(r.warnings).contains(QStringLiteral("line 1, column 6: unknown column 'colour' is ignored")));
}

TEST_CASE("missing columns, missing images and JSON input", "[catalog][import]")
{
    ImportResult r = CatalogImporter::parseCsv("title,price\nA,1\n", QStringLiteral("/tmp"));
    CHECK(messages(r.errors) == QStringList{QStringLiteral("line 1: required column sku/商品编码/货号 is missing")});

    r = CatalogImporter::parseCsv("sku,title,price,image\nA,杯子,1,no-such.png\n", QStringLiteral("/nonexistent"));
    REQUIRE(r.ok());
    CHECK(messages(r.warnings).first().contains(QStringLiteral("not found; the card shows a placeholder")));

    r = CatalogImporter::parseJson(R"({"products":[{"sku":"J1","title":"杯","price":12.9,"stock":3,"tags":"a|b"},
                                                    {"sku":"J2","title":"壶","price":"x"}]})",
                                   QStringLiteral("/tmp"));
    CHECK(messages(r.errors) == QStringList{QStringLiteral("product #2: price 'x' is not a number")});
    r = CatalogImporter::parseJson(R"([{"sku":"J1","title":"杯","price":12.9,"stock":3,"tags":"a|b"}])", QStringLiteral("/tmp"));
    REQUIRE(r.ok());
    CHECK(r.products.first().price.cents() == 1290);
    CHECK(r.products.first().tags == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    r = CatalogImporter::parseJson("{\n\"products\": [ oops ]}", QStringLiteral("/tmp"));
    CHECK(messages(r.errors).first().startsWith(QStringLiteral("line 2: not valid JSON")));
}

TEST_CASE("export and re-import round-trips every field", "[catalog][export]")
{
    const ImportResult original = CatalogImporter::parseFile(kFixtures + QStringLiteral("products-zh-120.csv"));
    REQUIRE(original.ok());
    const ImportResult fromCsv = CatalogImporter::parseCsv(CatalogExporter::toCsv(original.products), QStringLiteral("/tmp"));
    REQUIRE(fromCsv.ok());
    CHECK(fromCsv.products == original.products);
    const ImportResult fromJson = CatalogImporter::parseJson(CatalogExporter::toJson(original.products), QStringLiteral("/tmp"));
    REQUIRE(fromJson.ok());
    CHECK(fromJson.products == original.products);
}

TEST_CASE("a 10,000-row import runs off the GUI thread: the event loop keeps its pace, and it is all or nothing", "[catalog][import][watchdog]")
{
    QTemporaryDir dir;
    QString error;
    auto db = shopcast::storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    ProductRepository products(*db);
    QByteArray csv = tenThousandRows();
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();

    QObject context;
    std::optional<CatalogImport> done;
    const int heavyBefore = shopcast::work::GuiThreadCheck::heavyWorkOnGuiThread();
    shopcast::test::EventLoopGap gap;
    gap.start();
    CatalogImport::start(path, products, &context, [&](const CatalogImport &result) { done = result; });
    REQUIRE_EVENTUALLY(done.has_value(), 120'000);
    gap.stop();
    WARN("10,000-row import took " << gap.elapsedMs() << " ms; the longest GUI event-loop gap meanwhile " << gap.longestMs() << " ms");
    CHECK(shopcast::work::GuiThreadCheck::heavyWorkOnGuiThread() == heavyBefore); // read and parsed on a worker
    REQUIRE(done->ok());
    CHECK(done->saved->added == 10'000);
    CHECK(products.count() == 10'000);

    // A file with one bad row among 10,000 imports nothing, and says where.
    csv.replace("SKU-", "NEW-");
    csv += "NEW-BAD,坏行,not-a-price,1.00,1,\n";
    QFile broken(dir.filePath(QStringLiteral("broken.csv")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(csv);
    broken.close();
    done.reset();
    CatalogImport::start(broken.fileName(), products, &context, [&](const CatalogImport &result) { done = result; });
    REQUIRE_EVENTUALLY(done.has_value(), 120'000);
    CHECK_FALSE(done->ok());
    CHECK(messages(done->parsed.errors).join(QLatin1Char('\n')).contains(QStringLiteral("line 10002")));
    CHECK(products.count() == 10'000);
}

TEST_CASE("a 10,000-product export runs off the GUI thread and reads back the same, a failed one says why", "[catalog][export][watchdog]")
{
    QTemporaryDir dir;
    QString error;
    auto db = shopcast::storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    ProductRepository products(*db);
    const QByteArray csv = tenThousandRows();
    const ImportResult parsed = CatalogImporter::parseCsv(csv, dir.path());
    REQUIRE(parsed.ok());
    REQUIRE(products.saveAll(parsed.products, QStringLiteral("fixture"), &error));
    // An edit still in the writer's queue is in the file: the read is queued behind it.
    Product edited = *products.findBySku(QStringLiteral("SKU-7"));
    edited.stock = 12'345;
    products.saveLater(edited, QStringLiteral("live edit"));

    for (const QString &name : {QStringLiteral("all.csv"), QStringLiteral("all.json")}) {
        QObject context;
        std::optional<CatalogExport> done;
        const int heavyBefore = shopcast::work::GuiThreadCheck::heavyWorkOnGuiThread();
        shopcast::test::EventLoopGap gap;
        gap.start();
        CatalogExport::start(dir.filePath(name), products, &context, [&](const CatalogExport &result) { done = result; });
        REQUIRE_EVENTUALLY(done.has_value(), 120'000);
        gap.stop();
        WARN("10,000-product export to " << name.toStdString() << " took " << gap.elapsedMs() << " ms; the longest GUI event-loop gap meanwhile "
                                         << gap.longestMs() << " ms");
        CHECK(shopcast::work::GuiThreadCheck::heavyWorkOnGuiThread() == heavyBefore); // made and written on a worker
        INFO(done->error.toStdString());
        REQUIRE(done->ok());
        CHECK(done->count == 10'000);
        const ImportResult back = CatalogImporter::parseFile(dir.filePath(name));
        REQUIRE(back.ok());
        CHECK(back.products.size() == 10'000);
        QList<Product> stored = products.all();
        for (Product &p : stored)
            p.id = 0; // the file has no database rows
        CHECK(back.products == stored);
        CHECK(back.products.at(7).stock == 12'345);
    }

    QObject context;
    std::optional<CatalogExport> failed;
    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/products.csv"));
    CatalogExport::start(nowhere, products, &context, [&](const CatalogExport &result) { failed = result; });
    REQUIRE_EVENTUALLY(failed.has_value(), 60'000);
    CHECK_FALSE(failed->ok());
    CHECK(failed->error.contains(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere));

    // A window closed while its export runs is not called back.
    bool called = false;
    {
        QObject gone;
        CatalogExport::start(dir.filePath(QStringLiteral("late.csv")), products, &gone, [&](const CatalogExport &) { called = true; });
    }
    REQUIRE(db->writer().flush());
    REQUIRE_EVENTUALLY(QFileInfo::exists(dir.filePath(QStringLiteral("late.csv"))), 60'000);
    QTest::qWait(100);
    CHECK_FALSE(called);
}
