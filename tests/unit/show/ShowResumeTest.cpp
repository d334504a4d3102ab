// A show the studio did not end, resumed by the next run: the checkpoint the
// first run wrote (its database copied as a kill leaves it), read back by a
// second session with its own clock, and the show going on where it stood.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"
#include "WaitForDraw.hpp"

#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "chat/CommentHub.hpp"
#include "core/MonotonicClock.hpp"
#include "interact/FairDraw.hpp"
#include "interact/LotteryController.hpp"
#include "interact/PollController.hpp"
#include "show/LiveProductController.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowCheckpoint.hpp"
#include "show/ShowRecovery.hpp"
#include "show/ShowSession.hpp"
#include "show/ShowTimeline.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shopcast;
using rundown::SlotKind;
using show::TimelineKind;

namespace {

// One run of the studio on a database file.
struct Run
{
    core::ManualClock clock;
    test::FakeEngine engine;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<chat::CommentHub> hub;
    std::unique_ptr<show::ShowSession> session;
    int serial = 0;

    explicit Run(const QString &path, qint64 clockStartMs = 0)
    {
        clock.setMs(clockStartMs);
        QString error;
        db = storage::Database::open(path, &error);
        REQUIRE(db);
        hub = std::make_unique<chat::CommentHub>(clock);
        session = std::make_unique<show::ShowSession>(*db, engine, *hub, clock);
        session->rundown().setPolling(false);
        session->load();
    }
    void comment(const QString &user, const QString &text)
    {
        chat::ChatEvent e;
        e.platform = QStringLiteral("bilibili");
        e.id = QStringLiteral("%1-%2").arg(user).arg(++serial);
        e.userId = user;
        e.userName = user;
        e.text = text;
        hub->ingest({e});
    }
    QList<show::TimelineEvent> stored(TimelineKind kind) const
    {
        QList<show::TimelineEvent> out;
        for (const auto &e : show::ShowTimeline::load(db->connection(), 1))
            if (e.kind == kind)
                out.append(e);
        return out;
    }
};

// The database as a SIGKILL leaves it: everything the writer committed, and
// nothing of a clean end.
QString killedCopy(storage::Database &db, const QTemporaryDir &dir)
{
    REQUIRE(db.writer().flush());
    const QString copy = dir.filePath(QStringLiteral("after-kill.db"));
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
    return copy;
}

// A show in the middle of things: the second product's slot 50 s in, a
// flash sale, a pinned comment, a lottery with two entrants and a poll.
struct KilledShow
{
    QTemporaryDir dir;
    QString path;
    QString commitment;
    qint64 stoppedAtMs = 0;

