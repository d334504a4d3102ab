// shopcast-cli lottery draw and verify, as a viewer or a merchant runs them.
#include "CatchQt.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
int cli(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCAST_CLI), QStringList{QStringLiteral("lottery")} + args);
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}
} // namespace

TEST_CASE("lottery cli: draw, verify, reproduce with the seed, and tampering caught", "[integration][cli][lottery]")
{
    QTemporaryDir dir;
    {
        QFile entries(dir.filePath(QStringLiteral("entries.txt")));
        REQUIRE(entries.open(QIODevice::WriteOnly));
        for (int i = 0; i < 300; ++i)
            entries.write(QStringLiteral("观众%1\n").arg(i % 250).toUtf8()); // 50 duplicates
        entries.write("\n\xff\xfe\n");
    }
    const QString audit = dir.filePath(QStringLiteral("audit.json"));
    QString out, err;
    REQUIRE(cli({QStringLiteral("draw"), QStringLiteral("--entries"), dir.filePath(QStringLiteral("entries.txt")), QStringLiteral("--winners"),
                 QStringLiteral("3"), QStringLiteral("--out"), audit},
                &out, &err)
            == 0);
    CHECK(err.contains(QStringLiteral("not UTF-8")));
    const QJsonObject summary = QJsonDocument::fromJson(out.toUtf8()).object();
    CHECK(summary.value(QStringLiteral("entrants")).toInt() == 250);
    CHECK(summary.value(QStringLiteral("winners")).toArray().size() == 3);
    CHECK(cli({QStringLiteral("verify"), audit}, &out) == 0);
    CHECK(out.startsWith(QStringLiteral("valid")));

    // The same seed reproduces the same winners.
    QFile f(audit);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    for (const char *key : {"commitment", "seed", "entrants", "winners", "algorithm"})
        CHECK(record.contains(QLatin1String(key)));
    const QString again = dir.filePath(QStringLiteral("again.json"));
    REQUIRE(cli({QStringLiteral("draw"), QStringLiteral("--entries"), dir.filePath(QStringLiteral("entries.txt")), QStringLiteral("--winners"),
                 QStringLiteral("3"), QStringLiteral("--out"), again, QStringLiteral("--seed"), record.value(QStringLiteral("seed")).toString()},
                &out)
            == 0);
    CHECK(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("winners")) == record.value(QStringLiteral("winners")));

    // A changed winner, a truncated file, not JSON: non-zero with the reason.
    QJsonObject forged = record;
    QJsonArray winners = forged.value(QStringLiteral("winners")).toArray();
    winners[0] = QStringLiteral("我的朋友");
    forged.insert(QStringLiteral("winners"), winners);
    const QString forgedPath = dir.filePath(QStringLiteral("forged.json"));
    QFile w(forgedPath);
    REQUIRE(w.open(QIODevice::WriteOnly));
    w.write(QJsonDocument(forged).toJson());
    w.close();
    CHECK(cli({QStringLiteral("verify"), forgedPath}, &out) == 1);
    CHECK(out.contains(QStringLiteral("invalid: winners")));
    const QString truncated = dir.filePath(QStringLiteral("truncated.json"));
    QFile t(truncated);
    REQUIRE(t.open(QIODevice::WriteOnly));
    t.write(QJsonDocument(record).toJson().left(200));
    t.close();
    CHECK(cli({QStringLiteral("verify"), truncated}, nullptr, &err) == 2);
    CHECK(err.contains(QStringLiteral("truncated")));
    CHECK(cli({QStringLiteral("verify"), dir.filePath(QStringLiteral("entries.txt"))}, nullptr, &err) == 2);
    CHECK(cli({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.json"))}) == 2);
    CHECK(cli({QStringLiteral("draw"), QStringLiteral("--entries"), dir.filePath(QStringLiteral("entries.txt")), QStringLiteral("--winners"),
               QStringLiteral("0"), QStringLiteral("--out"), again})
          == 2);
    CHECK(cli({QStringLiteral("draw"), QStringLiteral("--entries"), dir.filePath(QStringLiteral("entries.txt")), QStringLiteral("--winners"),
               QStringLiteral("1"), QStringLiteral("--out"), again, QStringLiteral("--seed"), QStringLiteral("abc")})
          == 2);
    CHECK(cli({QStringLiteral("bogus")}) == 2);
}
