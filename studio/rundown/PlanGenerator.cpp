#include "PlanGenerator.hpp"

namespace shopcast::rundown {

ShowPlan PlanGenerator::generate(const QStringList &skus, const RhythmRule &rule, const Options &options)
{
    ShowPlan plan;
    plan.title = options.title;
    plan.rule = rule;
    if (options.warmupMs > 0)
        plan.slotList.append({SlotKind::Warmup, options.warmupMs, {}, {}});
    int interludes = 0;
    for (int i = 0; i < skus.size(); ++i) {
        plan.slotList.append({SlotKind::Product, rule.maxPitchMs, skus.at(i), {}});
        const bool blockDone = (i + 1) % rule.productsPerBlock == 0;
        const bool last = i + 1 == skus.size();
        if (blockDone && !last && !rule.interludeKinds.isEmpty())
            plan.slotList.append({rule.interludeKinds.at(interludes++ % rule.interludeKinds.size()), rule.interludeMs, {}, {}});
    }
    if (options.closingMs > 0)
        plan.slotList.append({SlotKind::Closing, options.closingMs, {}, {}});
    return plan;
}

} // namespace shopcast::rundown