    KilledShow()
    {
        Run first(dir.filePath(QStringLiteral("studio.db")));
        QString error;
        QList<catalog::Product> products;
        for (int i = 1; i <= 3; ++i) {
            catalog::Product p;
            p.sku = QStringLiteral("P%1").arg(i);
            p.title = QStringLiteral("商品%1").arg(i);
            p.price = catalog::Money::fromCents(1000 * i);
            products.append(p);
        }
        REQUIRE(first.session->products().saveAll(products, QStringLiteral("fixture"), &error));
        for (const char *sku : {"P1", "P2", "P3"})
            REQUIRE(first.session->lineup().addProduct(QString::fromLatin1(sku), &error));
        rundown::ShowPlan plan;
        plan.title = QStringLiteral("周五专场");
        plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("P1")},
                         {SlotKind::Product, 180'000, QStringLiteral("P2")},
                         {SlotKind::Lottery, 120'000},
                         {SlotKind::Product, 180'000, QStringLiteral("P3")}};
        first.session->rundown().setPlan(plan);
        first.clock.setMs(5'000);
        first.session->rundown().start();
        first.comment(QStringLiteral("early"), QStringLiteral("来了来了 1号链接")); // before the poll: no vote
        first.clock.advanceMs(170'000);
        first.session->rundown().clock().advance(); // P2's slot
        REQUIRE(first.session->live().onAirSku() == QStringLiteral("P2"));
        first.clock.advanceMs(40'000);
        REQUIRE(first.session->live().startFlashSale(60'000, catalog::Money::fromCents(990)));
        chat::ChatEvent pinned;
        pinned.platform = QStringLiteral("bilibili");
        pinned.id = QStringLiteral("pin");
        pinned.userName = QStringLiteral("小王");
        pinned.text = QStringLiteral("这个颜色好看！");
        first.session->pinComment(pinned);
        interact::LotteryPreset preset;
        preset.prize = QStringLiteral("保温杯");
        preset.keyword = QStringLiteral("抽奖");
        preset.entryWindowMs = 120'000;
        preset.minComments = 2; // "early" qualifies only with its comment before the lottery
        REQUIRE(first.session->lottery().open(preset, &error));
        commitment = first.session->lottery().commitment();
        first.clock.advanceMs(5'000);
        first.comment(QStringLiteral("early"), QStringLiteral("抽奖抽奖"));
        first.comment(QStringLiteral("late"), QStringLiteral("抽奖"));     // one comment only: not yet
        first.comment(QStringLiteral("late"), QStringLiteral("我要抽奖")); // now it may enter
        first.comment(QStringLiteral("late"), QStringLiteral("抽奖！"));   // once
        REQUIRE(first.session->lottery().entrantCount() == 2);
        const interact::PollPreset poll{
            QStringLiteral("要哪个颜色？"),
            {{QStringLiteral("红色"), {QStringLiteral("1"), QStringLiteral("红")}}, {QStringLiteral("蓝色"), {QStringLiteral("2"), QStringLiteral("蓝")}}},
            interact::PollPolicy::LastVote};
        REQUIRE(first.session->poll().open(poll, &error));
        first.clock.advanceMs(1'000);
        first.comment(QStringLiteral("a"), QStringLiteral("1"));
        first.comment(QStringLiteral("b"), QStringLiteral("蓝色!!"));
        first.comment(QStringLiteral("a"), QStringLiteral("还是2吧")); // the last vote counts
        REQUIRE(first.session->poll().counts() == QList<int>{0, 2});
        first.clock.advanceMs(4'000);
        show::ShowCheckpoint::save(*first.db, first.session->checkpoint());
        stoppedAtMs = first.clock.nowMs();
        first.comment(QStringLiteral("c"), QStringLiteral("红")); // after the last checkpoint, in the chat log
        path = killedCopy(*first.db, dir);
    } // the first run ends its own show on destruction; the copy does not know
};

// Changes the killed show's checkpoint on disk, as a damaged file would be.
void damage(const KilledShow &killed, const QString &sql)
{
    Run run(killed.path);
    QSqlQuery q(run.db->connection());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("show resume: the next run finds the killed show and offers it, with the gap since its checkpoint", "[show][resume]")
{
    KilledShow killed;
    Run next(killed.path);
    show::ShowRecovery recovery(*next.db);
    const QList<show::InterruptedShow> interrupted = recovery.interrupted();
    REQUIRE(interrupted.size() == 1);
    CHECK(interrupted.first().lastEventMonotonicMs == killed.stoppedAtMs); // the checkpoint is its last moment
    const QDateTime savedAt = QDateTime::fromString(show::ShowCheckpoint::load(next.db->connection(), 1, nullptr)->savedAt, Qt::ISODateWithMs);
    const auto offer = recovery.resumable(interrupted, savedAt.addSecs(30));
    REQUIRE(offer);
    CHECK(offer->show.showId == 1);
    CHECK(offer->gapMs == 30'000);
    CHECK(offer->stoppedAtMs == killed.stoppedAtMs);
    CHECK(offer->continueAtMs() > killed.stoppedAtMs + 30'000);
    // Half a day later it is closed, not resumed.
    CHECK_FALSE(recovery.resumable(interrupted, savedAt.addSecs(13 * 3600)));
}

TEST_CASE("show resume: product, slot and rhythm clock, flash sale, pinned comment and the open lottery go on", "[show][resume]")
{
    KilledShow killed;
    Run next(killed.path);
    show::ShowRecovery recovery(*next.db);
    const QList<show::InterruptedShow> interrupted = recovery.interrupted();
    const auto savedAt = QDateTime::fromString(show::ShowCheckpoint::load(next.db->connection(), 1, nullptr)->savedAt, Qt::ISODateWithMs);
    const auto offer = recovery.resumable(interrupted, savedAt.addSecs(30));
    REQUIRE(offer);
    next.clock.setMs(offer->continueAtMs()); // what SteadyClock::continueFrom does in the studio
    QString error;
    REQUIRE(next.session->resume(*offer, &error));
    CHECK(next.session->isRunning());
    CHECK(next.session->showId() == 1);

    // The slot and its time: 50 s into P2's slot, the 30 s away not counted.
    const auto rhythm = next.session->rundown().clock().state();
    CHECK(rhythm.slotIndex == 1);
    CHECK(rhythm.elapsedMs == 50'000);
    CHECK(rhythm.showElapsedMs == 220'000);
    CHECK(next.session->rundown().plan().title == QStringLiteral("周五专场"));
    CHECK(next.session->live().onAirSku() == QStringLiteral("P2"));
    CHECK(next.session->live().flashSaleRemainingMs() == 50'000);
    CHECK(next.session->live().flashSalePrice() == catalog::Money::fromCents(990));
    CHECK(next.session->hasPinnedComment());
    CHECK_FALSE(next.engine.programView.overlays.value(QStringLiteral("pinned_comment")).isNull());

    // The same lottery: same commitment, the same two entrants, the window as it was left.
    interact::LotteryController &lottery = next.session->lottery();
    CHECK(lottery.state() == interact::LotteryController::State::Open);
    CHECK(lottery.commitment() == killed.commitment);
    CHECK(lottery.entrantCount() == 2);
    CHECK(lottery.remainingMs() == 110'000);
    next.comment(QStringLiteral("late"), QStringLiteral("抽奖 again")); // entered before the crash
    next.comment(QStringLiteral("new"), QStringLiteral("抽奖"));        // one comment: not yet
    next.comment(QStringLiteral("new"), QStringLiteral("抽奖抽奖"));
    CHECK(lottery.entrantCount() == 3);
    REQUIRE(test::drawAndWait(lottery, &error));
    CHECK(interact::FairDraw::verify(lottery.audit()).isEmpty());
    int opened = 0;
    for (const auto &e : next.session->timeline().events()) // read back on reopen, then what followed
        opened += e.kind == TimelineKind::LotteryOpened;
    CHECK(opened == 1); // the same lottery, not a second

    // The same poll, its votes counted again from the chat log: a's last
    // vote, b, and c's after the checkpoint; early's "1" came before it opened.
    interact::PollController &poll = next.session->poll();
    CHECK(poll.isOpen());
    CHECK(poll.question() == QStringLiteral("要哪个颜色？"));
    CHECK(poll.counts() == QList<int>{1, 2});
    next.comment(QStringLiteral("b"), QStringLiteral("红红红")); // b changes its mind
    CHECK(poll.counts() == QList<int>{2, 1});
    int pollsOpened = 0;
    for (const auto &e : next.session->timeline().events())
        pollsOpened += e.kind == TimelineKind::PollOpened;
    CHECK(pollsOpened == 1);

    // On the stored timeline: the stop, the resume, the product again, then
    // the rest of the show; time only goes forward.
    next.session->rundown().clock().advance();
    next.session->endShow(QStringLiteral("done"));
    REQUIRE(next.db->writer().flush());
    const QList<show::TimelineEvent> events = show::ShowTimeline::load(next.db->connection(), 1);
    const auto resumed = next.stored(TimelineKind::ShowResumed);
    REQUIRE(resumed.size() == 1);
    CHECK(resumed.first().detail.value(QStringLiteral("gapMs")).toInteger() == 30'000);
    CHECK(resumed.first().monotonicMs > killed.stoppedAtMs + 30'000);
    const auto products = next.stored(TimelineKind::Product);
    REQUIRE(products.size() == 3); // P1, P2, and P2 again on resume
    CHECK(products.last().sku == QStringLiteral("P2"));
    CHECK(products.last().detail.value(QStringLiteral("trigger")).toString() == QStringLiteral("resume"));
    const auto slotEnds = next.stored(TimelineKind::SlotEnd);
    REQUIRE(slotEnds.size() == 2);
    CHECK(slotEnds.last().detail.value(QStringLiteral("actualMs")).toInteger() == 50'000);
    qint64 last = 0;
    bool ordered = true;
    for (const auto &e : events) {
        ordered = ordered && e.monotonicMs >= last;
        last = e.monotonicMs;
    }
    CHECK(ordered);
    CHECK(next.stored(TimelineKind::ShowEnd).size() == 1);

    // Recovery leaves the resumed show open: it ended once, here.
    recovery.start(interrupted, 1);
    REQUIRE_EVENTUALLY(!recovery.isRunning(), 10'000);
    REQUIRE(next.db->writer().flush()); // the closing writes were queued before recovery said it was done
    CHECK(next.stored(TimelineKind::ShowEnd).size() == 1);
}

TEST_CASE("show resume: a damaged checkpoint changes nothing and says why, the show can still be closed", "[show][resume]")
{
    KilledShow killed;
    damage(killed, QStringLiteral("UPDATE show_checkpoints SET state_json = json_set(state_json, '$.rhythm.slotIndex', 99)"));
    Run next(killed.path);
    show::ShowRecovery recovery(*next.db);
    const QList<show::InterruptedShow> interrupted = recovery.interrupted();
    const auto offer = recovery.resumable(interrupted, QDateTime::currentDateTimeUtc());
    REQUIRE(offer);
    QString error;
    CHECK_FALSE(next.session->resume(*offer, &error));
    CHECK(error.contains(QStringLiteral("rhythm")));
    CHECK_FALSE(next.session->isRunning());
    recovery.start(interrupted);
    REQUIRE_EVENTUALLY(next.stored(TimelineKind::ShowEnd).size() == 1, 10'000);
}

TEST_CASE("show resume: a lottery or poll with an impossible opening time stays closed and the host is told, the rest goes on", "[show][resume]")
{
    KilledShow killed;
    damage(killed, QStringLiteral("UPDATE show_checkpoints SET state_json = json_set(state_json, '$.lottery.openedAtMs', 1e300, '$.poll.openedAtMs', -1)"));
    Run next(killed.path);
    show::ShowRecovery recovery(*next.db);
    const auto offer = recovery.resumable(recovery.interrupted(), QDateTime::currentDateTimeUtc());
    REQUIRE(offer);
    QStringList errors;
    QObject::connect(next.session.get(), &show::ShowSession::message, [&](const QString &text, bool isError) {
        if (isError)
            errors.append(text);
    });
    QString error;
    REQUIRE(next.session->resume(*offer, &error));
    CHECK(next.session->live().onAirSku() == QStringLiteral("P2"));
    CHECK(next.session->lottery().state() != interact::LotteryController::State::Open);
    CHECK_FALSE(next.session->poll().isOpen());
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().contains(QStringLiteral("lottery")));
    CHECK(errors.first().contains(QStringLiteral("poll")));
}

TEST_CASE("show checkpoint: bad or oversized JSON is refused with a reason", "[show][resume]")
{
    QString error;
    CHECK_FALSE(show::ShowCheckpoint::fromJson("not json", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(show::ShowCheckpoint::fromJson(R"({"version":2})", &error));
    CHECK_FALSE(show::ShowCheckpoint::fromJson(R"({"version":1,"monotonicMs":-5})", &error));
    CHECK_FALSE(show::ShowCheckpoint::fromJson(R"({"version":1,"monotonicMs":1,"flashSale":{"remainingMs":1e300}})", &error));
    CHECK_FALSE(show::ShowCheckpoint::fromJson(QByteArray(show::ShowCheckpoint::kMaxBytes + 1, ' '), &error));
    show::ShowCheckpoint c;
    c.showId = 7;
    c.monotonicMs = 123'456;
    c.onAirSku = QStringLiteral("P1");
    c.flashSaleRemainingMs = 9'000;
    c.flashSalePrice = QStringLiteral("9.90");
    const auto back = show::ShowCheckpoint::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(back->showId == 7);
    CHECK(back->monotonicMs == 123'456);
    CHECK(back->flashSaleRemainingMs == 9'000);
    CHECK(back->flashSalePrice == QStringLiteral("9.90"));
}
