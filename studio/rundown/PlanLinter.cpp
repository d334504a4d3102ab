#include "PlanLinter.hpp"

#include <QCoreApplication>

namespace shopcast::rundown {

namespace {

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString PlanViolation::id(Kind kind)
{
    switch (kind) {
    case Kind::PitchTooLong: return QStringLiteral("pitch_too_long");
    case Kind::TooManyProductsInARow: return QStringLiteral("too_many_products_in_a_row");
    case Kind::InterludeTooShort: return QStringLiteral("interlude_too_short");
    case Kind::OverShowLength: return QStringLiteral("over_show_length");
    }
    return {};
}

QJsonObject PlanViolation::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), id(kind)}, {QStringLiteral("message"), message}};
    o.insert(QStringLiteral("slot"), slotIndex >= 0 ? QJsonValue(slotIndex) : QJsonValue());
    if (kind == Kind::TooManyProductsInARow) {
        o.insert(QStringLiteral("products"), actualMs);
        o.insert(QStringLiteral("limit"), limitMs);
    } else {
        o.insert(QStringLiteral("plannedSeconds"), actualMs / 1000);
        o.insert(QStringLiteral("limitSeconds"), limitMs / 1000);
    }
    return o;
}

QList<PlanViolation> PlanLinter::lint(const ShowPlan &plan, const RhythmRule &rule)
{
    QList<PlanViolation> out;
    int productsInARow = 0;
    for (int i = 0; i < plan.slotList.size(); ++i) {
        const PlanSlot &slot = plan.slotList.at(i);
        if (slot.kind == SlotKind::Product) {
            if (slot.plannedMs > rule.maxPitchMs)
                out.append({PlanViolation::Kind::PitchTooLong, i, slot.plannedMs, rule.maxPitchMs,
                            PlanLinter::tr("slot %1: the pitch of %2 is planned for %3, over the %4 limit")
                                .arg(i + 1)
                                .arg(slot.sku, clock(slot.plannedMs), clock(rule.maxPitchMs))});
            if (++productsInARow == rule.productsPerBlock + 1)
                out.append({PlanViolation::Kind::TooManyProductsInARow, i, productsInARow, rule.productsPerBlock,
                            PlanLinter::tr("slot %1: %2 products in a row; the rule wants an interlude after every %3")
                                .arg(i + 1)
                                .arg(productsInARow)
                                .arg(rule.productsPerBlock)});
        } else if (rule.isInterlude(slot.kind)) {
            productsInARow = 0;
            if (slot.plannedMs < rule.interludeMs)
                out.append({PlanViolation::Kind::InterludeTooShort, i, slot.plannedMs, rule.interludeMs,
                            PlanLinter::tr("slot %1: the %2 lasts %3, shorter than the %4 interlude the rule asks for")
                                .arg(i + 1)
                                .arg(SlotKinds::label(slot.kind), clock(slot.plannedMs), clock(rule.interludeMs))});
        }
        // Other slots (warm-up, Q&A, break, closing) neither count as products
        // nor reset the block: viewers still waited for the interlude.
    }
    if (plan.plannedLengthMs && plan.totalPlannedMs() > *plan.plannedLengthMs)
        out.append(
            {PlanViolation::Kind::OverShowLength, -1, plan.totalPlannedMs(), *plan.plannedLengthMs,
             PlanLinter::tr("the slots add up to %1, over the planned show length of %2").arg(clock(plan.totalPlannedMs()), clock(*plan.plannedLengthMs))});
    return out;
}

} // namespace shopcast::rundown
