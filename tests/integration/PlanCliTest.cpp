// shopcast-cli plan lint / generate, as a producer scripts them.
#include "CatchQt.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCAST_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

TEST_CASE("plan generate follows the lineup and plan lint reports violations as JSON lines", "[integration][cli][plan]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("studio.db"));
    REQUIRE(cli({QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral(SHOPCAST_RESOURCE_DIR "/demo/products.csv"), QStringLiteral("--db"), db})
                .exitCode
            == 0);
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    Run run = cli({QStringLiteral("plan"), QStringLiteral("generate"), QStringLiteral("--db"), db, QStringLiteral("--rule"), QStringLiteral("322"),
                   QStringLiteral("--title"), QStringLiteral("周五专场"), QStringLiteral("--out"), plan});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(cli({QStringLiteral("plan"), QStringLiteral("lint"), plan}).exitCode == 0);

    // A plan written by hand: a long pitch, four products in a row, a short lottery.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    write(bad, R"({"version":1,"title":"x","plannedStart":null,"rule":"332","plannedSeconds":700,"slots":[
        {"kind":"product","sku":"A","plannedSeconds":200},{"kind":"product","sku":"B","plannedSeconds":180},
        {"kind":"product","sku":"C","plannedSeconds":180},{"kind":"product","sku":"D","plannedSeconds":180},
        {"kind":"lottery","plannedSeconds":60}]})");
    run = cli({QStringLiteral("plan"), QStringLiteral("lint"), bad});
    CHECK(run.exitCode == 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    QStringList kinds;
    for (const QString &line : lines)
        kinds.append(QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("kind")).toString());
    CHECK(kinds
          == QStringList{QStringLiteral("pitch_too_long"), QStringLiteral("too_many_products_in_a_row"), QStringLiteral("interlude_too_short"),
                         QStringLiteral("over_show_length")});
    // Against a custom rule file with a 4-minute pitch limit and blocks of 4.
    const QString rule = dir.filePath(QStringLiteral("rule.json"));
    write(rule, R"({"maxPitchSeconds":240,"productsPerBlock":4,"interludeSeconds":60})");
    run = cli({QStringLiteral("plan"), QStringLiteral("lint"), bad, QStringLiteral("--rule"), rule});
    CHECK(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 1); // only the show length

    // Broken and future files: exit 2 with the reason, nothing printed on stdout.
    write(bad, R"({"version":3,"slots":[]})");
    run = cli({QStringLiteral("plan"), QStringLiteral("lint"), bad});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("newer ShopCast")));
    CHECK(run.out.isEmpty());
    CHECK(cli({QStringLiteral("plan"), QStringLiteral("lint"), plan, QStringLiteral("--rule"), QStringLiteral("999")}).exitCode == 2);
    CHECK(cli({QStringLiteral("plan"), QStringLiteral("generate"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.db"))}).exitCode == 1);
}
