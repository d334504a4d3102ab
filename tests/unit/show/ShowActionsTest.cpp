// The show's actions through the registry: every one listed with a label
// and schema, invoked from different origins onto the same path, refused
// with the reason when not allowed, and each invocation on the timeline
// with who asked.
#include "CatchQt.hpp"
#include "ShowFixture.hpp"

#include "actions/ActionRegistry.hpp"
#include "catalog/LineupModel.hpp"
#include "pluginapi/ChatEvent.hpp"
#include "chat/ChatModel.hpp"
#include "interact/LotteryController.hpp"
#include "interact/PollController.hpp"
#include "show/LiveProductController.hpp"
#include "show/RundownSession.hpp"
#include "show/ProducerNotes.hpp"
#include "show/ShowSession.hpp"
#include "show/ShowStateReport.hpp"
#include "moderation/ModerationController.hpp"
#include "moderation/QuestionsModel.hpp"
#include "moderation/ReviewQueueModel.hpp"
#include "show/ShowTimeline.hpp"

#include <QJsonArray>
#include <QSet>

using namespace shopcast;
using actions::Caller;
using actions::Origin;
using actions::Permission;
using show::TimelineKind;

namespace {

QStringList actionsOnTimeline(const test::ShowFixture &s)
{
    QStringList out;
    for (const show::TimelineEvent &e : s.eventsOf(TimelineKind::Action))
        out.append(e.detail.value(QStringLiteral("id")).toString() + QLatin1Char('/') + e.detail.value(QStringLiteral("origin")).toString()
                   + (e.detail.value(QStringLiteral("ok")).toBool() ? QString() : QStringLiteral("/refused")));
    return out;
}

} // namespace

TEST_CASE("show actions: every show action is listed once, with a label, a permission and its parameters", "[show][actions]")
{
    test::ShowFixture s;
    const QList<actions::ActionSpec> list = s.session->actions().actions();
    QSet<QString> ids;
    QSet<QString> keys;
    for (const actions::ActionSpec &a : list) {
        INFO(a.id.toStdString());
        CHECK_FALSE(ids.contains(a.id));
        ids.insert(a.id);
        CHECK_FALSE(a.label().isEmpty());
        CHECK(a.permission == Permission::Producer); // a 场控 may run every show action; outputs are the host's
        if (!a.defaultKeys.isEmpty()) {
            CHECK_FALSE(keys.contains(a.defaultKeys)); // two actions never share default keys
            keys.insert(a.defaultKeys);
        }
    }
    for (const char *id : {"show.start", "show.end", "product.explain", "product.next", "product.previous", "product.clear", "product.soldOut",
                           "flashSale.start", "flashSale.stop", "flashSale.toggle", "rhythm.start", "rhythm.pause", "rhythm.advance", "rhythm.back",
                           "comment.pin", "comment.clearPin", "lottery.open", "lottery.draw", "poll.open"})
        CHECK(ids.contains(QLatin1String(id)));
    const QJsonArray schema = s.session->actions().schema();
    CHECK(schema.size() == list.size());
    const actions::ActionSpec *explain = s.session->actions().find(QStringLiteral("product.explain"));
    REQUIRE(explain);
    REQUIRE(explain->param(QStringLiteral("sku")));
    CHECK(explain->param(QStringLiteral("sku"))->required);
}

