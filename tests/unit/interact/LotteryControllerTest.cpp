// Lotteries in the show: keyword entries, one per user, eligibility,
// moderation interplay, past winners across shows, draw, redraw, export.
#include "CatchQt.hpp"
#include "WaitForDraw.hpp"

#include "interact/FairDraw.hpp"
#include "interact/LotteryController.hpp"
#include "core/MonotonicClock.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shopcast;
using interact::LotteryController;
using interact::LotteryPreset;

namespace {

chat::ChatEvent comment(const QString &user, const QString &text, const QStringList &badges = {})
{
    chat::ChatEvent e;
    e.platform = QStringLiteral("bilibili");
    e.userId = user;
    e.userName = QStringLiteral("观众") + user;
    e.text = text;
    e.badges = badges;
    return e;
}

LotteryPreset preset(int winners = 1)
{
    LotteryPreset p;
    p.prize = QStringLiteral("保温杯");
    p.keyword = QStringLiteral("我要抽奖");
    p.winners = winners;
    p.entryWindowMs = 60'000;
    return p;
}

struct Fixture
{
    QTemporaryDir dir;
    core::ManualClock clock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<LotteryController> lottery;
    Fixture()
    {
        QString error;
        db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
        REQUIRE(db);
        lottery = std::make_unique<LotteryController>(*db, clock);
        lottery->setShowId(1);
    }
    QStringList entrantIds() const
    {
        QStringList out;
        for (const auto &e : lottery->entrants())
            out.append(e.userId);
        return out;
    }
};

} // namespace

