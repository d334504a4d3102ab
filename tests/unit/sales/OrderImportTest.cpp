// Platform order exports into the studio database: each preset against a
// fixture in its platform's column layout and encoding, duplicates within a
// file and across imports, refunds, cancelled and unpaid lines, SKUs the
// catalog lacks, bad amounts and quantities, a line cut short, a binary file,
// a column mapping, the window's import on a worker and the writer, and the assignment of lines to shows by paid time.
#include "CatchQt.hpp"

#include "sales/OrderFileReader.hpp"
#include "sales/OrderImport.hpp"
#include "sales/OrderPipe.hpp"
#include "sales/OrderStore.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <thread>

using namespace shopcast;
using sales::OrderFileReader;
using sales::OrderStatus;
using sales::OrderStore;

namespace {

const QString kFixtures = QStringLiteral(SHOPCAST_FIXTURES "/orders/");

QByteArray fixture(const QString &name)
{
    QFile f(kFixtures + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// A studio with two shows (2026-11-11 and -12, 20:00–21:00 Beijing time) and
// the two demo products in its catalog.
struct Studio
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Studio()
    {
        QString error;
        db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        for (const char *sql :
             {"INSERT INTO shows (id, title, started_at, ended_at) VALUES (1, '双十一', '2026-11-11T12:00:00.000Z', '2026-11-11T13:00:00.000Z')",
              "INSERT INTO shows (id, title, started_at, ended_at) VALUES (2, '返场', '2026-11-12T12:00:00.000Z', '2026-11-12T13:00:00.000Z')",
              "INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('DEMO-CUP', '保温杯', 12900, 'x', 'x')",
              "INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('DEMO-LIP', '口红', 8900, 'x', 'x')"})
            REQUIRE(q.exec(QString::fromUtf8(sql)));
    }
    QString scalar(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0).toString() : QString();
    }
};

} // namespace

