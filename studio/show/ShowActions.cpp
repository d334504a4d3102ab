#include "ShowActions.hpp"

#include "ProducerNotes.hpp"
#include "LiveProductController.hpp"
#include "RundownSession.hpp"
#include "ShowSession.hpp"
#include "ShowTimeline.hpp"

#include "actions/ActionRegistry.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/Money.hpp"
#include "chat/ChatModel.hpp"
#include "core/MonotonicClock.hpp"
#include "interact/LotteryController.hpp"
#include "interact/LotteryPreset.hpp"
#include "interact/PollController.hpp"
#include "interact/PollPreset.hpp"
#include "moderation/ModerationController.hpp"
#include "moderation/QuestionsModel.hpp"
#include "moderation/ReviewQueueModel.hpp"

#include <QHash>

namespace shopcast::show {

using actions::ActionParam;
using actions::ActionResult;
using actions::ActionSpec;
using actions::Caller;
using actions::Origin;
using actions::Permission;
using Type = actions::ActionParam::Type;

namespace {

constexpr const char *kContext = "shopcast::show::ShowActions";

ActionSpec spec(const char *id, const char *label, const char *icon, const char *keys = "", QList<ActionParam> params = {},
                Permission permission = Permission::Producer)
{
    return ActionSpec{QLatin1String(id), kContext, label, QLatin1String(icon), std::move(params), permission, QLatin1String(keys)};
}

ActionParam skuParam(bool required)
{
    return ActionParam{QStringLiteral("sku"), Type::String, required, QStringLiteral("the product's SKU"), 0, 0, 64};
}

ActionResult doneIf(bool ok, const QString &why)
{
    return ok ? ActionResult::done() : ActionResult::failed(why);
}

QString noShowProduct()
{
    return ShowActions::tr("no product is on air");
}

} // namespace

Trigger ShowActions::triggerFor(Origin origin)
{
    switch (origin) {
    case Origin::Dock:
    case Origin::Menu: return Trigger::Button;
    case Origin::Hotkey: return Trigger::Hotkey;
    case Origin::Timer: return Trigger::Rhythm;
    case Origin::Cli:
    case Origin::Remote: return Trigger::Remote;
    case Origin::Startup: return Trigger::Startup;
    case Origin::Resume: return Trigger::Resume;
    }
    return Trigger::Button;
}

void ShowActions::registerRhythm(actions::ActionRegistry &registry, RundownSession &rundownSession)
{
    RundownSession *rundown = &rundownSession;
    auto rhythmRuns = [rundown] {
        const rundown::RhythmClock::State st = rundown->clock().state();
        return st.started && !st.finished ? QString() : tr("the rhythm timer is not running");
    };
    registry.add(
        spec("rhythm.start", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Start the rhythm timer"), "media-playback-start", "Ctrl+Shift+T"),
        [rundown](const QJsonObject &, const Caller &) {
            rundown->start();
            return ActionResult::done();
        },
        [rundown] {
            if (rundown->plan().slotList.isEmpty())
                return tr("the plan has no slots");
            const rundown::RhythmClock::State st = rundown->clock().state();
            return st.started && !st.finished ? tr("the rhythm timer is already running") : QString();
        });
    registry.add(
        spec("rhythm.pause", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Pause / resume the rhythm timer"), "media-playback-pause", "Ctrl+Space"),
        [rundown](const QJsonObject &, const Caller &) {
            rundown::RhythmClock &clock = rundown->clock();
            clock.state().paused ? clock.resume() : clock.pause();
            rundown->notifyStateChanged();
            return ActionResult::done({{QStringLiteral("paused"), clock.state().paused}});
        },
        rhythmRuns);
    registry.add(
        spec("rhythm.advance", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Next slot"), "media-skip-forward", "Ctrl+Right"),
        [rundown](const QJsonObject &, const Caller &) {
            rundown->clock().advance();
            rundown->notifyStateChanged();
            return ActionResult::done({{QStringLiteral("slotIndex"), rundown->clock().state().slotIndex}});
        },
        rhythmRuns);
    registry.add(
        spec("rhythm.back", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Previous slot"), "media-skip-backward", "Ctrl+Left"),
        [rundown](const QJsonObject &, const Caller &) {
            rundown->clock().back();
            rundown->notifyStateChanged();
            return ActionResult::done({{QStringLiteral("slotIndex"), rundown->clock().state().slotIndex}});
        },
        rhythmRuns);
}

void ShowActions::registerOn(actions::ActionRegistry &registry, ShowSession &session)
{
    ShowSession *s = &session;
    catalog::LineupModel *lineup = &session.lineup();
    LiveProductController *live = &session.live();

    // The show itself.
    registry.add(spec("show.start", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Start the show"), "media-record", "",
                      {{QStringLiteral("title"), Type::String, false, QStringLiteral("the show's name; empty: the plan's title or the date"), 0, 0, 200}}),
                 [s](const QJsonObject &p, const Caller &) {
                     QString error;
                     return doneIf(s->startShow(p.value(QStringLiteral("title")).toString(), &error), error);
                 });
    registry.add(
        spec("show.end", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "End the show"), "media-playback-stop"),
        [s](const QJsonObject &, const Caller &caller) {
            s->endShow(caller.origin == Origin::Remote ? QStringLiteral("ended by a remote client") : QStringLiteral("ended by the user"));
            return ActionResult::done();
        },
        [s] { return s->isRunning() ? QString() : tr("no show is running"); });

    // Products.
    registry.add(spec("product.explain", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Explain the product now"), "go-jump", "Ctrl+E", {skuParam(true)}),
                 [s](const QJsonObject &p, const Caller &caller) {
                     const QString sku = p.value(QStringLiteral("sku")).toString();
                     return doneIf(s->explain(sku, triggerFor(caller.origin)), tr("%1 cannot go on air").arg(sku));
                 });
    registry.add(spec("product.next", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Next product"), "go-next", "PgDown"),
                 [s](const QJsonObject &, const Caller &caller) { return doneIf(s->nextProduct(triggerFor(caller.origin)), tr("there is no next product")); });
    registry.add(
        spec("product.previous", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Previous product"), "go-previous", "PgUp"),
        [s](const QJsonObject &, const Caller &caller) { return doneIf(s->previousProduct(triggerFor(caller.origin)), tr("there is no previous product")); });
    registry.add(
        spec("product.clear", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Take the product off air"), "edit-clear"),
        [s](const QJsonObject &, const Caller &caller) {
            s->clearProduct(triggerFor(caller.origin));
            return ActionResult::done();
        },
        [live] { return live->onAirSku().isEmpty() ? noShowProduct() : QString(); });
    registry.add(
        spec("product.soldOut", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Sold out / back in stock"), "dialog-cancel", "Ctrl+Shift+X",
             {skuParam(false),
              {QStringLiteral("soldOut"), Type::Boolean, false, QStringLiteral("true: sold out, false: back in stock; absent: the other of what it is")}}),
        [lineup, live](const QJsonObject &p, const Caller &) {
            const QString sku = p.value(QStringLiteral("sku")).toString(live->onAirSku());
            const int row = lineup->rowOfSku(sku);
            if (row < 0)
                return ActionResult::failed(sku.isEmpty() ? noShowProduct() : tr("%1 is not in the lineup").arg(sku));
            const bool soldOut = p.value(QStringLiteral("soldOut")).toBool(!lineup->isSoldOut(row));
            lineup->setSoldOut(row, soldOut);
            return ActionResult::done({{QStringLiteral("sku"), sku}, {QStringLiteral("soldOut"), soldOut}});
        });
    // The other answer to "its stock ran out" (the catalog's stock was behind the shop's).
    registry.add(spec("product.keepSelling", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Keep selling (stock ran out on the card)"), "dialog-ok", "",
                      {skuParam(true)}),
                 [live](const QJsonObject &p, const Caller &) {
                     const QString sku = p.value(QStringLiteral("sku")).toString();
                     return doneIf(live->keepSelling(sku), tr("%1 is not waiting for a sold-out answer").arg(sku));
                 });

    // Flash sales on the product on air.
    const ActionParam seconds{QStringLiteral("seconds"), Type::Integer, false, QStringLiteral("how long the sale runs"), 5, 3600};
    const ActionParam price{QStringLiteral("price"), Type::String, false, QStringLiteral("the sale price, e.g. 89.90; absent: the live price"), 0, 0, 32};
    auto startSale = [live](const QJsonObject &p) {
        std::optional<catalog::Money> salePrice;
        const QString text = p.value(QStringLiteral("price")).toString().trimmed();
        if (!text.isEmpty()) {
            QString why;
            salePrice = catalog::Money::parse(text, &why);
            if (!salePrice)
                return ActionResult::failed(tr("sale price \"%1\" %2").arg(text, why));
        }
        const qint64 durationMs = qint64(p.value(QStringLiteral("seconds")).toInt(60)) * 1000;
        return doneIf(live->startFlashSale(durationMs, salePrice), tr("the flash sale could not start"));
    };
    const auto needsProduct = [live] { return live->onAirSku().isEmpty() ? noShowProduct() : QString(); };
    registry.add(
        spec("flashSale.start", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Start a flash sale"), "appointment-new", "", {seconds, price}),
        [startSale](const QJsonObject &p, const Caller &) { return startSale(p); }, needsProduct);
    registry.add(
        spec("flashSale.stop", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Stop the flash sale"), "appointment-missed"),
        [live](const QJsonObject &, const Caller &) {
            live->stopFlashSale();
            return ActionResult::done();
        },
        [live] { return live->isFlashSaleRunning() ? QString() : tr("no flash sale is running"); });
    registry.add(
        spec("flashSale.toggle", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Start / stop the flash sale"), "appointment-new", "Ctrl+Shift+F",
             {seconds, price}),
        [live, startSale](const QJsonObject &p, const Caller &) {
            if (!live->isFlashSaleRunning())
                return startSale(p);
            live->stopFlashSale();
            return ActionResult::done();
        },
        needsProduct);

    registerRhythm(registry, session.rundown());

    // Pinned comments.
    registry.add(spec("comment.pin", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Pin the selected comment"), "pin", "Ctrl+Shift+Y",
                      {{QStringLiteral("commentId"), Type::String, false, QStringLiteral("the comment's id as its platform gave it"), 0, 0, 256},
                       {QStringLiteral("comment"), Type::Object, false,
                        QStringLiteral("the comment itself {platform, id, userName, text}, for one without an id"), 0, 0, 4096}}),
                 [s](const QJsonObject &p, const Caller &) {
                     if (p.contains(QStringLiteral("comment"))) {
                         const QJsonObject c = p.value(QStringLiteral("comment")).toObject();
                         chat::ChatEvent event;
                         event.platform = c.value(QStringLiteral("platform")).toString().left(64);
                         event.id = c.value(QStringLiteral("id")).toString().left(256);
                         event.userName = c.value(QStringLiteral("userName")).toString().left(128);
                         event.text = c.value(QStringLiteral("text")).toString();
                         if (event.text.trimmed().isEmpty())
                             return ActionResult::failed(tr("a pinned comment needs its text"));
                         s->pinComment(event);
                         return ActionResult::done();
                     }
                     const QString id = p.value(QStringLiteral("commentId")).toString();
                     if (id.isEmpty())
                         return ActionResult::failed(tr("which comment? Select one first"));
                     const chat::ChatModel &chat = s->chat();
                     // Newest first: a pin is nearly always of a recent comment.
                     for (int row = chat.rowCount() - 1; row >= 0; --row) {
                         if (chat.eventAt(row).id == id) {
                             s->pinComment(chat.eventAt(row));
                             return ActionResult::done();
                         }
                     }
                     return ActionResult::failed(tr("the comment %1 is not in the chat any more").arg(id));
                 });
    registry.add(
        spec("comment.clearPin", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Clear the pinned comment"), "edit-clear", "Ctrl+Shift+U"),
        [s](const QJsonObject &, const Caller &) {
            s->clearPinnedComment();
            return ActionResult::done();
        },
        [s] { return s->hasPinnedComment() ? QString() : tr("no comment is pinned"); });

    // Lotteries and polls.
    const ActionParam preset{QStringLiteral("preset"), Type::Object, false, QStringLiteral("what to open; absent: the show's own"), 0, 0, 16 * 1024};
    registry.add(
        spec("lottery.open", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Open / close lottery entries"), "view-list-details", "Ctrl+L", {preset}),
        [s](const QJsonObject &p, const Caller &) {
            interact::LotteryController &lottery = s->lottery();
            if (lottery.state() == interact::LotteryController::State::Open) {
                lottery.close();
                return ActionResult::done({{QStringLiteral("open"), false}});
            }
            QString error;
            std::optional<interact::LotteryPreset> chosen = s->lotteryPreset();
            if (p.contains(QStringLiteral("preset")))
                chosen = interact::LotteryPreset::fromJson(p.value(QStringLiteral("preset")).toObject(), &error);
            if (!chosen || !lottery.open(*chosen, &error))
                return ActionResult::failed(error);
            return ActionResult::done({{QStringLiteral("open"), true}});
        });
    registry.add(spec("lottery.draw", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Draw the lottery"), "roll", "Ctrl+D"),
                 [s](const QJsonObject &, const Caller &) {
                     QString error;
                     return doneIf(s->lottery().draw(&error), error);
                 });
    registry.add(spec("poll.open", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Open / close the poll"), "view-statistics", "Ctrl+Shift+P", {preset}),
                 [s](const QJsonObject &p, const Caller &) {
                     interact::PollController &poll = s->poll();
                     if (poll.isOpen()) {
                         poll.close();
                         return ActionResult::done({{QStringLiteral("open"), false}});
                     }
                     if (!p.contains(QStringLiteral("preset")))
                         return ActionResult::failed(tr("a poll needs a question and its options"));
                     QString error;
                     const std::optional<interact::PollPreset> chosen = interact::PollPreset::fromJson(p.value(QStringLiteral("preset")).toObject(), &error);
                     if (!chosen || !chosen->validate(&error) || !poll.open(*chosen, &error))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("open"), true}});
                 });
    // The winners or a poll's result stay on stream until the next
    // interaction; the host or producer takes them off when the moment is over.
    registry.add(spec("interaction.clearResult", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Take the result card off"), "edit-clear", "Ctrl+Shift+C"),
                 [s](const QJsonObject &, const Caller &) {
                     if (!s->interactions().clearResult())
                         return ActionResult::failed(tr("no winners or poll result is on stream"));
                     return ActionResult::done();
                 });

    registerTeam(registry, session);
}

void ShowActions::registerTeam(actions::ActionRegistry &registry, ShowSession &session)
{
    ShowSession *s = &session;
    ProducerNotes *notes = &session.producerNotes();
    moderation::ModerationController *moderation = &session.moderation();

    // The social-proof ticker on stream.
    SalesTicker *ticker = &session.salesTicker();
    registry.add(spec("ticker.toggle", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Orders ticker on stream on/off"), "view-media-lyrics", "",
                      {{QStringLiteral("on"), Type::Boolean, false, QStringLiteral("true: on, false: off; absent: the other of what it is")}}),
                 [ticker](const QJsonObject &p, const Caller &) {
                     ticker->setEnabled(p.value(QStringLiteral("on")).toBool(!ticker->isEnabled()));
                     return ActionResult::done({{QStringLiteral("on"), ticker->isEnabled()}});
                 });

    // The producer's word to the host: a banner in the host's window, never on stream.
    registry.add(spec("host.note", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Send a note to the host"), "mail-send", "",
                      {{QStringLiteral("text"), Type::String, true, QStringLiteral("what the host should read, one line"), 0, 0, ProducerNotes::kMaxChars}}),
                 [s, notes](const QJsonObject &p, const Caller &caller) {
                     if (!notes->post(p.value(QStringLiteral("text")).toString(), caller.client, s->clock().nowMs()))
                         return ActionResult::failed(tr("the note is empty"));
                     return ActionResult::done();
                 });
    registry.add(
        spec("host.dismissNote", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Dismiss the producer's note"), "dialog-close", ""),
        [notes](const QJsonObject &, const Caller &) { return doneIf(notes->dismiss(), tr("no note is shown")); },
        [notes] { return notes->current() ? QString() : tr("no note is shown"); });

    // The buyers' questions and the review queue, by the key the show state lists them with.
    const ActionParam key{QStringLiteral("key"), Type::Integer, true, QStringLiteral("the item's key, as GetShowState lists it"), 1, 9007199254740991.0};
    registry.add(spec("question.mark", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Mark a buyer's question answered"), "dialog-ok", "",
                      {key, {QStringLiteral("state"), Type::String, false, QStringLiteral("answered (default), dismissed or open"), 0, 0, 16}}),
                 [moderation](const QJsonObject &p, const Caller &) {
                     using State = moderation::QuestionsModel::State;
                     const QString name = p.value(QStringLiteral("state")).toString(QStringLiteral("answered"));
                     static const QHash<QString, State> states{
                         {QStringLiteral("answered"), State::Answered}, {QStringLiteral("dismissed"), State::Dismissed}, {QStringLiteral("open"), State::Open}};
                     if (!states.contains(name))
                         return ActionResult::failed(tr("state must be answered, dismissed or open"));
                     const State state = states.value(name);
                     moderation::QuestionsModel &questions = moderation->questions();
                     const QModelIndex index = questions.indexOfKey(quint64(p.value(QStringLiteral("key")).toDouble()));
                     if (!index.isValid())
                         return ActionResult::failed(tr("that question is not in the list any more"));
                     questions.setState(index, state);
                     return ActionResult::done();
                 });
    auto review = [moderation](bool approve) {
        return [moderation, approve](const QJsonObject &p, const Caller &) {
            const int row = moderation->reviewQueue().rowOfKey(quint64(p.value(QStringLiteral("key")).toDouble()));
            if (row < 0)
                return ActionResult::failed(tr("that comment is not in the review queue any more"));
            if (approve)
                moderation->approve({row});
            else
                moderation->reject({row});
            return ActionResult::done();
        };
    };
    registry.add(spec("review.approve", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Approve a held comment"), "dialog-ok-apply", "", {key}),
                 review(true));
    registry.add(spec("review.reject", QT_TRANSLATE_NOOP("shopcast::show::ShowActions", "Reject a held comment"), "dialog-cancel", "", {key}), review(false));
}

} // namespace shopcast::show