TEST_CASE("lottery: entries by keyword inside mixed text, one per user, within the window", "[interact][lottery]")
{
    Fixture f;
    QString error;
    QSignalSpy states(f.lottery.get(), &LotteryController::stateChanged);
    f.lottery->ingest({comment(QStringLiteral("early"), QStringLiteral("我要抽奖"))}); // before opening: nothing
    REQUIRE(f.lottery->open(preset(), &error));
    CHECK(f.lottery->commitment().size() == 64);
    f.lottery->ingest({comment(QStringLiteral("a"), QStringLiteral("主播我要抽奖！！")), comment(QStringLiteral("b"), QStringLiteral("我 要 抽 奖")),
                       comment(QStringLiteral("a"), QStringLiteral("我要抽奖 again")), comment(QStringLiteral("c"), QStringLiteral("抽奖什么时候")),
                       comment(QStringLiteral("d"), QStringLiteral("ＷＯ我要抽奖"))});
    CHECK(f.entrantIds() == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")});
    f.clock.advanceMs(60'000);
    f.lottery->ingest({comment(QStringLiteral("late"), QStringLiteral("我要抽奖"))}); // the window is over
    f.lottery->tick();
    CHECK(f.lottery->state() == LotteryController::State::Closed);
    CHECK(f.entrantIds().size() == 3);
    CHECK(states.count() == 2);
}

TEST_CASE("lottery: a comment counts by when it arrived, as the chat log has it, not by when it was handled", "[interact][lottery]")
{
    Fixture f;
    QString error;
    f.clock.setMs(10'000);
    REQUIRE(f.lottery->open(preset(), &error)); // open from 10,000 to 70,000
    const auto stamped = [](const QString &user, qint64 arrivedAtMs) {
        chat::ChatEvent e = comment(user, QStringLiteral("我要抽奖"));
        e.arrivedAtMs = arrivedAtMs;
        return e;
    };
    // Handled a moment after the window's end, before the close: in by its arrival.
    f.clock.setMs(70'003);
    f.lottery->ingest({stamped(QStringLiteral("last"), 69'999), stamped(QStringLiteral("after"), 70'000), stamped(QStringLiteral("before"), 9'999)});
    CHECK(f.entrantIds() == QStringList{QStringLiteral("last")});
    f.lottery->tick();
    CHECK(f.lottery->state() == LotteryController::State::Closed);
    // Handled after the timer closed the window, arrived before its end: in,
    // until the draw freezes the list; arrived at the end or after: out.
    f.clock.setMs(70'050);
    f.lottery->ingest({stamped(QStringLiteral("queued"), 69'990), stamped(QStringLiteral("late"), 70'001)});
    CHECK(f.entrantIds() == QStringList{QStringLiteral("last"), QStringLiteral("queued")});

    // Closed early by hand: the close is the end, for comments handled later too.
    Fixture g;
    g.clock.setMs(0);
    REQUIRE(g.lottery->open(preset(), &error)); // would run to 60,000
    g.clock.setMs(20'000);
    g.lottery->close();
    g.clock.setMs(20'010);
    g.lottery->ingest({stamped(QStringLiteral("before"), 19'999), stamped(QStringLiteral("atClose"), 20'000), stamped(QStringLiteral("after"), 20'005)});
    CHECK(g.entrantIds() == QStringList{QStringLiteral("before")});

    // Drawn the moment the countdown ends (the producer's tap): a comment that
    // arrived in time and is still being moderated comes in before the list
    // is frozen; the first comment from after the end shows the chat has
    // caught up, and the list is frozen with it.
    Fixture h;
    h.clock.setMs(0);
    REQUIRE(h.lottery->open(preset(), &error)); // to 60,000
    h.lottery->ingest({stamped(QStringLiteral("early"), 1'000)});
    h.clock.setMs(60'000);
    h.lottery->tick();
    REQUIRE(h.lottery->draw(&error));
    CHECK(h.lottery->state() == LotteryController::State::Drawing);
    h.lottery->ingest({stamped(QStringLiteral("inFlight"), 59'990)});
    CHECK(h.entrantIds() == QStringList{QStringLiteral("early"), QStringLiteral("inFlight")});
    h.lottery->ingest({stamped(QStringLiteral("afterEnd"), 60'020), stamped(QStringLiteral("inFlight2"), 59'995)}); // one batch: both taken
    REQUIRE_EVENTUALLY(h.lottery->state() == LotteryController::State::Drawn, 30'000);
    h.lottery->ingest({stamped(QStringLiteral("tooLate"), 59'999)}); // after the freeze: out, whenever it arrived
    CHECK(h.entrantIds() == QStringList{QStringLiteral("early"), QStringLiteral("inFlight"), QStringLiteral("inFlight2")});
    CHECK(h.lottery->audit().value(QStringLiteral("entrants")).toArray().size() == 3);
}

TEST_CASE("lottery: staff, minimum comments and past winners across shows are excluded", "[interact][lottery]")
{
    Fixture f;
    QString error;
    LotteryPreset p = preset(2);
    p.minComments = 2;
    REQUIRE(f.lottery->open(p, &error));
    f.lottery->ingest({comment(QStringLiteral("mod"), QStringLiteral("我要抽奖"), {QStringLiteral("moderator/1")}),
                       comment(QStringLiteral("new"), QStringLiteral("我要抽奖")), // first comment: not enough
                       comment(QStringLiteral("fan"), QStringLiteral("主播好")), comment(QStringLiteral("fan"), QStringLiteral("我要抽奖")),
                       comment(QStringLiteral("new"), QStringLiteral("我要抽奖 再来")), // now its 2nd comment
                       comment(QStringLiteral("x"), QStringLiteral("好看")), comment(QStringLiteral("x"), QStringLiteral("我要抽奖"))});
    CHECK(f.entrantIds() == QStringList{QStringLiteral("fan"), QStringLiteral("new"), QStringLiteral("x")});
    REQUIRE(test::drawAndWait(*f.lottery, &error));
    const auto first = f.lottery->winners();
    REQUIRE(first.size() == 2);
    REQUIRE(f.db->writer().flush());

    // The next show, same database: last show's winners may not win again for 7 days.
    f.lottery->setShowId(2);
    REQUIRE(f.lottery->open(preset(3), &error));
    for (const QString &u : {QStringLiteral("fan"), QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("y")})
        f.lottery->ingest({comment(u, QStringLiteral("我要抽奖"))});
    QStringList expected{QStringLiteral("fan"), QStringLiteral("new"), QStringLiteral("x"), QStringLiteral("y")};
    for (const auto &w : first)
        expected.removeAll(w.userId);
    CHECK(f.entrantIds() == expected);
    // With the rule off, everyone may enter again.
    LotteryPreset open = preset();
    open.excludeWinnersDays = 0;
    f.lottery->close();
    REQUIRE(f.lottery->open(open, &error));
    for (const QString &u : {QStringLiteral("fan"), QStringLiteral("new"), QStringLiteral("x")})
        f.lottery->ingest({comment(u, QStringLiteral("我要抽奖"))});
    CHECK(f.entrantIds().size() == 3);
}

TEST_CASE("lottery: the draw is the verifiable one, stored with its audit, redraw takes the next in order", "[interact][lottery]")
{
    Fixture f;
    QString error;
    REQUIRE(f.lottery->open(preset(2), &error));
    for (int i = 0; i < 50; ++i)
        f.lottery->ingest({comment(QString::number(i), QStringLiteral("我要抽奖"))});
    REQUIRE(test::drawAndWait(*f.lottery, &error));
    CHECK(f.lottery->state() == LotteryController::State::Drawn);
    const QJsonObject audit = f.lottery->audit();
    CHECK(interact::FairDraw::verify(audit).isEmpty());
    CHECK(audit.value(QStringLiteral("prize")).toString() == QStringLiteral("保温杯"));
    const auto winners = f.lottery->winners();
    REQUIRE(winners.size() == 2);
    CHECK(winners.at(0).id == audit.value(QStringLiteral("winners")).toArray().at(0).toString());

    QSignalSpy redrawn(f.lottery.get(), &LotteryController::redrawn);
    REQUIRE(f.lottery->redraw(0, &error));
    const auto after = f.lottery->winners();
    REQUIRE(after.size() == 2);
    CHECK(after.at(0).id == winners.at(1).id);
    CHECK(after.at(1).id
          == interact::FairDraw::draw(QByteArray::fromHex(audit.value(QStringLiteral("seed")).toString().toLatin1()), interact::FairDraw::freeze([&] {
                                          QStringList ids;
                                          for (const auto &e : f.lottery->entrants())
                                              ids.append(e.id);
                                          return ids;
                                      }()),
                                      3)
                 .at(2));
    REQUIRE(redrawn.count() == 1);
    CHECK(f.lottery->audit().value(QStringLiteral("redraws")).toArray().size() == 1);

    REQUIRE(f.db->writer().flush());
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(absent) FROM lottery_winners")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 3);
    CHECK(q.value(1).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("SELECT audit_json FROM lottery_draws")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("redraws")));

    const QString csv = f.dir.filePath(QStringLiteral("winners.csv"));
    REQUIRE(f.lottery->exportWinnersCsv(csv, &error));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0) == "prize,platform,user_id,name,time");
    CHECK(lines.at(1).startsWith(QStringLiteral("保温杯,bilibili,%1,").arg(after.at(0).userId).toUtf8()));
}

TEST_CASE("lottery: zero entrants, more winners than entrants, bad presets", "[interact][lottery]")
{
    Fixture f;
    QString error;
    REQUIRE(f.lottery->open(preset(5), &error));
    CHECK_FALSE(f.lottery->open(preset(), &error)); // one at a time
    REQUIRE(test::drawAndWait(*f.lottery, &error)); // nobody entered: a valid, empty draw
    CHECK(f.lottery->winners().isEmpty());
    CHECK(interact::FairDraw::verify(f.lottery->audit()).isEmpty());
    CHECK_FALSE(f.lottery->redraw(0, &error));
    REQUIRE(f.lottery->open(preset(5), &error));
    f.lottery->ingest({comment(QStringLiteral("only"), QStringLiteral("我要抽奖"))});
    REQUIRE(test::drawAndWait(*f.lottery, &error));
    CHECK(f.lottery->winners().size() == 1);
    CHECK_FALSE(f.lottery->redraw(0, &error)); // no one else to take the prize
    LotteryPreset bad = preset();
    bad.keyword.clear();
    CHECK_FALSE(f.lottery->open(bad, &error));
    bad = preset();
    bad.entryWindowMs = 100;
    CHECK_FALSE(f.lottery->open(bad, &error));
    CHECK_FALSE(LotteryPreset::fromJson(QJsonObject{{QStringLiteral("prize"), QString()}}, &error));
    const auto back = LotteryPreset::fromJson(preset(3).toJson(), &error);
    REQUIRE(back);
    CHECK(back->winners == 3);
}
