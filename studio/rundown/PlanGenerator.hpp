#pragma once

#include "ShowPlan.hpp"

#include <QStringList>

namespace shopcast::rundown {

// Builds a plan from the lineup that follows the rule: warm-up, products at
// the pitch limit, an interlude after every block (taking the allowed kinds in
// turn), closing.
class PlanGenerator
{
public:
    struct Options
    {
        QString title;
        qint64 warmupMs = 300'000;
        qint64 closingMs = 180'000;
    };
    static ShowPlan generate(const QStringList &skus, const RhythmRule &rule, const Options &options);
};

} // namespace shopcast::rundown