TEST_CASE("orders: a 抖店 export in GB18030 — lines read, bad ones refused by line, shows by paid time, duplicates and refunds", "[sales][orders]")
{
    const OrderFileReader::Result read = OrderFileReader::read(fixture(QStringLiteral("douyin-gb18030.csv")), std::nullopt);
    REQUIRE(read.error.isEmpty());
    CHECK(read.encoding == QStringLiteral("GB18030"));
    REQUIRE(read.format);
    CHECK(read.format->id == QStringLiteral("douyin"));
    CHECK(read.orders.size() == 9);
    REQUIRE(read.refused.size() == 2);
    CHECK(read.refused.at(0).line == 9);
    CHECK(read.refused.at(0).reason == QStringLiteral("the amount '12.9O' is not a number"));
    CHECK(read.refused.at(1).line == 12);
    CHECK(read.refused.at(1).reason.contains(QStringLiteral("cut short")));
    const sales::Order &first = read.orders.at(0);
    CHECK(first.platform == QStringLiteral("douyin"));
    CHECK(first.orderId == QStringLiteral("6931000000000001"));
    CHECK(first.lineId == first.orderId);
    CHECK(first.sku == QStringLiteral("DEMO-CUP"));
    CHECK(first.platformProductId == QStringLiteral("3578001"));
    CHECK(first.quantity == 2);
    CHECK(first.paidCents == 23'800);
    CHECK(first.buyer == QStringLiteral("张**"));
    CHECK(first.paidAt == QDateTime(QDate(2026, 11, 11), QTime(12, 5, 3), Qt::UTC)); // 20:05:03 in Beijing
    CHECK(read.orders.at(1).lineId == QStringLiteral("6931000000000002-1"));
    CHECK(read.orders.at(3).status == OrderStatus::Refunded);  // 售后状态 退款成功
    CHECK(read.orders.at(4).status == OrderStatus::Cancelled); // 已关闭, never paid
    CHECK_FALSE(read.orders.at(4).paidAt.isValid());

    Studio studio;
    QString error;
    auto saved = OrderStore::save(studio.db->connection(), read.orders, std::nullopt, QStringLiteral("test"), &error);
    INFO(error.toStdString());
    REQUIRE(saved);
    CHECK(saved->imported == 8);
    CHECK(saved->duplicates == 1); // the repeated line of order 1
    CHECK(saved->updated == 0);
    CHECK(saved->outsideShows == 2); // paid the next morning; the unpaid one
    CHECK(saved->unmatchedSkus == QStringList{QStringLiteral("NOT-IN-CATALOG")});
    CHECK(studio.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE show_id = 1")) == QStringLiteral("5"));
    CHECK(studio.scalar(QStringLiteral("SELECT order_id FROM orders WHERE show_id = 2")) == QStringLiteral("6931000000000007"));
    // GMV of show 1: paid lines only (the refund and the unpaid one are kept, not counted).
    CHECK(studio.scalar(QStringLiteral("SELECT SUM(paid_cents) FROM orders WHERE show_id = 1 AND status = 'paid'")) == QStringLiteral("51590"));
    // In paid order, as stored: the earliest is order 1's line, the refund kept as refunded.
    CHECK(studio.scalar(QStringLiteral("SELECT paid_at_ms FROM orders WHERE show_id = 1 ORDER BY paid_at_ms LIMIT 1"))
          == QString::number(first.paidAt.toMSecsSinceEpoch()));
    CHECK(studio.scalar(QStringLiteral("SELECT status FROM orders WHERE order_id = '6931000000000003'")) == QStringLiteral("refunded"));
    CHECK(studio.scalar(QStringLiteral("SELECT buyer || ' ' || quantity || ' ' || paid_cents FROM orders WHERE order_id = '6931000000000001'"))
          == QStringLiteral("张** 2 23800"));
    // The same file again: all duplicates. A later export with a refund: one update.
    saved = OrderStore::save(studio.db->connection(), read.orders, std::nullopt, QStringLiteral("test"), &error);
    REQUIRE(saved);
    CHECK(saved->imported == 0);
    CHECK(saved->duplicates == 9);
    const OrderFileReader::Result later = OrderFileReader::read(fixture(QStringLiteral("douyin-refund-gb18030.csv")), std::nullopt);
    REQUIRE(later.orders.size() == 1);
    saved = OrderStore::save(studio.db->connection(), later.orders, std::nullopt, QStringLiteral("test"), &error);
    REQUIRE(saved);
    CHECK(saved->updated == 1);
    CHECK(studio.scalar(QStringLiteral("SELECT status FROM orders WHERE line_id = '6931000000000002-2'")) == QStringLiteral("refunded"));

    // Into a show given by the user.
    Studio other;
    saved = OrderStore::save(other.db->connection(), read.orders, 2, QStringLiteral("test"), &error);
    REQUIRE(saved);
    CHECK(saved->outsideShows == 0);
    CHECK(other.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE show_id = 2")) == QStringLiteral("8"));
}

TEST_CASE("orders: 千牛 (UTF-8 with BOM, ids behind a tab, headers with a trailing space) and 快手小店 exports", "[sales][orders]")
{
    const OrderFileReader::Result taobao = OrderFileReader::read(fixture(QStringLiteral("taobao-utf8bom.csv")), std::nullopt);
    REQUIRE(taobao.error.isEmpty());
    REQUIRE(taobao.format);
    CHECK(taobao.format->id == QStringLiteral("taobao"));
    CHECK(taobao.encoding == QStringLiteral("UTF-8"));
    REQUIRE(taobao.orders.size() == 4);
    REQUIRE(taobao.refused.size() == 1);
    CHECK(taobao.refused.at(0).line == 6);
    CHECK(taobao.refused.at(0).reason.contains(QStringLiteral("quantity '0'")));
    CHECK(taobao.orders.at(0).orderId == QStringLiteral("3300000000000001"));
    CHECK(taobao.orders.at(0).lineId == QStringLiteral("3300000000000011"));
    CHECK(taobao.orders.at(0).title == QStringLiteral("316不锈钢保温杯"));
    CHECK(taobao.orders.at(0).paidAt == QDateTime(QDate(2026, 11, 11), QTime(12, 6, 30), Qt::UTC));
    CHECK(taobao.orders.at(1).status == OrderStatus::Paid); // 买家已付款，等待卖家发货
    CHECK(taobao.orders.at(1).paidCents == 17'800);
    CHECK(taobao.orders.at(2).status == OrderStatus::Refunded);
    CHECK(taobao.orders.at(3).status == OrderStatus::Cancelled); // 等待买家付款: not a sale

    const OrderFileReader::Result kuaishou = OrderFileReader::read(fixture(QStringLiteral("kuaishou-utf8.csv")), std::nullopt);
    REQUIRE(kuaishou.error.isEmpty());
    REQUIRE(kuaishou.format);
    CHECK(kuaishou.format->id == QStringLiteral("kuaishou"));
    REQUIRE(kuaishou.orders.size() == 3);
    CHECK(kuaishou.refused.isEmpty());
    CHECK(kuaishou.orders.at(0).sku == QStringLiteral("DEMO-CUP")); // 商家编码, not the SKU编码 beside it
    CHECK(kuaishou.orders.at(0).paidCents == 12'900);               // "¥129.00"
    CHECK(kuaishou.orders.at(1).status == OrderStatus::Refunded);
    CHECK(kuaishou.orders.at(2).status == OrderStatus::Cancelled);

    // Same order id on two platforms: two orders.
    Studio studio;
    QString error;
    REQUIRE(OrderStore::save(studio.db->connection(), taobao.orders + kuaishou.orders, std::nullopt, QStringLiteral("test"), &error));
    CHECK(studio.scalar(QStringLiteral("SELECT COUNT(DISTINCT platform) FROM orders")) == QStringLiteral("2"));
    CHECK(studio.scalar(QStringLiteral("SELECT SUM(paid_cents) FROM orders WHERE show_id = 1 AND status = 'paid'")) == QStringLiteral("43600"));
}

TEST_CASE("orders: another export through a column mapping, and files that are not an order export", "[sales][orders]")
{
    QString why;
    CHECK_FALSE(sales::OrderExportFormat::fromMapping(QStringLiteral("orderId=单号,quantity=数量"), &why));
    CHECK(why.contains(QStringLiteral("paid=")));
    CHECK_FALSE(sales::OrderExportFormat::fromMapping(QStringLiteral("orderId=单号,price=实收"), &why));
    CHECK(why.contains(QStringLiteral("'price' is not a field")));
    const auto mapping
        = sales::OrderExportFormat::fromMapping(QStringLiteral("orderId=单号, sku=货号, quantity=数量, paid=实收, paidAt=付款时间, platform=weidian"), &why);
    REQUIRE(mapping);
    const OrderFileReader::Result other = OrderFileReader::read(fixture(QStringLiteral("other-shop.csv")), mapping);
    REQUIRE(other.error.isEmpty());
    REQUIRE(other.orders.size() == 2);
    CHECK(other.orders.at(1).platform == QStringLiteral("weidian"));
    CHECK(other.orders.at(1).quantity == 2);
    // Without the mapping the header is no known export.
    CHECK(OrderFileReader::read(fixture(QStringLiteral("other-shop.csv")), std::nullopt).error.contains(QStringLiteral("--format")));
    // A preset whose columns the file lacks names them.
    const OrderFileReader::Result wrong
        = OrderFileReader::read(fixture(QStringLiteral("other-shop.csv")), sales::OrderExportFormat::byId(QStringLiteral("douyin")));
    CHECK(wrong.error.contains(QStringLiteral("主订单编号")));

    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 131) % 256);
    const OrderFileReader::Result junk = OrderFileReader::read(binary, std::nullopt);
    CHECK_FALSE(junk.error.isEmpty());
    CHECK(junk.orders.isEmpty());
    CHECK(OrderFileReader::read(QByteArray(), std::nullopt).error == QStringLiteral("the file is empty"));
    CHECK_FALSE(OrderFileReader::readFile(QStringLiteral("/nonexistent/orders.csv"), std::nullopt).error.isEmpty());
}

TEST_CASE("orders: a store that fails part way keeps nothing of the import", "[sales][orders]")
{
    Studio studio;
    QString error;
    const OrderFileReader::Result read = OrderFileReader::read(fixture(QStringLiteral("douyin-gb18030.csv")), std::nullopt);
    QList<sales::Order> orders = read.orders;
    orders[5].paidCents = -1; // the table refuses it, after five lines went in
    CHECK_FALSE(OrderStore::save(studio.db->connection(), orders, std::nullopt, QStringLiteral("test"), &error));
    CHECK(error.contains(QStringLiteral("nothing was")));
    CHECK(studio.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")) == QStringLiteral("0"));
}

TEST_CASE("orders: the window's import — read on a worker, stored by the writer in one job, an unknown header asks for a mapping", "[sales][orders]")
{
    Studio studio;
    QObject context;
    std::optional<sales::OrderImport> done;
    const auto start = [&](const QString &name, const std::optional<sales::OrderExportFormat> &format) {
        done.reset();
        sales::OrderImport::start(kFixtures + name, format, std::nullopt, *studio.db, &context, [&](const sales::OrderImport &r) { done = r; });
        REQUIRE_EVENTUALLY(done.has_value(), 30'000);
    };
    start(QStringLiteral("douyin-gb18030.csv"), std::nullopt);
    INFO(done->summary(QStringLiteral("douyin-gb18030.csv")).toStdString());
    REQUIRE(done->ok());
    CHECK(done->summary(QStringLiteral("d.csv"))
          == QStringLiteral("d.csv (GB18030, 抖店): 8 imported, 0 updated, 1 duplicates, 2 refused, 2 outside any show"));
    CHECK(done->details().size() == 3); // two refused lines and the SKUs the catalog lacks
    CHECK(done->details().at(0).startsWith(QStringLiteral("line 9: refused:")));
    REQUIRE(studio.db->writer().flush());
    CHECK(studio.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")) == QStringLiteral("8"));

    // Not a known export: nothing stored, the header handed back for the mapping dialog.
    start(QStringLiteral("other-shop.csv"), std::nullopt);
    CHECK(done->needsMapping());
    CHECK_FALSE(done->ok());
    CHECK(done->read.header
          == QStringList{QStringLiteral("单号"), QStringLiteral("货号"), QStringLiteral("数量"), QStringLiteral("实收"), QStringLiteral("付款时间")});
    // The dialog's choice, as (field, column) pairs: a header may hold ',' or '='.
    QString why;
    const auto mapping = sales::OrderExportFormat::fromColumns({{QStringLiteral("orderId"), QStringLiteral("单号")},
                                                                {QStringLiteral("sku"), QStringLiteral("货号")},
                                                                {QStringLiteral("quantity"), QStringLiteral("数量")},
                                                                {QStringLiteral("paid"), QStringLiteral("实收")},
                                                                {QStringLiteral("paidAt"), QStringLiteral("付款时间")}},
                                                               &why);
    REQUIRE(mapping);
    start(QStringLiteral("other-shop.csv"), mapping);
    REQUIRE(done->ok());
    CHECK(done->saved->imported == 2);
    CHECK(done->summary(QStringLiteral("o.csv")).contains(QStringLiteral("2 imported")));
    CHECK_FALSE(sales::OrderExportFormat::fromColumns({{QStringLiteral("orderId"), QStringLiteral("单号")}}, &why));
    CHECK(why.contains(QStringLiteral("quantity=")));

    // A binary file: the reason, nothing stored.
    QFile binary(studio.dir.filePath(QStringLiteral("orders.csv")));
    REQUIRE(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\0\0\0\rIHDR", 12));
    binary.close();
    done.reset();
    sales::OrderImport::start(binary.fileName(), std::nullopt, std::nullopt, *studio.db, &context, [&](const sales::OrderImport &r) { done = r; });
    REQUIRE_EVENTUALLY(done.has_value(), 30'000);
    CHECK_FALSE(done->ok());
    CHECK(done->summary(QStringLiteral("orders.csv")).contains(QStringLiteral("nothing was imported")));
    REQUIRE(studio.db->writer().flush());
    CHECK(studio.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")) == QStringLiteral("10"));
}

namespace {

// A 快手小店 export of `lines` lines paid during show 1; broken: a quote
// opened on the last line is never closed, after many batches were read.
QByteArray kuaishouExport(int lines, bool broken)
{
    QByteArray text = "订单号,商品ID,商品名称,商家编码,SKU编码,成交数量,实付款,买家昵称,订单创建时间,支付时间,订单状态,售后状态,收货人,收货地址\n";
    for (int i = 0; i < lines; ++i) {
        const QByteArray when = "2026-11-11 20:" + QByteArray::number(10 + i % 40) + ":00";
        text += QByteArray::number(9'000'000 + i) + ",88,保温杯,DEMO-CUP,88-1,1,¥129.00,用**," + when + "," + when + ",已完成,无售后,张**,浙江省***\n";
    }
    if (broken)
        text += "9999999,88,\"保温杯,DEMO-CUP,88-1,1,¥129.00,用**,,,已完成,无售后,张**,浙江省***\n";
    return text;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return f.fileName();
}

} // namespace

TEST_CASE("orders: a big export is stored while it is read, and one that breaks off after thousands of lines keeps none of them", "[sales][orders]")
{
    const int lines = 3 * OrderFileReader::kBatchLines + 17;
    Studio studio;
    const QString good = writeFile(studio.dir, QStringLiteral("good.csv"), kuaishouExport(lines, false));
    const QString broken = writeFile(studio.dir, QStringLiteral("broken.csv"), kuaishouExport(lines, true));

    // The window's import: the writer's job takes the lines batch by batch.
    QObject context;
    std::optional<sales::OrderImport> done;
    const auto start = [&](const QString &path) {
        done.reset();
        sales::OrderImport::start(path, std::nullopt, std::nullopt, *studio.db, &context, [&](const sales::OrderImport &r) { done = r; });
        REQUIRE_EVENTUALLY(done.has_value(), 60'000);
    };
    start(broken);
    CHECK_FALSE(done->ok());
    CHECK(done->summary(QStringLiteral("b.csv")).contains(QStringLiteral("never closed")));
    CHECK(done->summary(QStringLiteral("b.csv")).contains(QStringLiteral("nothing was imported")));
    REQUIRE(studio.db->writer().flush()); // the writer is not left waiting on the reader
    CHECK(studio.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")) == QStringLiteral("0"));
    start(good);
    INFO(done->summary(QStringLiteral("g.csv")).toStdString());
    REQUIRE(done->ok());
    CHECK(done->saved->imported == lines);
    REQUIRE(studio.db->writer().flush());
    CHECK(studio.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE show_id = 1")) == QString::number(lines));

    // The CLI's import: the same halves in line; no database for a file
    // that is no export, nothing kept of one that breaks off.
    Studio other;
    int opened = 0;
    const auto database = [&] {
        ++opened;
        return other.db.get();
    };
    QFile binary(other.dir.filePath(QStringLiteral("orders.csv")));
    REQUIRE(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\0\0\0\rIHDR", 12));
    binary.close();
    sales::OrderImport r = sales::OrderImport::run(binary.fileName(), std::nullopt, std::nullopt, database);
    CHECK_FALSE(r.ok());
    CHECK(opened == 0);
    r = sales::OrderImport::run(broken, std::nullopt, std::nullopt, database);
    CHECK_FALSE(r.ok());
    CHECK(r.summary(QStringLiteral("b.csv")).contains(QStringLiteral("never closed")));
    CHECK(opened == 1);
    CHECK(other.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")) == QStringLiteral("0"));
    r = sales::OrderImport::run(good, std::nullopt, std::nullopt, database);
    REQUIRE(r.ok());
    CHECK(r.saved->imported == lines);
    CHECK(other.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")) == QString::number(lines));
    r = sales::OrderImport::run(good, std::nullopt, 2, database); // again, to another show: each line a duplicate
    REQUIRE(r.ok());
    CHECK(r.saved->duplicates == lines);
    r = sales::OrderImport::run(good, std::nullopt, 7, database); // no show 7: the store refuses, nothing kept
    CHECK_FALSE(r.ok());
    CHECK(r.storeError.contains(QStringLiteral("no show 7")));
}

TEST_CASE("orders: the pipe between reader and store — a failed read drops what it held, an abandoned store drops what comes", "[sales][orders]")
{
    sales::OrderPipe pipe;
    pipe.push(QList<sales::Order>(3));
    pipe.push(QList<sales::Order>(2));
    REQUIRE(pipe.take()->size() == 3);
    pipe.close(true);
    CHECK_FALSE(pipe.take().has_value()); // the second batch is not stored
    CHECK(pipe.failed());

    sales::OrderPipe abandoned;
    abandoned.push(QList<sales::Order>(1));
    abandoned.abandon();
    abandoned.push(QList<sales::Order>(1));
    abandoned.close(false);
    CHECK_FALSE(abandoned.take().has_value());
    CHECK_FALSE(abandoned.failed());

    // A reader on another thread, a store waiting on it.
    sales::OrderPipe threaded;
    std::thread reader([&] {
        for (int i = 0; i < 50; ++i)
            threaded.push(QList<sales::Order>(i + 1));
        threaded.close(false);
    });
    int lines = 0;
    while (const auto batch = threaded.take())
        lines += int(batch->size());
    reader.join();
    CHECK(lines == 50 * 51 / 2);
}