TEST_CASE("show actions: a dock, a hotkey and a remote client take the same path, each on the timeline with its origin", "[show][actions]")
{
    test::ShowFixture s;
    actions::ActionRegistry &registry = s.session->actions();
    REQUIRE(registry.invoke(QStringLiteral("show.start"), {{QStringLiteral("title"), QStringLiteral("周五专场")}}, Origin::Dock).ok);
    CHECK(s.session->timeline().title() == QStringLiteral("周五专场"));
    s.clock.setMs(1'000);
    REQUIRE(registry.invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), QStringLiteral("P1")}}, Origin::Dock).ok);
    s.clock.setMs(2'000);
    REQUIRE(registry.invoke(QStringLiteral("product.next"), Origin::Hotkey).ok);
    s.clock.setMs(3'000);
    REQUIRE(registry
                .invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), QStringLiteral("P3")}},
                        Caller{Origin::Remote, Permission::Producer, QStringLiteral("场控平板")})
                .ok);
    CHECK(s.session->live().onAirSku() == QStringLiteral("P3"));

    QStringList products;
    for (const show::TimelineEvent &e : s.eventsOf(TimelineKind::Product))
        products.append(e.sku + QLatin1Char('/') + e.detail.value(QStringLiteral("trigger")).toString());
    CHECK(products == QStringList{QStringLiteral("P1/button"), QStringLiteral("P2/hotkey"), QStringLiteral("P3/remote")});
    CHECK(actionsOnTimeline(s)
          == QStringList{QStringLiteral("show.start/dock"), QStringLiteral("product.explain/dock"), QStringLiteral("product.next/hotkey"),
                         QStringLiteral("product.explain/remote")});
    const show::TimelineEvent remote = s.eventsOf(TimelineKind::Action).last();
    CHECK(remote.detail.value(QStringLiteral("client")).toString() == QStringLiteral("场控平板"));
    CHECK(remote.detail.value(QStringLiteral("params")).toObject().value(QStringLiteral("sku")).toString() == QStringLiteral("P3"));
    CHECK(remote.monotonicMs == 3'000);
    for (const show::TimelineEvent &e : s.session->timeline().events())
        CHECK(show::TimelineKinds::missingKeys(e.kind, e.detail).isEmpty());
}

TEST_CASE("show actions: not allowed now, or not allowed to this caller: refused with the reason, nothing changes", "[show][actions]")
{
    test::ShowFixture s;
    actions::ActionRegistry &registry = s.session->actions();
    CHECK(registry.invoke(QStringLiteral("show.end"), Origin::Hotkey).error.contains(QStringLiteral("no show is running")));
    CHECK(registry.unavailableReason(QStringLiteral("flashSale.stop")).contains(QStringLiteral("no flash sale")));
    CHECK(registry.invoke(QStringLiteral("flashSale.toggle"), Origin::Hotkey).error.contains(QStringLiteral("no product is on air")));
    CHECK(registry.invoke(QStringLiteral("comment.clearPin"), Origin::Hotkey).error.contains(QStringLiteral("no comment is pinned")));
    CHECK(registry.invoke(QStringLiteral("rhythm.advance"), Origin::Hotkey).error.contains(QStringLiteral("not running")));
    CHECK(registry.invoke(QStringLiteral("product.explain"), {}, Origin::Remote).error.contains(QStringLiteral("needs the parameter \"sku\"")));
    CHECK(registry.invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), QStringLiteral("P1")}}, Caller{Origin::Remote, Permission::Viewer, {}})
              .error.contains(QStringLiteral("producer rights")));
    CHECK(registry.invoke(QStringLiteral("poll.open"), Origin::Hotkey).error.contains(QStringLiteral("question")));
    CHECK(s.session->live().onAirSku().isEmpty());
    CHECK_FALSE(s.session->isRunning()); // refusals open no show

    // During a show a refusal is on the timeline too: who asked for what, and that it was refused.
    QString error;
    REQUIRE(s.session->startShow(QStringLiteral("show"), &error));
    CHECK_FALSE(registry.invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), QStringLiteral("NOPE")}}, Origin::Remote).ok);
    CHECK(actionsOnTimeline(s) == QStringList{QStringLiteral("product.explain/remote/refused")});
    CHECK_FALSE(s.eventsOf(TimelineKind::Action).last().detail.value(QStringLiteral("error")).toString().isEmpty());
}

