// Sales at scale. (1) Importing a 200,000-line 快手小店 export (UTF-8, 32 MB
// with the columns the platform writes): read, parse and store in one
// transaction (the store taking lines while the rest is read; each half
// alone too), against a naive baseline that only splits the lines at commas
// and inserts the raw cells in one transaction (what any import must at least
// do); and the GUI thread's longest event-loop gap while the window's import
// (OrderImport: a worker, then one writer job) runs. (2) Opening the review
// of a 3-hour show with 500,000 comments, before and after 50,000 orders are
// added to it.
#include "BenchStats.hpp"
#include "EventLoopGap.hpp"
#include "ShowBuilder.hpp"

#include "replay/ShowReview.hpp"
#include "sales/OrderFileReader.hpp"
#include "sales/OrderImport.hpp"
#include "sales/OrderStore.hpp"
#include "storage/Database.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTimeZone>

#include <sqlite3.h>

#include <cstdio>
#include <memory>
#include <optional>

using namespace shopcast;
using show::TimelineKind;

namespace {

constexpr int kLines = 200'000;

// A 快手小店 export as the back office writes it: every column, most unused.
QString writeExport(const QString &path, const QDateTime &from)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("订单号,商品ID,商品名称,商家编码,SKU编码,成交数量,实付款,买家昵称,订单创建时间,支付时间,订单状态,售后状态,收货人,收货地址\n");
    QByteArray line;
    for (int i = 0; i < kLines; ++i) {
        const QDateTime paid = from.addSecs(i % 10'800);
        const QByteArray when = paid.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
        line = QByteArray::number(2'412'000'000'000'000LL + i) + ",88" + QByteArray::number(i % 60) + ",商品" + QByteArray::number(i % 60) + ",SKU"
               + QByteArray::number(i % 60) + ",88" + QByteArray::number(i % 60) + "-1," + QByteArray::number(1 + i % 3) + ",¥"
               + QByteArray::number(29 + i % 200) + ".90,用**" + QByteArray::number(i % 97) + "," + when + "," + when + ","
               + (i % 50 == 0 ? "已关闭" : "已完成") + "," + (i % 40 == 0 ? "退款成功" : "无售后") + ",张**,浙江省杭州市西湖区***\n";
        f.write(line);
    }
    return path;
}

std::unique_ptr<storage::Database> freshDatabase(const QTemporaryDir &dir, const QString &name)
{
    QString error;
    QFile::remove(dir.filePath(name));
    auto db = storage::Database::open(dir.filePath(name), &error);
    if (!db)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return db;
}

// The floor of storing these lines in this schema: SQLite's C API on the
// studio's own table and indexes, the values already UTF-8, one transaction,
// nothing else (no show lookup, no duplicate check, no catalog match).
double bareSqliteMs(const storage::Database &db, const QList<sales::Order> &orders)
{
    struct Row
    {
        QByteArray cells[7];
        qint64 quantity, cents, paidMs;
    };
    std::vector<Row> rows;
    rows.reserve(orders.size());
    for (const sales::Order &o : orders)
        rows.push_back(
            {{o.platform.toUtf8(), o.orderId.toUtf8(), o.lineId.toUtf8(), o.sku.toUtf8(), o.platformProductId.toUtf8(), o.title.toUtf8(), o.buyer.toUtf8()},
             o.quantity,
             o.paidCents,
             o.paidAt.toMSecsSinceEpoch()});
    sqlite3 *handle = *static_cast<sqlite3 *const *>(db.connection().driver()->handle().constData());
    QElapsedTimer t;
    t.start();
    sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(handle,
                       "INSERT INTO orders (platform, order_id, line_id, sku, platform_product_id, title, buyer, quantity, paid_cents, paid_at_ms, status,"
                       " source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'paid', 'bench', 'now')",
                       -1, &st, nullptr);
    for (const Row &r : rows) {
        for (int c = 0; c < 7; ++c)
            sqlite3_bind_text(st, c + 1, r.cells[c].constData(), int(r.cells[c].size()), SQLITE_STATIC);
        sqlite3_bind_int64(st, 8, r.quantity);
        sqlite3_bind_int64(st, 9, r.cents);
        sqlite3_bind_int64(st, 10, r.paidMs);
        sqlite3_step(st);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    return t.nsecsElapsed() / 1e6;
}

int importBenchmark(const QTemporaryDir &dir)
{
    const QString file = writeExport(dir.filePath(QStringLiteral("kuaishou.csv")), QDateTime(QDate(2026, 11, 11), QTime(20, 0), QTimeZone(8 * 3600)));
    std::printf("a 快手小店 export of %d lines, %.1f MB\n", kLines, QFile(file).size() / 1e6);
    std::vector<double> ours, reading, storing, naive, bare;
    int imported = 0;
    for (int run = 0; run < 3; ++run) {
        // The import as the CLI runs it: read on one thread, stored on this
        // one as the lines come.
        auto db = freshDatabase(dir, QStringLiteral("import.db"));
        if (!db)
            return 1;
        QElapsedTimer t;
        t.start();
        const sales::OrderImport result = sales::OrderImport::run(file, std::nullopt, std::nullopt, [&] { return db.get(); });
        ours.push_back(t.nsecsElapsed() / 1e6);
        if (!result.ok()) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.summary(file)));
            return 1;
        }
        imported = result.saved->imported;

        // Its two halves one after the other.
        t.restart();
        const sales::OrderFileReader::Result read = sales::OrderFileReader::readFile(file, std::nullopt);
        reading.push_back(t.nsecsElapsed() / 1e6);
        auto storeDb = freshDatabase(dir, QStringLiteral("store.db"));
        QString error;
        t.restart();
        if (!sales::OrderStore::save(storeDb->connection(), read.orders, std::nullopt, QStringLiteral("bench"), &error)) {
            std::fprintf(stderr, "store failed: %s\n", qPrintable(error));
            return 1;
        }
        storing.push_back(t.nsecsElapsed() / 1e6);
        auto floorDb = freshDatabase(dir, QStringLiteral("bare.db"));
        bare.push_back(bareSqliteMs(*floorDb, read.orders));

        // Naive: split at commas, insert the raw cells, one transaction.
        auto raw = freshDatabase(dir, QStringLiteral("naive.db"));
        t.restart();
        QSqlQuery q(raw->connection());
        q.exec(QStringLiteral("CREATE TABLE raw (a, b, c, d, e, f, g, h, i, j, k, l, m, n)"));
        raw->connection().transaction();
        q.prepare(QStringLiteral("INSERT INTO raw VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QFile in(file);
        in.open(QIODevice::ReadOnly);
        in.readLine();
        while (!in.atEnd()) {
            const QList<QByteArray> cells = in.readLine().trimmed().split(',');
            for (int c = 0; c < 14; ++c)
                q.bindValue(c, QString::fromUtf8(cells.value(c)));
            q.exec();
        }
        raw->connection().commit();
        naive.push_back(t.nsecsElapsed() / 1e6);
    }
    const double oursMs = bench::median(ours), naiveMs = bench::median(naive), storeMs = bench::median(storing);
    std::printf("import of %d lines (%d stored as orders), medians of 3:\n"
                "  shopcast import (read and parse on one thread, store on another as lines come; one transaction) %.0f ms;"
                " naive split + raw insert %.0f ms; ratio %.2f\n"
                "  its halves one after the other: read + parse %.0f ms, store %.0f ms (sum %.0f ms)\n"
                "  the store against bare SQLite (C API, same table and indexes, values ready) %.0f ms; ratio %.2f\n",
                kLines, imported, oursMs, naiveMs, oursMs / naiveMs, bench::median(reading), storeMs, bench::median(reading) + storeMs, bench::median(bare),
                storeMs / bench::median(bare));

    // The window's import: how long the GUI thread's event loop stops.
    std::vector<double> gaps, wall;
    for (int run = 0; run < 3; ++run) {
        auto db = freshDatabase(dir, QStringLiteral("window.db"));
        test::EventLoopGap gap;
        gap.start();
        QObject context;
        std::optional<sales::OrderImport> done;
        QElapsedTimer t;
        t.start();
        // The GUI thread idles in its event loop as a window's would (a
        // loop spinning on processEvents took a core from the import).
        QEventLoop loop;
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        sales::OrderImport::start(file, std::nullopt, std::nullopt, *db, &context, [&](const sales::OrderImport &r) {
            done = r;
            loop.quit();
        });
        loop.exec();
        wall.push_back(t.elapsed());
        gap.stop();
        if (!done || !done->ok()) {
            std::fprintf(stderr, "window import failed\n");
            return 1;
        }
        gaps.push_back(gap.longestMs());
    }
    std::printf("  the window's import (worker + storage writer): %.0f ms to done; GUI thread's longest event-loop gap %.0f ms (median of 3)\n",
                bench::median(wall), bench::median(gaps));
    return 0;
}

int reviewBenchmark(const QTemporaryDir &dir)
{
    auto db = freshDatabase(dir, QStringLiteral("review.db"));
    if (!db)
        return 1;
    test::ShowBuilder b(*db, QStringLiteral("三小时专场"));
    for (int i = 0; i < 60; ++i) {
        const qint64 at = i * 180'000;
        b.plannedPitch(i, at, 180'000);
        b.slotEnd(i, at + 179'000, 180'000, 179'000);
    }
    const int comments = 500'000;
    const qint64 lengthMs = 3 * 3600'000;
    for (int i = 0; i < comments; ++i)
        b.comment(qint64(i) * lengthMs / comments, QStringLiteral("u%1").arg(i % 20'000), i % 10 == 0 ? QStringLiteral("多少钱?") : QStringLiteral("好看"),
                  i % 10 == 0);
    const qint64 id = b.finish(true, lengthMs);
    QSqlQuery q(db->connection());
    db->connection().transaction();
    for (int i = 0; i < 60; ++i)
        q.exec(QStringLiteral("INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('SKU%1', '商品%1', 990, 'x', 'x')").arg(i));
    db->connection().commit();

    QString error;
    const auto timeLoads = [&](int expectOrders) {
        std::vector<double> ms;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const auto r = replay::ShowReview::load(*db, id, &error);
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (!r || r->orders != expectOrders) {
                std::fprintf(stderr, "review failed: %s (orders %d)\n", qPrintable(error), r ? r->orders : -1);
                return -1.0;
            }
        }
        return bench::median(ms);
    };
    const double without = timeLoads(0);
    const QDateTime start = replay::ShowReview::load(*db, id, &error)->summary.startedAt;
    QList<sales::Order> orders;
    const int count = 50'000;
    for (int i = 0; i < count; ++i) {
        sales::Order o;
        o.platform = QStringLiteral("douyin");
        o.orderId = o.lineId = QString::number(i);
        o.sku = QStringLiteral("SKU%1").arg(i % 60);
        o.quantity = 1 + i % 3;
        o.paidCents = 990 * o.quantity;
        o.buyerId = QStringLiteral("u%1").arg(i % 20'000);
        o.paidAt = start.addMSecs(qint64(i) * lengthMs / count);
        orders.append(o);
    }
    if (!sales::OrderStore::save(db->connection(), orders, id, QStringLiteral("bench"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double with = timeLoads(count);
    if (without < 0 || with < 0)
        return 1;
    std::printf("review of a 3-hour show, 500,000 comments (ShowReview::load, medians of 5):\n"
                "  without orders %.0f ms; with 50,000 orders %.0f ms; ratio %.2f\n",
                without, with, with / without);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("machine: %s, %d cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    QTemporaryDir dir;
    if (const int rc = importBenchmark(dir))
        return rc;
    return reviewBenchmark(dir);
}
