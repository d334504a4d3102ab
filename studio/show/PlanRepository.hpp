#pragma once

#include "rundown/ShowPlan.hpp"

#include <optional>

namespace shopcast::catalog {
class CatalogDatabase;
}

namespace shopcast::show {

// The producer's current show plan, kept in the studio database in its JSON
// file form (one format to read, whether it came from a file or the editor).
class PlanRepository
{
public:
    explicit PlanRepository(catalog::CatalogDatabase &db);
    bool save(const rundown::ShowPlan &plan, QString *error);
    // The last saved plan; nothing when none was saved. A stored plan that no
    // longer parses is reported, not dropped.
    std::optional<rundown::ShowPlan> current(QString *error) const;

private:
    catalog::CatalogDatabase &m_db;
};

} // namespace shopcast::show
