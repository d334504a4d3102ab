// The controller between the hub and the chat: split by verdict, review
// queue, questions by product, the audit in the database, user actions, and
// a rule reload while comments keep coming.
#include "CatchQt.hpp"

#include "moderation/ModerationController.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shopcast;
using namespace shopcast::moderation;

namespace {

chat::ChatEvent comment(const QString &id, const QString &user, const QString &text, qint64 atMs)
{
    chat::ChatEvent e;
    e.platform = QStringLiteral("bilibili");
    e.id = id;
    e.userId = user;
    e.userName = user;
    e.text = text;
    e.arrivedAtMs = atMs;
    return e;
}

QStringList ids(const QList<chat::ChatEvent> &events)
{
    QStringList out;
    for (const auto &e : events)
        out.append(e.id);
    return out;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<ModerationController> moderation;
    QList<chat::ChatEvent> passed;
    QList<chat::ChatEvent> filtered;

    Fixture()
    {
        QString error;
        db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
        REQUIRE(db);
        moderation = std::make_unique<ModerationController>(*db, dir.filePath(QStringLiteral("moderation.json")));
        QObject::connect(moderation.get(), &ModerationController::passed, [this](const auto &events) { passed += events; });
        QObject::connect(moderation.get(), &ModerationController::judged, [this](const auto &events) {
            for (const auto &e : events)
                if (e.extra.contains(QStringLiteral("moderation")))
                    filtered += e;
        });
        moderation->setShowId(1);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO shows (id, title, started_at) VALUES (1, 't', 'now')")));
    }
};

} // namespace

