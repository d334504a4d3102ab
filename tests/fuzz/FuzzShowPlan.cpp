// Show plan files: what reads must write and read back the same plan.
#include "FuzzTarget.hpp"

#include "rundown/PlanLinter.hpp"
#include "rundown/ShowPlan.hpp"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using shopcast::rundown::ShowPlan;
    QString error;
    const auto plan = ShowPlan::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (plan) {
        (void)shopcast::rundown::PlanLinter::lint(*plan);
        const auto again = ShowPlan::fromJson(plan->toJson(), &error);
        if (!again || !(*again == *plan))
            std::abort(); // a plan that does not survive its own file
    }
    return 0;
}
