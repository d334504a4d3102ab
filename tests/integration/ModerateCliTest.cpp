// shopcast-cli moderate: a merchant tries a term list on a past show's chat.
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
    QList<QJsonObject> lines;
    QString err;
};

Run moderate(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCAST_CLI), QStringList{QStringLiteral("moderate")} + args);
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitCode();
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            r.lines.append(QJsonDocument::fromJson(line).object());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray line(const char *id, const char *user, const char *text, qint64 ts)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), QString::fromUtf8(id)},
                                     {QStringLiteral("userId"), QString::fromUtf8(user)},
                                     {QStringLiteral("userName"), QString::fromUtf8(user)},
                                     {QStringLiteral("text"), QString::fromUtf8(text)},
                                     {QStringLiteral("ts"), ts}})
               .toJson(QJsonDocument::Compact)
           + '\n';
}

} // namespace

TEST_CASE("moderate: a term file, one verdict line per comment, bad lines reported and skipped", "[integration][cli][moderation]")
{
    QTemporaryDir dir;
    {
        QFile terms(dir.filePath(QStringLiteral("terms.txt")));
        REQUIRE(terms.open(QIODevice::WriteOnly));
        terms.write("# the merchant's list\n微信\n拼多多\n");
    }
    const QByteArray input = line("1", "a", "加 微-信 有优惠", 1'763'800'000'000) + line("2", "b", "微笑", 1'763'800'001'000) + QByteArray("not json at all\n")
                             + QByteArray("{\"id\":\"x\",\"text\":\"\xff\xfe\"}\n") + line("3", "c", "信用卡可以吗", 1'763'800'002'000)
                             + line("4", "d", "拼 多 多 更便宜", 1'763'800'003'000) + QByteArray("[1,2,3]\n") + line("5", "e", "", 1'763'800'004'000)
                             + line("6", "f", "威信號", 1'763'800'005'000);
    const Run r = moderate({QStringLiteral("--terms"), dir.filePath(QStringLiteral("terms.txt"))}, input);
    CHECK(r.exitCode == 1); // some lines were bad
    REQUIRE(r.lines.size() == 6);
    auto verdict = [&](int i) { return r.lines.at(i).value(QStringLiteral("verdict")).toString(); };
    auto rule = [&](int i) { return r.lines.at(i).value(QStringLiteral("rule")).toString(); };
    CHECK(r.lines.at(0).value(QStringLiteral("id")).toString() == QStringLiteral("1"));
    CHECK(verdict(0) == QStringLiteral("hide")); // --terms: default action hide
    CHECK(rule(0) == QStringLiteral("term:微信"));
    CHECK(verdict(1) == QStringLiteral("allow"));
    CHECK(rule(1).isEmpty());
    CHECK(verdict(2) == QStringLiteral("allow"));
    CHECK(rule(3) == QStringLiteral("term:拼多多"));
    CHECK(verdict(4) == QStringLiteral("allow")); // an empty comment still gets a verdict
    CHECK(rule(5) == QStringLiteral("term:微信"));
    CHECK(r.err.contains(QStringLiteral("line 3: not a JSON object")));
    CHECK(r.err.contains(QStringLiteral("line 4: not valid UTF-8")));
    CHECK(r.err.contains(QStringLiteral("line 7: not a JSON object")));
}

TEST_CASE("moderate: the studio's rule file, flood rules run on the ts clock, unusable files refused", "[integration][cli][moderation]")
{
    QTemporaryDir dir;
    {
        QFile rules(dir.filePath(QStringLiteral("rules.json")));
        REQUIRE(rules.open(QIODevice::WriteOnly));
        rules.write(
            R"({"version":1,"terms":[{"term":"代购","action":"ban"}],"spam":{"flood":{"messages":2,"windowMs":10000},"escalation":{"enabled":false}}})");
    }
    QByteArray input;
    for (int i = 0; i < 4; ++i)
        input += line(QByteArray::number(i).constData(), "same", QByteArray("第" + QByteArray::number(i)).constData(), 1'763'800'000'000 + i * 1000);
    input += line("9", "other", "找代购", 1'763'800'000'000);
    const Run r = moderate({QStringLiteral("--rules"), dir.filePath(QStringLiteral("rules.json"))}, input);
    CHECK(r.exitCode == 0);
    REQUIRE(r.lines.size() == 5);
    CHECK(r.lines.at(1).value(QStringLiteral("verdict")).toString() == QStringLiteral("allow"));
    CHECK(r.lines.at(2).value(QStringLiteral("rule")).toString() == QStringLiteral("spam:flood"));
    CHECK(r.lines.at(3).value(QStringLiteral("rule")).toString() == QStringLiteral("user:timeout"));
    CHECK(r.lines.at(4).value(QStringLiteral("verdict")).toString() == QStringLiteral("ban"));

    CHECK(moderate({QStringLiteral("--rules"), dir.filePath(QStringLiteral("missing.json"))}, {}).exitCode == 2);
    {
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        REQUIRE(broken.open(QIODevice::WriteOnly));
        broken.write("{\"version\": 1, \"terms\": [");
    }
    const Run bad = moderate({QStringLiteral("--rules"), dir.filePath(QStringLiteral("broken.json"))}, {});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("broken.json")));
    CHECK(moderate({QStringLiteral("stray")}, {}).exitCode == 2);
}