TEST_CASE("show actions: the rhythm timer puts its products on air through the registry", "[show][actions]")
{
    test::ShowFixture s;
    rundown::ShowPlan plan;
    plan.title = QStringLiteral("plan");
    plan.slotList = {{rundown::SlotKind::Product, 180'000, QStringLiteral("P2"), {}}, {rundown::SlotKind::Product, 180'000, QStringLiteral("P3"), {}}};
    s.session->rundown().setPlan(plan);
    REQUIRE(s.session->actions().invoke(QStringLiteral("rhythm.start"), Origin::Hotkey).ok);
    CHECK(s.session->isRunning());
    CHECK(s.session->live().onAirSku() == QStringLiteral("P2"));
    REQUIRE(s.session->actions().invoke(QStringLiteral("rhythm.advance"), Origin::Dock).ok);
    CHECK(s.session->live().onAirSku() == QStringLiteral("P3"));
    const QStringList seen = actionsOnTimeline(s);
    CHECK(seen.contains(QStringLiteral("product.explain/timer")));
    CHECK(seen.contains(QStringLiteral("rhythm.advance/dock")));
    CHECK(s.session->actions().invoke(QStringLiteral("rhythm.start"), Origin::Hotkey).error.contains(QStringLiteral("already running")));
    REQUIRE(s.session->actions().invoke(QStringLiteral("rhythm.pause"), Origin::Hotkey).ok);
    CHECK(s.session->rundown().clock().state().paused);
}

TEST_CASE("show actions: sold out, flash sale, pin, lottery and poll by id", "[show][actions]")
{
    test::ShowFixture s;
    actions::ActionRegistry &registry = s.session->actions();
    QString error;
    REQUIRE(s.session->startShow(QStringLiteral("show"), &error));
    REQUIRE(registry.invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), QStringLiteral("P2")}}, Origin::Dock).ok);

    REQUIRE(registry.invoke(QStringLiteral("product.soldOut"), Origin::Hotkey).ok); // the product on air, toggled
    CHECK(s.session->lineup().isSoldOut(1));
    REQUIRE(
        registry.invoke(QStringLiteral("product.soldOut"), {{QStringLiteral("sku"), QStringLiteral("P2")}, {QStringLiteral("soldOut"), false}}, Origin::Remote)
            .ok);
    CHECK_FALSE(s.session->lineup().isSoldOut(1));
    CHECK(registry.invoke(QStringLiteral("product.soldOut"), {{QStringLiteral("sku"), QStringLiteral("P4")}}, Origin::Remote)
              .error.contains(QStringLiteral("not in the lineup")));

    CHECK(
        registry.invoke(QStringLiteral("flashSale.start"), {{QStringLiteral("seconds"), 2}}, Origin::Remote).error.contains(QStringLiteral("from 5 to 3600")));
    CHECK(registry.invoke(QStringLiteral("flashSale.start"), {{QStringLiteral("price"), QStringLiteral("abc")}}, Origin::Remote)
              .error.contains(QStringLiteral("abc")));
    REQUIRE(
        registry.invoke(QStringLiteral("flashSale.start"), {{QStringLiteral("seconds"), 30}, {QStringLiteral("price"), QStringLiteral("9.90")}}, Origin::Remote)
            .ok);
    CHECK(s.session->live().isFlashSaleRunning());
    REQUIRE(registry.invoke(QStringLiteral("flashSale.toggle"), Origin::Hotkey).ok);
    CHECK_FALSE(s.session->live().isFlashSaleRunning());
    CHECK(s.eventsOf(TimelineKind::FlashSaleStart).size() == 1);

    chat::ChatEvent comment;
    comment.platform = QStringLiteral("bilibili");
    comment.id = QStringLiteral("c-42");
    comment.userName = QStringLiteral("买家");
    comment.text = QStringLiteral("有大码吗");
    s.session->chat().append({comment});
    s.session->chat().flush();
    CHECK(registry.invoke(QStringLiteral("comment.pin"), {{QStringLiteral("commentId"), QStringLiteral("gone")}}, Origin::Remote)
              .error.contains(QStringLiteral("gone")));
    REQUIRE(registry.invoke(QStringLiteral("comment.pin"), {{QStringLiteral("commentId"), QStringLiteral("c-42")}}, Origin::Remote).ok);
    CHECK(s.session->hasPinnedComment());
    REQUIRE(registry.invoke(QStringLiteral("comment.clearPin"), Origin::Hotkey).ok);
    CHECK_FALSE(s.session->hasPinnedComment());

    REQUIRE(registry.invoke(QStringLiteral("lottery.open"), Origin::Hotkey).ok); // the show's own preset
    CHECK(s.session->lottery().state() == interact::LotteryController::State::Open);
    REQUIRE(registry.invoke(QStringLiteral("lottery.open"), Origin::Hotkey).ok); // again: entries close
    CHECK(s.session->lottery().state() == interact::LotteryController::State::Closed);
    CHECK_FALSE(registry.invoke(QStringLiteral("lottery.open"), {{QStringLiteral("preset"), QJsonObject{{QStringLiteral("winners"), 0}}}}, Origin::Remote).ok);

    const QJsonObject poll{
        {QStringLiteral("question"), QStringLiteral("哪个颜色？")},
        {QStringLiteral("options"),
         QJsonArray{QJsonObject{{QStringLiteral("label"), QStringLiteral("红")}, {QStringLiteral("keywords"), QJsonArray{QStringLiteral("1")}}},
                    QJsonObject{{QStringLiteral("label"), QStringLiteral("蓝")}, {QStringLiteral("keywords"), QJsonArray{QStringLiteral("2")}}}}}};
    const actions::ActionResult opened = registry.invoke(QStringLiteral("poll.open"), {{QStringLiteral("preset"), poll}}, Origin::Remote);
    INFO(opened.error.toStdString());
    REQUIRE(opened.ok);
    CHECK(s.session->poll().isOpen());
    REQUIRE(registry.invoke(QStringLiteral("poll.open"), Origin::Hotkey).ok);
    CHECK_FALSE(s.session->poll().isOpen());
}

