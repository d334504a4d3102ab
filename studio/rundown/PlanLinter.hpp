#pragma once

#include <QCoreApplication>

#include "ShowPlan.hpp"

#include <QJsonObject>
#include <QList>

namespace shopcast::rundown {

struct PlanViolation
{
    enum class Kind { PitchTooLong, TooManyProductsInARow, InterludeTooShort, OverShowLength };

    Kind kind;
    int slotIndex = -1; // -1: about the whole plan
    qint64 actualMs = 0;
    qint64 limitMs = 0;
    QString message;

    static QString id(Kind kind); // "pitch_too_long", ...
    QJsonObject toJson() const;
};

// Checks a plan against its rule and marks every violation where it happens:
// pitches over the limit, more products in a row than a block allows, an
// interlude shorter than the rule's, a plan longer than the planned show.
class PlanLinter
{
    Q_DECLARE_TR_FUNCTIONS(PlanLinter)
public:
    static QList<PlanViolation> lint(const ShowPlan &plan, const RhythmRule &rule);
    static QList<PlanViolation> lint(const ShowPlan &plan) { return lint(plan, plan.rule); }
};

} // namespace shopcast::rundown
