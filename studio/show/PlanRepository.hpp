#pragma once

#include "rundown/ShowPlan.hpp"

#include <optional>

namespace shopcast::storage {
class Database;
}

namespace shopcast::show {

// The producer's current show plan, kept in the studio database in its JSON
// file form (one format to read, whether it came from a file or the editor).
class PlanRepository
{
public:
    explicit PlanRepository(storage::Database &db);
    // Committed by the storage writer (the producer may save during a show);
    // a failure reaches the writer's writeFailed.
    void save(const rundown::ShowPlan &plan);
    // The last saved plan; nothing when none was saved. A stored plan that no
    // longer parses is reported, not dropped. A plan saved by this object is
    // answered from memory: its write may still be in the writer's queue.
    std::optional<rundown::ShowPlan> current(QString *error) const;

private:
    storage::Database &m_db;
    std::optional<rundown::ShowPlan> m_saved;
};

} // namespace shopcast::show
