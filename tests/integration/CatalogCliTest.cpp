// shopcast-cli catalog import/export as a merchant runs them from a terminal.
#include "CatchQt.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCAST_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

int productCount(const QString &db)
{
    const Run run = cli({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
    return int(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("products")).toArray().size());
}

const QString kFixtures = QStringLiteral(SHOPCAST_FIXTURES "/catalog/");

} // namespace

TEST_CASE("catalog import and export from the command line", "[integration][cli][catalog]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("catalog.db"));
    Run run = cli({QStringLiteral("catalog"), QStringLiteral("import"), kFixtures + QStringLiteral("products-zh-gb18030.csv"), QStringLiteral("--db"), db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QString::fromUtf8(run.out).contains(QStringLiteral("(GB18030): 120 added")));

    // A broken file: every error on stderr with its line, exit 1, nothing imported.
    run = cli({QStringLiteral("catalog"), QStringLiteral("import"), kFixtures + QStringLiteral("products-with-errors.csv"), QStringLiteral("--db"), db});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("line 3, column 3: price '12,9O' is not a number")));
    CHECK(run.err.contains(QStringLiteral("6 error(s); nothing was imported")));
    CHECK(productCount(db) == 120);

    // Export as CSV, import into a fresh catalog: same products.
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    run = cli({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--out"), csv});
    REQUIRE(run.exitCode == 0);
    const QString db2 = dir.filePath(QStringLiteral("copy.db"));
    run = cli({QStringLiteral("catalog"), QStringLiteral("import"), csv, QStringLiteral("--db"), db2});
    REQUIRE(run.exitCode == 0);
    CHECK(cli({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--db"), db2, QStringLiteral("--format"), QStringLiteral("json")}).out
          == cli({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")}).out);

    // Re-importing the original changes nothing.
    run = cli({QStringLiteral("catalog"), QStringLiteral("import"), kFixtures + QStringLiteral("products-zh-120.csv"), QStringLiteral("--db"), db});
    CHECK(QString::fromUtf8(run.out).contains(QStringLiteral("0 added, 0 updated, 120 unchanged")));

    CHECK(cli({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db"))}).exitCode == 1);
    CHECK(cli({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("--db"), db}).exitCode == 2);
}