TEST_CASE("show actions: the team's: a note to the host, a question answered, held comments approved or rejected, all by key and on the timeline",
          "[show][actions][remote]")
{
    test::ShowFixture s;
    actions::ActionRegistry &registry = s.session->actions();
    REQUIRE(registry.invoke(QStringLiteral("show.start"), Origin::Dock).ok);
    const Caller producer{Origin::Remote, Permission::Producer, QStringLiteral("192.168.1.20")};

    // A note: shown until dismissed, one line, cut to its budget; an empty one refused.
    show::ProducerNotes &notes = s.session->producerNotes();
    CHECK_FALSE(registry.invoke(QStringLiteral("host.dismissNote"), {}, producer).ok); // none yet
    CHECK_FALSE(registry.invoke(QStringLiteral("host.note"), {{QStringLiteral("text"), QStringLiteral(" \n\t ")}}, producer).ok);
    REQUIRE(registry.invoke(QStringLiteral("host.note"), {{QStringLiteral("text"), QStringLiteral("讲优惠\n库存只剩 20")}}, producer).ok);
    REQUIRE(notes.current());
    CHECK(notes.current()->text == QStringLiteral("讲优惠 库存只剩 20"));
    CHECK(notes.current()->from == QStringLiteral("192.168.1.20"));
    CHECK_FALSE(registry.invoke(QStringLiteral("host.note"), {{QStringLiteral("text"), QString(501, QLatin1Char('x'))}}, producer).ok); // over the schema
    REQUIRE(registry.invoke(QStringLiteral("host.dismissNote"), Origin::Dock).ok);
    CHECK_FALSE(notes.current());

    // Questions and held comments, by the key the show state lists them with.
    moderation::ModerationController &moderation = s.session->moderation();
    const auto comment = [](const QString &id, const QString &text) {
        chat::ChatEvent e;
        e.platform = QStringLiteral("bilibili");
        e.id = id;
        e.userId = QStringLiteral("u") + id;
        e.userName = QStringLiteral("买家") + id;
        e.text = text;
        return e;
    };
    REQUIRE(registry.invoke(QStringLiteral("product.explain"), {{QStringLiteral("sku"), QStringLiteral("P1")}}, producer).ok);
    moderation.process({comment(QStringLiteral("1"), QStringLiteral("这个多少钱？")), comment(QStringLiteral("2"), QStringLiteral("加 微 信 领券")),
                        comment(QStringLiteral("3"), QStringLiteral("有没有大码？"))});
    moderation.questions().flush(); // what its timer does a moment later
    QJsonObject state = show::ShowStateReport::build(*s.session);
    CHECK(state.value(QStringLiteral("onAir")).toObject().value(QStringLiteral("sku")).toString() == QStringLiteral("P1"));
    CHECK(state.value(QStringLiteral("next")).toObject().value(QStringLiteral("sku")).toString() == QStringLiteral("P2"));
    CHECK(state.value(QStringLiteral("lineup")).toArray().size() == 3);
    const QJsonObject questions = state.value(QStringLiteral("questions")).toObject();
    CHECK(questions.value(QStringLiteral("open")).toInt() == 2);
    const QJsonArray groups = questions.value(QStringLiteral("groups")).toArray();
    REQUIRE(groups.size() == 1);
    CHECK(groups.at(0).toObject().value(QStringLiteral("sku")).toString() == QStringLiteral("P1"));
    const QJsonArray items = groups.at(0).toObject().value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 2);
    CHECK(items.at(0).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("这个多少钱？")); // oldest first, as the dock
    const QJsonObject review = state.value(QStringLiteral("review")).toObject();
    REQUIRE(review.value(QStringLiteral("count")).toInt() == 1);
    const qint64 heldKey = review.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("key")).toInteger();

    const qint64 questionKey = items.at(0).toObject().value(QStringLiteral("key")).toInteger();
    CHECK_FALSE(
        registry.invoke(QStringLiteral("question.mark"), {{QStringLiteral("key"), questionKey}, {QStringLiteral("state"), QStringLiteral("maybe")}}, producer)
            .ok);
    CHECK_FALSE(registry.invoke(QStringLiteral("question.mark"), {{QStringLiteral("key"), 999}}, producer).ok);
    REQUIRE(registry.invoke(QStringLiteral("question.mark"), {{QStringLiteral("key"), questionKey}}, producer).ok);
    CHECK(moderation.questions().openCount() == 1);

    QList<chat::ChatEvent> passed;
    QObject::connect(&moderation, &moderation::ModerationController::passed, [&](const QList<chat::ChatEvent> &events) { passed += events; });
    REQUIRE(registry.invoke(QStringLiteral("review.approve"), {{QStringLiteral("key"), heldKey}}, producer).ok);
    REQUIRE(passed.size() == 1);
    CHECK(passed.first().id == QStringLiteral("2"));
    CHECK_FALSE(registry.invoke(QStringLiteral("review.reject"), {{QStringLiteral("key"), heldKey}}, producer).ok); // gone from the queue
    moderation.process({comment(QStringLiteral("4"), QStringLiteral("私聊我"))});
    const qint64 secondKey = show::ShowStateReport::build(*s.session)
                                 .value(QStringLiteral("review"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("key"))
                                 .toInteger();
    CHECK(secondKey != heldKey); // keys are never reused
    REQUIRE(registry.invoke(QStringLiteral("review.reject"), {{QStringLiteral("key"), secondKey}}, producer).ok);
    CHECK(moderation.reviewQueue().rowCount() == 0);

    // The state a console shows carries the note while it is up.
    REQUIRE(registry.invoke(QStringLiteral("host.note"), {{QStringLiteral("text"), QStringLiteral("讲赠品")}}, producer).ok);
    state = show::ShowStateReport::build(*s.session);
    CHECK(state.value(QStringLiteral("note")).toObject().value(QStringLiteral("text")).toString() == QStringLiteral("讲赠品"));
    CHECK(state.value(QStringLiteral("pinned")).isNull());
    CHECK(state.value(QStringLiteral("lottery")).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("idle"));

    const QStringList onTimeline = actionsOnTimeline(s);
    CHECK(onTimeline.contains(QStringLiteral("host.note/remote")));
    CHECK(onTimeline.contains(QStringLiteral("host.dismissNote/dock")));
    CHECK(onTimeline.contains(QStringLiteral("question.mark/remote")));
    CHECK(onTimeline.contains(QStringLiteral("review.approve/remote")));
    CHECK(onTimeline.contains(QStringLiteral("review.reject/remote/refused")));
}