TEST_CASE("moderation controller: allowed pass on in order, refused and held are shown greyed, held wait for review", "[moderation][controller]")
{
    Fixture f;
    QAbstractItemModelTester queueTester(&f.moderation->reviewQueue(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester questionTester(&f.moderation->questions(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.moderation->setProductOnAir(QStringLiteral("CUP"), QStringLiteral("保温杯"));
    f.moderation->process({comment(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("主播好"), 1000),
                           comment(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("加 微 信 领券"), 1100),
                           comment(QStringLiteral("3"), QStringLiteral("c"), QStringLiteral("这个多少钱？"), 1200),
                           comment(QStringLiteral("4"), QStringLiteral("d"), QStringLiteral("刷单兼职"), 1300),
                           comment(QStringLiteral("5"), QStringLiteral("e"), QStringLiteral("好看"), 1400)});
    CHECK(ids(f.passed) == QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5")});
    CHECK(ids(f.filtered) == QStringList{QStringLiteral("2"), QStringLiteral("4")});
    CHECK(f.filtered.at(0).extra.value(QStringLiteral("moderation")).toObject().value(QStringLiteral("verdict")).toString() == QStringLiteral("hold"));
    CHECK(f.filtered.at(1).extra.value(QStringLiteral("moderation")).toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("term:刷单"));
    CHECK(f.passed.at(1).extra.value(QStringLiteral("question")).toBool());
    REQUIRE(f.moderation->reviewQueue().rowCount() == 1);
    // The reason as a host reads it, not the rule's id.
    const QString reason = f.moderation->reviewQueue().data(f.moderation->reviewQueue().index(0, ReviewQueueModel::Reason)).toString();
    CHECK(reason.startsWith(QStringLiteral("banned term “加微信”")));
    CHECK_FALSE(reason.contains(QStringLiteral("term:")));
    CHECK(f.moderation->questions().rowCount() == 0); // questions are taken in at the model's next flush
    f.moderation->questions().flush();
    REQUIRE(f.moderation->questions().rowCount() == 1);
    CHECK(f.moderation->questions().index(0, 0).data(QuestionsModel::SkuRole).toString() == QStringLiteral("CUP"));
    CHECK(f.moderation->questions().questionCount(QStringLiteral("CUP")) == 1);

    // Approving sends it on (now a question? no) and leaves the queue; rejecting drops it.
    f.moderation->process({comment(QStringLiteral("6"), QStringLiteral("g"), QStringLiteral("私信我 有没有优惠"), 1500),
                           comment(QStringLiteral("7"), QStringLiteral("h"), QStringLiteral("私聊我"), 1600)});
    REQUIRE(f.moderation->reviewQueue().rowCount() == 3);
    f.passed.clear();
    f.moderation->approve({0, 1});
    CHECK(ids(f.passed) == QStringList{QStringLiteral("2"), QStringLiteral("6")});
    CHECK_FALSE(f.passed.at(0).extra.contains(QStringLiteral("moderation")));
    CHECK(f.passed.at(1).extra.value(QStringLiteral("question")).toBool()); // 有没有: a question once approved
    f.moderation->reject({0});
    CHECK(f.moderation->reviewQueue().rowCount() == 0);

    // Questions asked during another product land in its group; state changes count.
    f.moderation->setProductOnAir(QStringLiteral("LIP"), QStringLiteral("口红"));
    f.moderation->process({comment(QStringLiteral("8"), QStringLiteral("i"), QStringLiteral("什么色号？"), 1700)});
    f.moderation->questions().flush();
    REQUIRE(f.moderation->questions().rowCount() == 2);
    CHECK(f.moderation->questions().openCount() == 3);
    const QModelIndex first = f.moderation->questions().index(0, 0, f.moderation->questions().index(0, 0));
    REQUIRE(f.moderation->questions().setState(first, QuestionsModel::State::Answered));
    CHECK(f.moderation->questions().openCount() == 2);

    // Every refusal, hold and moderator's decision is in the audit log with its rule and who decided.
    REQUIRE(f.db->writer().flush());
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT msg_id, verdict, rule, decided_by FROM moderation_log ORDER BY id")));
    QStringList rows;
    while (q.next())
        rows.append(QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    // Comments let through untouched (1, 3, 5, 8) are the chat log's, not repeated here.
    CHECK(rows.size() == 7); // 4 automatic refusals and holds, 2 approvals, 1 rejection
    CHECK(rows.contains(QStringLiteral("2 hold term:加微信 auto")));
    CHECK(rows.contains(QStringLiteral("4 hide term:刷单 auto")));
    CHECK(rows.contains(QStringLiteral("2 allow review:approved moderator")));
    CHECK(rows.contains(QStringLiteral("7 hide review:rejected moderator")));
    CHECK_FALSE(rows.contains(QStringLiteral("1 allow  auto")));
}

TEST_CASE("moderation controller: a moderator's ban holds, persists across studios and can be lifted", "[moderation][controller]")
{
    Fixture f;
    f.moderation->banUser(QStringLiteral("bilibili"), QStringLiteral("troll"), QStringLiteral("Troll"));
    f.moderation->process({comment(QStringLiteral("1"), QStringLiteral("troll"), QStringLiteral("你好"), 1000)});
    REQUIRE(f.filtered.size() == 1);
    CHECK(f.filtered.first().extra.value(QStringLiteral("moderation")).toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("user:banned"));
    REQUIRE(f.db->writer().flush());
    {
        ModerationController again(*f.db, {});
        QList<chat::ChatEvent> passed;
        QObject::connect(&again, &ModerationController::passed, [&](const auto &events) { passed += events; });
        again.process({comment(QStringLiteral("2"), QStringLiteral("troll"), QStringLiteral("还是我"), 2000)});
        CHECK(passed.isEmpty());
        again.unbanUser(QStringLiteral("bilibili"), QStringLiteral("troll"), QStringLiteral("Troll"));
        again.process({comment(QStringLiteral("3"), QStringLiteral("troll"), QStringLiteral("谢谢"), 3000)});
        CHECK(ids(passed) == QStringList{QStringLiteral("3")});
    }
    // A timeout lasts its time on the comment clock.
    f.moderation->timeoutUser(QStringLiteral("bilibili"), QStringLiteral("loud"), QStringLiteral("Loud"), 60'000);
    f.passed.clear();
    f.moderation->process({comment(QStringLiteral("4"), QStringLiteral("loud"), QStringLiteral("啊"), 30'000),
                           comment(QStringLiteral("5"), QStringLiteral("loud"), QStringLiteral("啊啊"), 62'000)});
    CHECK(ids(f.passed) == QStringList{QStringLiteral("5")});
}

TEST_CASE("moderation controller: new rules compile aside and take over between batches, nothing dropped or reordered", "[moderation][controller]")
{
    Fixture f;
    ModerationRules rules = f.moderation->rules();
    rules.terms.append(TermRule::fromText(QStringLiteral("拼多多"), Verdict::Hide));
    for (int i = 0; i < 5000; ++i)
        rules.terms.append(TermRule::fromText(QStringLiteral("填充词%1").arg(i), Verdict::Hide));
    QSignalSpy changed(f.moderation.get(), &ModerationController::rulesChanged);
    QString error;
    REQUIRE(f.moderation->setRules(rules, &error));
    // Comments keep arriving while the new set compiles.
    QList<chat::ChatEvent> sent;
    int n = 0;
    while (f.moderation->isCompiling() && n < 100'000) {
        QList<chat::ChatEvent> batch;
        for (int i = 0; i < 10; ++i, ++n)
            batch.append(comment(QString::number(n), QStringLiteral("u%1").arg(n % 500), QStringLiteral("拼多多有吗 %1").arg(n), n));
        sent += batch;
        f.moderation->process(batch);
        QCoreApplication::processEvents();
    }
    REQUIRE_EVENTUALLY(!f.moderation->isCompiling(), 30'000);
    REQUIRE(changed.count() == 1);
    f.moderation->process({comment(QStringLiteral("after"), QStringLiteral("z"), QStringLiteral("拼多多更便宜"), n + 1)});
    CHECK(f.filtered.last().id == QStringLiteral("after"));
    // Every comment came out exactly once, in order.
    QStringList out = ids(f.passed) + ids(f.filtered);
    out.removeAll(QStringLiteral("after"));
    QStringList expected = ids(sent);
    std::sort(out.begin(), out.end());
    std::sort(expected.begin(), expected.end());
    CHECK(out == expected);
    qint64 last = -1;
    bool ordered = true;
    for (const auto &e : f.passed)
        ordered = ordered && e.arrivedAtMs > last, last = e.arrivedAtMs;
    CHECK(ordered);
    // The rules were saved to the profile.
    QStringList errors;
    CHECK(ModerationRules::load(f.dir.filePath(QStringLiteral("moderation.json")), &errors)->terms.size() == rules.terms.size());
}

TEST_CASE("review queue: bounded, the oldest overflow is rejected and logged", "[moderation][controller]")
{
    ReviewQueueModel queue;
    QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<ReviewQueueModel::Item> items;
    for (int i = 0; i < ReviewQueueModel::kCapacity + 5; ++i)
        items.append({comment(QString::number(i), QStringLiteral("u"), QStringLiteral("x"), i), {}});
    const auto overflow = queue.add(items);
    CHECK(queue.rowCount() == ReviewQueueModel::kCapacity);
    REQUIRE(overflow.size() == 5);
    CHECK(overflow.first().event.id == QStringLiteral("0"));
    const auto taken = queue.take({3, 1, 1, 999'999, -1});
    REQUIRE(taken.size() == 2);
    CHECK(taken.at(0).event.id == QStringLiteral("6"));
    CHECK(taken.at(1).event.id == QStringLiteral("8"));
}
