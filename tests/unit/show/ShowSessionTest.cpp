// ShowSession on the fake engine: the show's one path for product switches,
// its start and end, what it records from the outputs, the rhythm's
// interaction cues, and the chat after the hub.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"
#include "SettleWork.hpp"
#include "ShowFixture.hpp"
#include "WaitForDraw.hpp"

#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "chat/ChatLog.hpp"
#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "core/MonotonicClock.hpp"
#include "interact/LotteryController.hpp"
#include "interact/PollController.hpp"
#include "interact/PollPreset.hpp"
#include "show/LiveProductController.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowSession.hpp"
#include "show/ShowTimeline.hpp"
#include "moderation/ModerationController.hpp"
#include "replay/ChapterBuilder.hpp"
#include "replay/ClipExporter.hpp"
#include "overlay/PinnedCommentRenderer.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace shopcast;
using rundown::SlotKind;
using show::TimelineKind;
using show::Trigger;

using Studio = test::ShowFixture;

TEST_CASE("show session: every trigger takes one path: one timeline event and one card per switch", "[show][session]")
{
    Studio s;
    QString error;
    REQUIRE(s.session->startShow(QStringLiteral("周五专场"), &error));
    const int cardsBefore = s.engine.programView.overlayUpdates;

    s.clock.setMs(1'000);
    // Each switch's card is drawn on a worker: let it arrive before the next.
    REQUIRE(s.session->explainRow(0, Trigger::LineupClick));
    REQUIRE(test::settleWork());
    s.clock.setMs(2'000);
    REQUIRE(s.session->nextProduct(Trigger::Hotkey));
    REQUIRE(test::settleWork());
    s.clock.setMs(3'000);
    REQUIRE(s.session->explain(QStringLiteral("P3"), Trigger::Button));
    REQUIRE(test::settleWork());
    REQUIRE(s.session->explain(QStringLiteral("P3"), Trigger::Button)); // already on air: nothing new
    REQUIRE(test::settleWork());
    s.clock.setMs(4'000);
    REQUIRE(s.session->previousProduct(Trigger::Button));
    REQUIRE(test::settleWork());

    const auto products = s.eventsOf(TimelineKind::Product);
    REQUIRE(products.size() == 4);
    CHECK(s.engine.programView.overlayUpdates - cardsBefore == 4);
    QStringList seen;
    for (const auto &e : products)
        seen.append(e.sku + QLatin1Char('/') + e.detail.value(QStringLiteral("trigger")).toString());
    CHECK(seen == QStringList{QStringLiteral("P1/lineup"), QStringLiteral("P2/hotkey"), QStringLiteral("P3/button"), QStringLiteral("P2/button")});
    CHECK(products.at(1).monotonicMs == 2'000);
    CHECK(products.at(0).detail.value(QStringLiteral("slotIndex")).toInt() == -1); // no rhythm running
    CHECK(s.session->lineup().onAirRow() == 1);
    CHECK(s.session->live().onAirSku() == QStringLiteral("P2"));
    CHECK_FALSE(s.engine.programView.overlays.value(QStringLiteral("product_card")).isNull());

    // A product that cannot be on air is refused with a message, and nothing is recorded.
    QSignalSpy messages(s.session.get(), &show::ShowSession::message);
    CHECK_FALSE(s.session->explain(QStringLiteral("NOPE"), Trigger::Remote));
    CHECK(messages.count() == 1);
    CHECK(s.eventsOf(TimelineKind::Product).size() == 4);

    // Removing the product on air from the lineup takes it off air.
    REQUIRE(s.session->lineup().removeAt(1));
    CHECK(s.session->live().onAirSku().isEmpty());
    CHECK(s.engine.programView.overlays.value(QStringLiteral("product_card")).isNull());
    CHECK(s.eventsOf(TimelineKind::ProductCleared).size() == 1);
    for (const auto &e : s.session->timeline().events())
        CHECK(show::TimelineKinds::missingKeys(e.kind, e.detail).isEmpty());
}

TEST_CASE("show session: a rhythm slot puts its product on air through the same path", "[show][session]")
{
    Studio s;
    rundown::ShowPlan plan;
    plan.title = QStringLiteral("plan");
    plan.slotList = {
        {SlotKind::Product, 180'000, QStringLiteral("P2"), {}}, {SlotKind::Product, 180'000, QStringLiteral("P4"), {}}, {SlotKind::Lottery, 120'000, {}, {}}};
    s.session->rundown().setPlan(plan);
    QSignalSpy interactions(s.session.get(), &show::ShowSession::interactionRequested);
    QSignalSpy started(s.session.get(), &show::ShowSession::showStarted);
    const int cardsBefore = s.engine.programView.overlayUpdates;

    CHECK_FALSE(s.session->isRunning());
    s.session->rundown().start(); // starting the rhythm opens the show first
    CHECK(s.session->isRunning());
    CHECK(started.count() == 1);
    REQUIRE(s.session->timeline().events().size() >= 3);
    CHECK(s.session->timeline().events().at(0).kind == TimelineKind::ShowStart);
    CHECK(s.eventsOf(TimelineKind::SlotStart).size() == 1);
    auto products = s.eventsOf(TimelineKind::Product);
    REQUIRE(products.size() == 1);
    CHECK(products.at(0).sku == QStringLiteral("P2"));
    CHECK(products.at(0).detail.value(QStringLiteral("trigger")).toString() == QStringLiteral("rhythm"));
    CHECK(products.at(0).detail.value(QStringLiteral("slotIndex")).toInt() == 0);
    CHECK(products.at(0).detail.value(QStringLiteral("planned")).toBool());
    REQUIRE(test::settleWork());
    CHECK(s.engine.programView.overlayUpdates - cardsBefore == 1);

    // The host goes off plan: the switch says which slot was running.
    REQUIRE(s.session->explain(QStringLiteral("P3"), Trigger::Button));
    products = s.eventsOf(TimelineKind::Product);
    CHECK(products.last().detail.value(QStringLiteral("slotIndex")).toInt() == 0);
    CHECK_FALSE(products.last().detail.value(QStringLiteral("planned")).toBool());

    // The next slot names a product not in the lineup yet: it joins it.
    s.clock.advanceMs(170'000);
    s.session->rundown().clock().advance();
    CHECK(s.session->live().onAirSku() == QStringLiteral("P4"));
    CHECK(s.session->lineup().rowOfSku(QStringLiteral("P4")) == 3);

    // The lottery slot has a subscriber: the show records it and asks for it.
    s.clock.advanceMs(180'000);
    s.session->rundown().clock().advance();
    REQUIRE(interactions.count() == 1);
    CHECK(interactions.first().at(0).value<SlotKind>() == SlotKind::Lottery);
    CHECK(interactions.first().at(1).toInt() == 2);
    REQUIRE(s.session->pendingInteraction());
    CHECK(s.session->pendingInteraction()->dueAtMs == s.clock.nowMs());
    const auto due = s.eventsOf(TimelineKind::InteractionDue);
    REQUIRE(due.size() == 1);
    CHECK(due.first().detail.value(QStringLiteral("kind")).toString() == QStringLiteral("lottery"));
}

TEST_CASE("show session: a show starts and ends explicitly, before it nothing is recorded", "[show][session]")
{
    Studio s;
    QString error;
    REQUIRE(s.session->explainRow(0, Trigger::Startup)); // rehearsal before the show
    CHECK(s.session->timeline().events().isEmpty());
    CHECK(s.session->showId() == 0);

    QSignalSpy ended(s.session.get(), &show::ShowSession::showEnded);
    s.clock.setMs(10'000);
    REQUIRE(s.session->startShow(QStringLiteral("早场"), &error));
    const qint64 id = s.session->showId();
    CHECK(id > 0);
    // The show opens with where things stand: the product already on air.
    REQUIRE(s.session->timeline().events().size() == 2);
    CHECK(s.session->timeline().events().at(0).kind == TimelineKind::ShowStart);
    CHECK(s.session->timeline().events().at(0).detail.value(QStringLiteral("onAirSku")).toString() == QStringLiteral("P1"));
    CHECK(s.session->timeline().events().at(1).kind == TimelineKind::Product);
    CHECK(s.session->timeline().events().at(1).detail.value(QStringLiteral("trigger")).toString() == QStringLiteral("startup"));

    s.clock.setMs(70'000);
    s.session->endShow(QStringLiteral("done"));
    CHECK_FALSE(s.session->isRunning());
    REQUIRE(ended.count() == 1);
    CHECK(ended.first().at(0).toLongLong() == id);
    REQUIRE(s.db->writer().flush());
    const auto stored = show::ShowTimeline::load(s.db->connection(), id);
    REQUIRE(stored.size() == 3);
    CHECK(stored.last().kind == TimelineKind::ShowEnd);
    CHECK(stored.last().monotonicMs == 70'000);
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT title, ended_at IS NOT NULL, end_reason FROM shows WHERE id = %1").arg(id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("早场"));
    CHECK(q.value(1).toBool());
    CHECK(q.value(2).toString() == QStringLiteral("done"));

    // Switching after the end is rehearsal again; a second show gets its own id.
    REQUIRE(s.session->nextProduct(Trigger::Button));
    CHECK(s.session->timeline().events().size() == 3);
    REQUIRE(s.session->startShow({}, &error));
    CHECK(s.session->showId() > id);
}

TEST_CASE("show session: going live or recording starts the show, outputs are on the timeline with recording positions", "[show][session]")
{
    Studio s;
    QString error;
    REQUIRE(s.session->explainRow(0, Trigger::Button));
    s.clock.setMs(5'000);
    auto destination = broadcast::Destination::parse(QStringLiteral("rtmp://127.0.0.1:1935/live/key"), &error);
    REQUIRE(destination);
    REQUIRE(s.engine.outputs().startStreaming({*destination}, {}, &error));
    // Connecting is not live: the show starts when the platform has the stream.
    CHECK_FALSE(s.session->isRunning());
    s.engine.outputControl.setOutputState(0, broadcast::OutputState::Live);
    REQUIRE(s.session->isRunning());
    CHECK(s.eventsOf(TimelineKind::StreamStart).size() == 1);
    CHECK(s.eventsOf(TimelineKind::StreamStart).first().detail.value(QStringLiteral("destinations")).toInt() == 1);
    s.clock.setMs(8'000);
    REQUIRE(s.engine.outputs().startRecording(QStringLiteral("/tmp/show.mkv"), {}, &error));
    s.clock.setMs(68'000);
    REQUIRE(s.session->nextProduct(Trigger::Button));
    s.clock.setMs(128'000);
    s.engine.outputs().stopRecording();
    s.engine.outputs().stopStreaming();

    const auto states = s.eventsOf(TimelineKind::DestinationState);
    REQUIRE(states.size() == 1);
    CHECK(states.first().detail.value(QStringLiteral("state")).toString() == QStringLiteral("live"));
    CHECK(s.eventsOf(TimelineKind::RecordingStop).first().detail.value(QStringLiteral("path")).toString() == QStringLiteral("/tmp/show.mp4"));
    CHECK(s.eventsOf(TimelineKind::StreamStop).size() == 1);

    // The replay maps any event to a position in the recorded file from the timeline alone.
    const auto events = s.session->timeline().events();
    const auto p2 = s.eventsOf(TimelineKind::Product).last();
    const auto position = show::ShowTimeline::recordingPosition(events, p2.monotonicMs);
    REQUIRE(position);
    CHECK(position->path == QStringLiteral("/tmp/show.mkv"));
    CHECK(position->positionMs == 60'000);
    CHECK_FALSE(show::ShowTimeline::recordingPosition(events, 6'000));   // before the recording
    CHECK_FALSE(show::ShowTimeline::recordingPosition(events, 130'000)); // after it
}

TEST_CASE("show session: a stream that never went live starts no show", "[show][session]")
{
    Studio s;
    QString error;
    auto destination = broadcast::Destination::parse(QStringLiteral("rtmp://127.0.0.1:1935/live/key"), &error);
    REQUIRE(destination);
    REQUIRE(s.engine.outputs().startStreaming({*destination}, {}, &error));
    s.engine.outputControl.setOutputState(0, broadcast::OutputState::Failed, QStringLiteral("could not connect"));
    s.engine.outputs().stopStreaming();
    CHECK_FALSE(s.session->isRunning());
    CHECK(s.eventsOf(TimelineKind::StreamStart).isEmpty());
    CHECK(s.eventsOf(TimelineKind::StreamStop).isEmpty());
}

TEST_CASE("show session: a long show's time line keeps its recent events in memory and every event in the database", "[show][session][timeline]")
{
    Studio s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    const qsizetype many = 2 * show::ShowTimeline::kRecentEvents + 10;
    for (qsizetype i = 0; i < many; ++i)
        REQUIRE(s.session->timeline().record(TimelineKind::SoldOut, QStringLiteral("SKU%1").arg(i)));
    const QList<show::TimelineEvent> &kept = s.session->timeline().events();
    CHECK(kept.size() >= show::ShowTimeline::kRecentEvents);
    CHECK(kept.size() <= 2 * show::ShowTimeline::kRecentEvents);
    CHECK(kept.last().sku == QStringLiteral("SKU%1").arg(many - 1)); // the newest are the ones kept
    REQUIRE(s.db->writer().flush());
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE kind = 'sold_out'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == many);
}

TEST_CASE("show session: comments reach the chat always and the chat log only during a show", "[show][session][chat]")
{
    Studio s;
    auto comment = [](const QString &id) {
        chat::ChatEvent e;
        e.platform = QStringLiteral("bilibili");
        e.id = id;
        e.userId = QStringLiteral("u1");
        e.userName = QStringLiteral("小王");
        e.text = QStringLiteral("多少钱？%1").arg(id); // distinct, or moderation hides the repeats
        return e;
    };
    s.hub->ingest({comment(QStringLiteral("before"))});
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    s.hub->ingest({comment(QStringLiteral("a")), comment(QStringLiteral("b"))});
    s.session->endShow(QStringLiteral("done"));
    s.hub->ingest({comment(QStringLiteral("after"))});
    s.session->chat().flush();
    CHECK(s.session->chat().rowCount() == 4);
    REQUIRE(s.db->writer().flush());
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT msg_id FROM chat_log ORDER BY id")));
    QStringList logged;
    while (q.next())
        logged.append(q.value(0).toString());
    CHECK(logged == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("show session: source errors and failed writes reach the user as messages", "[show][session]")
{
    Studio s;
    QSignalSpy messages(s.session.get(), &show::ShowSession::message);
    emit s.hub->sourceError(QStringLiteral("bilibili: refused"));
    REQUIRE(messages.count() == 1);
    CHECK(messages.last().at(1).toBool());
    // A write the database refuses (no such table) is reported, not silent.
    s.db->writer().submit(
        [](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)")))
                return true;
            *error = QStringLiteral("no such table");
            return false;
        },
        QStringLiteral("test"));
    REQUIRE(s.db->writer().flush());
    if (messages.count() < 2)
        messages.wait(5000); // reported from the writer's thread, delivered queued
    REQUIRE(messages.count() == 2);
    CHECK(messages.last().at(0).toString().contains(QStringLiteral("no such table")));
}

TEST_CASE("show session: a pinned comment goes on stream as a card and comes off, both on the timeline", "[show][session][pin]")
{
    Studio s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    chat::ChatEvent e;
    e.platform = QStringLiteral("bilibili");
    e.id = QStringLiteral("m1");
    e.userName = QStringLiteral("小王");
    e.text = QStringLiteral("这款保温杯我买过三个了，真的好用！");
    s.session->pinComment(e);
    CHECK(s.session->hasPinnedComment());
    const QImage card = s.engine.programView.overlays.value(QStringLiteral("pinned_comment"));
    REQUIRE_FALSE(card.isNull());
    CHECK(card.size() == overlay::PinnedCommentRenderer::defaultSize({1280, 720}));
    // Something is drawn: the card is not all transparent.
    CHECK(card.pixelColor(card.width() / 2, card.height() / 2).alpha() > 200);
    s.session->clearPinnedComment();
    CHECK(s.engine.programView.overlays.value(QStringLiteral("pinned_comment")).isNull());
    CHECK(s.eventsOf(TimelineKind::CommentPinned).size() == 1);
    CHECK(s.eventsOf(TimelineKind::CommentPinned).first().detail.value(QStringLiteral("text")).toString() == e.text);
    CHECK(s.eventsOf(TimelineKind::CommentUnpinned).size() == 1);
}

TEST_CASE("show session: comments pass moderation first, refused ones reach the chat greyed but not the log", "[show][session][moderation]")
{
    Studio s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    auto comment = [](const QString &id, const QString &text) {
        chat::ChatEvent e;
        e.platform = QStringLiteral("bilibili");
        e.id = id;
        e.userId = QStringLiteral("u") + id;
        e.userName = QStringLiteral("观众");
        e.text = text;
        return e;
    };
    s.hub->ingest({comment(QStringLiteral("1"), QStringLiteral("好看")), comment(QStringLiteral("2"), QStringLiteral("加 微 信 便宜")),
                   comment(QStringLiteral("3"), QStringLiteral("刷单日结"))});
    s.session->chat().flush();
    REQUIRE(s.session->chat().rowCount() == 3);
    CHECK(s.session->chat().data(s.session->chat().index(0), chat::ChatModel::ModerationRole).toString().isEmpty());
    CHECK(s.session->chat().data(s.session->chat().index(1), chat::ChatModel::ModerationRole).toString() == QStringLiteral("hold"));
    CHECK(s.session->chat().data(s.session->chat().index(2), chat::ChatModel::ModerationRole).toString() == QStringLiteral("hide"));
    CHECK(s.session->moderation().reviewQueue().rowCount() == 1);
    REQUIRE(s.db->writer().flush());
    QSqlQuery q(s.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM chat_log")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // What moderation refused or held is in its audit; what it let through
    // is in the chat log once: every comment in exactly one of the two.
    REQUIRE(q.exec(
        QStringLiteral("SELECT msg_id FROM chat_log UNION ALL SELECT msg_id FROM moderation_log WHERE show_id = %1 ORDER BY 1").arg(s.session->showId())));
    QStringList logged;
    while (q.next())
        logged.append(q.value(0).toString());
    CHECK(logged == QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
}

TEST_CASE("show session: a lottery slot opens its own preset, a poll slot its poll, a broken preset falls back with a message", "[show][session][interact]")
{
    Studio s;
    interact::LotteryPreset own;
    own.prize = QStringLiteral("保温杯");
    own.keyword = QStringLiteral("要杯子");
    own.winners = 2;
    own.entryWindowMs = 45'000;
    interact::PollPreset poll{QStringLiteral("红还是蓝"), {{QStringLiteral("红"), {QStringLiteral("1")}}, {QStringLiteral("蓝"), {QStringLiteral("2")}}}};
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Lottery, 120'000}, {SlotKind::Poll, 60'000}, {SlotKind::Lottery, 120'000}, {SlotKind::Lottery, 120'000}};
    plan.slotList[0].preset = own.toJson();
    plan.slotList[1].preset = poll.toJson();
    plan.slotList[2].preset = QJsonObject{{QStringLiteral("prize"), QString()}}; // no prize: not usable
    s.session->rundown().setPlan(plan);
    QSignalSpy messages(s.session.get(), &show::ShowSession::message);
    QString error;

    s.session->rundown().start();
    REQUIRE(s.session->lottery().state() == interact::LotteryController::State::Open);
    CHECK(s.session->lottery().preset().keyword == QStringLiteral("要杯子"));
    CHECK(s.session->lottery().preset().winners == 2);
    CHECK(s.session->lottery().remainingMs() == 45'000); // the slot's own window, not a share of the slot
    REQUIRE(test::drawAndWait(s.session->lottery(), &error));
    CHECK_FALSE(s.session->pendingInteraction()); // drawn: nothing pending

    s.clock.advanceMs(120'000);
    s.session->rundown().clock().advance();
    REQUIRE(s.session->poll().isOpen());
    CHECK(s.session->poll().question() == QStringLiteral("红还是蓝"));
    s.session->poll().close();
    CHECK_FALSE(s.session->pendingInteraction());
    CHECK(s.eventsOf(TimelineKind::PollOpened).size() == 1);

    s.clock.advanceMs(60'000);
    s.session->rundown().clock().advance();
    REQUIRE(s.session->lottery().state() == interact::LotteryController::State::Open);
    CHECK(s.session->lottery().preset().prize == s.session->lotteryPreset().prize); // the show's default
    CHECK(s.session->lottery().remainingMs() == 90'000);                            // 3/4 of the slot
    bool told = false;
    for (const auto &m : messages)
        told |= m.at(0).toString().contains(QStringLiteral("Slot 3")) && m.at(1).toBool();
    CHECK(told);
    CHECK(s.eventsOf(TimelineKind::LotteryOpened).size() == 2);
}

TEST_CASE("show session: while a lottery is open its keyword said again is not a repeat, so a viewer who said it before entries opened gets in",
          "[show][session][interact][moderation]")
{
    Studio s;
    QString error;
    REQUIRE(s.session->startShow({}, &error));
    int serial = 0;
    auto say = [&](const QString &user, const QString &text) {
        chat::ChatEvent e;
        e.platform = QStringLiteral("douyin");
        e.id = QString::number(++serial);
        e.userId = user;
        e.userName = user;
        e.text = text;
        s.hub->ingest({e});
        s.clock.advanceMs(2'000);
    };
    const QString keyword = s.session->lotteryPreset().keyword;
    say(QStringLiteral("early"), keyword); // before the lottery: allowed once
    say(QStringLiteral("early"), keyword); // and hidden as a repeat
    CHECK(s.session->moderation().counters().hidden == 1);
    interact::LotteryPreset preset = s.session->lotteryPreset();
    preset.entryWindowMs = 60'000;
    REQUIRE(s.session->lottery().open(preset, &error));
    say(QStringLiteral("early"), keyword); // the third time: now it is an entry
    say(QStringLiteral("early"), keyword);
    say(QStringLiteral("other"), QStringLiteral("主播好"));
    say(QStringLiteral("other"), QStringLiteral("主播好")); // other repeats stay repeats
    CHECK(s.session->moderation().counters().hidden == 2);
    CHECK(s.session->lottery().entrantCount() == 1);
    s.session->lottery().close();
    say(QStringLiteral("early"), keyword); // closed: a repeat again
    CHECK(s.session->moderation().counters().hidden == 3);
}

TEST_CASE("show session: a slot with the countdown on stream shows its remaining time, a lottery card goes first", "[show][session][interact]")
{
    Studio s;
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("P1")}, {SlotKind::Lottery, 120'000}, {SlotKind::Product, 180'000, QStringLiteral("P2")}};
    plan.slotList[0].countdown = true;
    plan.slotList[1].countdown = true;
    s.session->rundown().setPlan(plan);
    auto card = [&] {
        emit s.session->rundown().stateChanged(); // what the rundown's poll timer does
        s.session->interactions().renderNow();
        return s.engine.programView.overlays.value(QStringLiteral("interaction"));
    };
    auto band = [](const QImage &image) { return image.pixelColor(image.width() / 2, 4); };

    s.session->rundown().start();
    const QImage atStart = card();
    REQUIRE_FALSE(atStart.isNull());
    CHECK(band(atStart).green() > band(atStart).red()); // the countdown's green band
    s.clock.advanceMs(61'000);
    s.session->rundown().clock().update();
    const QImage later = card();
    CHECK(later != atStart); // 3:00 became 1:59

    // The lottery slot: its entry card (red band) takes the place.
    s.clock.advanceMs(119'000);
    s.session->rundown().clock().advance();
    REQUIRE(s.session->lottery().state() == interact::LotteryController::State::Open);
    const QImage entries = card();
    CHECK(band(entries).red() > band(entries).green());

    // A slot without the countdown: once the lottery is over nothing of the slot is on stream.
    s.session->lottery().close();
    s.clock.advanceMs(120'000);
    s.session->rundown().clock().advance();
    CHECK(card().isNull());
}

TEST_CASE("show session: the lottery card shows the prize's picture when the preset has one", "[show][session][interact]")
{
    Studio s;
    const QString picture = s.dir.filePath(QStringLiteral("prize.png"));
    QImage red(64, 64, QImage::Format_RGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(picture));
    auto reddish = [](const QImage &card) {
        // Strongly red pixels in the card's right third, below the header band.
        int n = 0;
        for (int y = card.height() / 4; y < card.height(); y += 2)
            for (int x = card.width() * 2 / 3; x < card.width(); x += 2) {
                const QColor c = card.pixelColor(x, y);
                n += c.red() > 200 && c.green() < 60 && c.blue() < 60;
            }
        return n;
    };
    QString error;
    interact::LotteryPreset preset;
    preset.prize = QStringLiteral("保温杯");
    REQUIRE(s.session->lottery().open(preset, &error));
    s.session->interactions().renderNow();
    const int without = reddish(s.engine.programView.overlays.value(QStringLiteral("interaction")));
    s.session->lottery().close();
    preset.imagePath = picture;
    REQUIRE(s.session->lottery().open(preset, &error));
    s.session->interactions().renderNow();
    CHECK(reddish(s.engine.programView.overlays.value(QStringLiteral("interaction"))) > without + 100);
    // A picture that is not there: the name only, and the host is told.
    s.session->lottery().close();
    QSignalSpy messages(s.session.get(), &show::ShowSession::message);
    preset.imagePath = s.dir.filePath(QStringLiteral("missing.png"));
    REQUIRE(s.session->lottery().open(preset, &error));
    s.session->interactions().renderNow();
    CHECK(messages.count() >= 1);
    CHECK(reddish(s.engine.programView.overlays.value(QStringLiteral("interaction"))) == without);
}

TEST_CASE("show session: a replay saved during a show is a highlight on its timeline, one saved before it is not", "[show][session][replay-buffer]")
{
    Studio s;
    QString error;
    REQUIRE(s.engine.outputs().startReplayBuffer(QStringLiteral("/tmp/rec"), 20, {}, &error));
    REQUIRE(s.engine.outputs().saveReplay(&error)); // no show yet: the file only
    CHECK(s.eventsOf(TimelineKind::ReplaySaved).isEmpty());
    s.clock.setMs(1'000);
    REQUIRE(s.engine.outputs().startRecording(QStringLiteral("/tmp/rec/show.mkv"), {}, &error)); // starts the show
    REQUIRE(s.session->isRunning());
    s.clock.setMs(61'000);
    REQUIRE(s.engine.outputs().saveReplay(&error));
    const auto saved = s.eventsOf(TimelineKind::ReplaySaved);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().detail.value(QStringLiteral("path")).toString() == QStringLiteral("/tmp/rec/replay-2.mp4"));
    CHECK(saved.first().detail.value(QStringLiteral("lengthMs")).toInteger() == 20'000);

    // The review: a highlight chapter ending when it was saved, playing the replay's own file, and a clip of it.
    const replay::ChapterBuilder built(s.session->timeline().events());
    const auto highlights
        = std::count_if(built.chapters().cbegin(), built.chapters().cend(), [](const replay::Chapter &c) { return c.kind == replay::ChapterKind::Highlight; });
    REQUIRE(highlights == 1);
    const auto it
        = std::find_if(built.chapters().cbegin(), built.chapters().cend(), [](const replay::Chapter &c) { return c.kind == replay::ChapterKind::Highlight; });
    CHECK(it->endMs - it->startMs == 20'000);
    CHECK(it->endMs == 60'000); // the show started at 1 s
    REQUIRE(it->media);
    CHECK(it->media->path == QStringLiteral("/tmp/rec/replay-2.mp4"));
    CHECK(it->media->startMs == 0);
    CHECK(it->media->endMs == 20'000);
    CHECK(it->title == QStringLiteral("replay-2"));
    const auto jobs = replay::ClipExporter::jobsFor(built.chapters(), QStringLiteral("/tmp/clips"));
    REQUIRE(jobs.size() == 1);
    CHECK(jobs.first().inputPath == QStringLiteral("/tmp/rec/replay-2.mp4"));
    CHECK(jobs.first().outputPath == QStringLiteral("/tmp/clips/replay-2.mp4"));
}
