// shopcast-cli orders import as a merchant runs it after a show: the counts
// on stdout, each refused line on stderr, a second import all duplicates,
// and files or arguments that import nothing.
#include "CatchQt.hpp"
#include "CliRun.hpp"

#include "storage/Database.hpp"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shopcast;

namespace {

using Run = test::CliRun;

Run cli(const QStringList &args)
{
    return test::CliRun::of(QStringLiteral(SHOPCAST_CLI), args);
}

const QString kFixtures = QStringLiteral(SHOPCAST_FIXTURES "/orders/");

QString ordersIn(const QString &dbPath, const QString &where = QStringLiteral("1"))
{
    QString error;
    auto db = storage::Database::open(dbPath, &error);
    REQUIRE(db);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders WHERE ") + where));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("orders import from the command line: counts, refused lines named, duplicates, nothing from a bad file", "[integration][cli][orders]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("studio.db"));
    {
        QString error;
        auto db = storage::Database::open(dbPath, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO shows (id, title, started_at, ended_at) VALUES (1, 'x', '2026-11-11T12:00:00.000Z', "
                                      "'2026-11-11T13:00:00.000Z')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('DEMO-CUP', 'c', 1, 'x', 'x')")));
    }
    const QString file = kFixtures + QStringLiteral("douyin-gb18030.csv");
    Run run = cli({QStringLiteral("orders"), QStringLiteral("import"), file, QStringLiteral("--db"), dbPath});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("(GB18030, 抖店): 8 imported, 0 updated, 1 duplicates, 2 refused, 3 outside any show")));
    CHECK(run.err.contains(file + QStringLiteral(":9: refused: the amount '12.9O' is not a number")));
    CHECK(run.err.contains(file + QStringLiteral(":12: refused:")));
    CHECK(run.err.contains(QStringLiteral("not in the catalog (kept, in no product's figures): DEMO-LIP, NOT-IN-CATALOG")));
    CHECK(ordersIn(dbPath) == QStringLiteral("8"));

    run = cli({QStringLiteral("orders"), QStringLiteral("import"), file, QStringLiteral("--db"), dbPath});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral(": 0 imported, 0 updated, 9 duplicates")));

    // A mapped export into the show given.
    run = cli({QStringLiteral("orders"), QStringLiteral("import"), kFixtures + QStringLiteral("other-shop.csv"), QStringLiteral("--db"), dbPath,
               QStringLiteral("--show"), QStringLiteral("1"), QStringLiteral("--map"),
               QStringLiteral("orderId=单号,sku=货号,quantity=数量,paid=实收,paidAt=付款时间,platform=weidian")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(ordersIn(dbPath, QStringLiteral("platform = 'weidian' AND show_id = 1")) == QStringLiteral("2"));

    // A binary file, a show that is not there, a format that is not one, no
    // database: a reason each, nothing imported.
    QFile binary(dir.filePath(QStringLiteral("photo.csv")));
    REQUIRE(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    binary.close();
    run = cli({QStringLiteral("orders"), QStringLiteral("import"), binary.fileName(), QStringLiteral("--db"), dbPath});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a text file")));
    run = cli({QStringLiteral("orders"), QStringLiteral("import"), file, QStringLiteral("--db"), dbPath, QStringLiteral("--show"), QStringLiteral("7")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("there is no show 7")));
    run = cli({QStringLiteral("orders"), QStringLiteral("import"), file, QStringLiteral("--db"), dbPath, QStringLiteral("--format"), QStringLiteral("jd")});
    CHECK(run.exitCode == 2);
    run = cli({QStringLiteral("orders"), QStringLiteral("import"), file, QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db"))});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.db"))));
    CHECK(ordersIn(dbPath) == QStringLiteral("10"));
}
