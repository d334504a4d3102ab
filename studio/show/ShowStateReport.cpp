#include "ShowStateReport.hpp"

#include "ProducerNotes.hpp"
#include "LiveProductController.hpp"
#include "RundownSession.hpp"
#include "ShowSession.hpp"

#include "catalog/LineupModel.hpp"
#include "core/MonotonicClock.hpp"
#include "interact/LotteryController.hpp"
#include "interact/PollController.hpp"
#include "moderation/ModerationController.hpp"
#include "moderation/QuestionsModel.hpp"
#include "moderation/ReviewQueueModel.hpp"
#include "moderation/Verdict.hpp"
#include "rundown/RhythmClock.hpp"
#include "sales/RoomSize.hpp"

#include <QJsonArray>
#include <QMetaEnum>

namespace shopcast::show {

namespace {

QJsonObject product(const catalog::LineupModel &lineup, int row)
{
    const catalog::Product &p = lineup.productAt(row);
    QJsonObject o{{QStringLiteral("sku"), p.sku},
                  {QStringLiteral("title"), p.title.left(ShowStateReport::kMaxTextChars)},
                  {QStringLiteral("price"), p.price.toString()},
                  {QStringLiteral("livePrice"), p.effectivePrice().toString()},
                  {QStringLiteral("currency"), p.currency},
                  {QStringLiteral("soldOut"), lineup.isSoldOut(row)}};
    if (p.stock)
        o.insert(QStringLiteral("stock"), *p.stock);
    return o;
}

QJsonArray lineupJson(const catalog::LineupModel &lineup)
{
    QJsonArray out;
    for (int row = 0; row < qMin(lineup.rowCount(), ShowStateReport::kMaxLineup); ++row)
        out.append(product(lineup, row));
    return out;
}

// The next product the host would reach with "next": after the one on air, not sold out.
QJsonValue nextProduct(const catalog::LineupModel &lineup)
{
    for (int row = lineup.onAirRow() + 1; row < lineup.rowCount(); ++row)
        if (!lineup.isSoldOut(row))
            return product(lineup, row);
    return QJsonValue::Null;
}

QJsonObject rhythmJson(const rundown::RhythmClock &clock)
{
    const rundown::RhythmClock::State st = clock.state();
    const rundown::ShowPlan &plan = clock.plan();
    QJsonObject o{{QStringLiteral("started"), st.started},
                  {QStringLiteral("paused"), st.paused},
                  {QStringLiteral("finished"), st.finished},
                  {QStringLiteral("slotIndex"), st.slotIndex},
                  {QStringLiteral("slotCount"), int(plan.slotList.size())},
                  {QStringLiteral("elapsedMs"), st.elapsedMs},
                  {QStringLiteral("showElapsedMs"), st.showElapsedMs},
                  {QStringLiteral("plannedMs"), st.plannedMs},
                  {QStringLiteral("remainingMs"), st.remainingMs},
                  {QStringLiteral("level"), st.level == rundown::RhythmClock::Level::Red     ? QStringLiteral("red")
                                            : st.level == rundown::RhythmClock::Level::Amber ? QStringLiteral("amber")
                                                                                             : QStringLiteral("normal")},
                  {QStringLiteral("behindMs"), st.behindMs},
                  {QStringLiteral("productsInARow"), st.productsInARow},
                  {QStringLiteral("productsPerBlock"), plan.rule.productsPerBlock},
                  {QStringLiteral("interludeNext"), st.interludeNext},
                  {QStringLiteral("interludeDue"), st.interludeDue}};
    auto slotJson = [&plan](int index) -> QJsonValue {
        if (index < 0 || index >= plan.slotList.size())
            return QJsonValue::Null;
        const rundown::PlanSlot &slot = plan.slotList.at(index);
        return QJsonObject{
            {QStringLiteral("kind"), rundown::SlotKinds::id(slot.kind)}, {QStringLiteral("sku"), slot.sku}, {QStringLiteral("plannedMs"), slot.plannedMs}};
    };
    o.insert(QStringLiteral("slot"), slotJson(st.slotIndex));
    o.insert(QStringLiteral("nextSlot"), slotJson(st.nextSlotIndex));
    return o;
}

QJsonObject lotteryJson(const interact::LotteryController &lottery)
{
    QJsonArray winners;
    for (const interact::LotteryController::Entrant &w : lottery.winners())
        winners.append(QJsonObject{{QStringLiteral("platform"), w.platform}, {QStringLiteral("userName"), w.userName.left(64)}});
    const QMetaEnum states = QMetaEnum::fromType<interact::LotteryController::State>();
    return {{QStringLiteral("state"), QString::fromLatin1(states.valueToKey(int(lottery.state()))).toLower()},
            {QStringLiteral("commitment"), lottery.commitment()},
            {QStringLiteral("entrants"), lottery.entrantCount()},
            {QStringLiteral("remainingMs"), lottery.remainingMs()},
            {QStringLiteral("drawId"), lottery.drawId()},
            {QStringLiteral("winners"), winners}};
}

QJsonObject pollJson(const interact::PollController &poll)
{
    QJsonArray options;
    const QList<int> counts = poll.counts();
    for (int i = 0; i < poll.options().size(); ++i)
        options.append(QJsonObject{{QStringLiteral("label"), poll.options().at(i).label.left(100)}, {QStringLiteral("votes"), counts.value(i)}});
    return {{QStringLiteral("open"), poll.isOpen()},
            {QStringLiteral("question"), poll.question().left(ShowStateReport::kMaxTextChars)},
            {QStringLiteral("options"), options},
            {QStringLiteral("votes"), poll.votes()}};
}

// The newest open questions, grouped under their product as the Questions dock shows them.
QJsonObject questionsJson(const moderation::QuestionsModel &model)
{
    using Model = moderation::QuestionsModel;
    QJsonArray groups;
    int budget = ShowStateReport::kMaxQuestions;
    for (int g = model.rowCount() - 1; g >= 0 && budget > 0; --g) {
        const QModelIndex group = model.index(g, 0);
        QJsonArray items;
        for (int row = model.rowCount(group) - 1; row >= 0 && budget > 0; --row) {
            const QModelIndex q = model.index(row, Model::Text, group);
            if (q.data(Model::StateRole).toInt() != int(Model::State::Open))
                continue;
            items.prepend(QJsonObject{{QStringLiteral("key"), q.data(Model::KeyRole).toLongLong()},
                                      {QStringLiteral("text"), q.data().toString().left(ShowStateReport::kMaxTextChars)},
                                      {QStringLiteral("userName"), model.index(row, Model::User, group).data().toString().left(64)}});
            --budget;
        }
        if (!items.isEmpty())
            groups.prepend(QJsonObject{{QStringLiteral("sku"), group.data(Model::SkuRole).toString()}, {QStringLiteral("items"), items}});
    }
    return {{QStringLiteral("open"), model.openCount()}, {QStringLiteral("groups"), groups}};
}

QJsonObject reviewJson(const moderation::ReviewQueueModel &queue)
{
    QJsonArray items;
    for (int row = 0; row < qMin(queue.rowCount(), ShowStateReport::kMaxReview); ++row) {
        const moderation::ReviewQueueModel::Item &item = queue.itemAt(row);
        items.append(QJsonObject{{QStringLiteral("key"), qint64(item.key)},
                                 {QStringLiteral("userName"), item.event.userName.left(64)},
                                 {QStringLiteral("text"), item.event.text.left(ShowStateReport::kMaxTextChars)},
                                 {QStringLiteral("reason"), moderation::Verdicts::describe(item.decision.rule, item.decision.detail)}});
    }
    return {{QStringLiteral("count"), queue.rowCount()}, {QStringLiteral("items"), items}};
}

} // namespace

namespace {

// The live numbers the host and the producer watch: money as fen, integers.
QJsonObject salesJson(const SalesRoom::Figures &f, const QStringList &stockOut, const SalesTicker &ticker)
{
    QJsonObject json{{QStringLiteral("gmvCents"), f.gmvCents},
                     {QStringLiteral("ticker"), QJsonObject{{QStringLiteral("on"), ticker.isEnabled()},
                                                            {QStringLiteral("line"), ticker.current()},
                                                            {QStringLiteral("unplaced"), ticker.isUnplaced()}}},
                     {QStringLiteral("stockOut"), QJsonArray::fromStringList(stockOut)},
                     {QStringLiteral("orders"), f.orders},
                     {QStringLiteral("units"), f.units},
                     {QStringLiteral("refunds"), f.refunds},
                     {QStringLiteral("repeatedLines"), f.repeatedLines},
                     {QStringLiteral("ordersLastMinute"), f.ordersLastMinute},
                     {QStringLiteral("onAir"), QJsonObject{{QStringLiteral("sku"), f.onAirSku},
                                                           {QStringLiteral("orders"), f.onAirOrders},
                                                           {QStringLiteral("units"), f.onAirUnits},
                                                           {QStringLiteral("gmvCents"), f.onAirCents}}}};
    // The room's size only where a platform reported it: absent is unknown, not zero.
    if (f.audienceKnown)
        json.insert(QStringLiteral("room"), QJsonObject{{QStringLiteral("online"), f.online},
                                                        {QStringLiteral("viewers"), f.viewers},
                                                        {QStringLiteral("views"), f.views},
                                                        {QStringLiteral("gpmCents"), sales::RoomSize::gpmCents(f.gmvCents, f.views)}});
    return json;
}

} // namespace

QJsonObject ShowStateReport::build(ShowSession &session)
{
    catalog::LineupModel &lineup = session.lineup();
    LiveProductController &live = session.live();
    const int onAir = lineup.onAirRow();
    const std::optional<qint64> saleMs = live.flashSaleRemainingMs();
    QJsonObject sale{{QStringLiteral("running"), live.isFlashSaleRunning()}, {QStringLiteral("remainingMs"), saleMs.value_or(0)}};
    if (live.flashSalePrice())
        sale.insert(QStringLiteral("price"), live.flashSalePrice()->toString());
    const std::optional<ProducerNotes::Note> &note = session.producerNotes().current();
    return {{QStringLiteral("showRunning"), session.isRunning()},
            {QStringLiteral("showId"), session.showId()},
            {QStringLiteral("onAir"), onAir >= 0 ? QJsonValue(product(lineup, onAir)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("next"), nextProduct(lineup)},
            {QStringLiteral("lineup"), lineupJson(lineup)},
            {QStringLiteral("flashSale"), sale},
            {QStringLiteral("rhythm"), rhythmJson(session.rundown().clock())},
            {QStringLiteral("lottery"), lotteryJson(session.lottery())},
            {QStringLiteral("poll"), pollJson(session.poll())},
            {QStringLiteral("pinned"), session.hasPinnedComment() ? QJsonValue(session.pinnedComment()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("note"), note ? QJsonValue(note->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("questions"), questionsJson(session.moderation().questions())},
            {QStringLiteral("review"), reviewJson(session.moderation().reviewQueue())},
            {QStringLiteral("commentsPerMinute"), session.commentRate().lastMinute(session.clock().nowMs())},
            {QStringLiteral("sales"), salesJson(session.sales().figures(), live.stockOutPending(), session.salesTicker())}};
}

} // namespace shopcast::show
