#pragma once

#include "AudienceSample.hpp"

#include <QList>
#include <QSqlDatabase>

namespace shopcast::sales {

// The room's size during a show (table audience_samples), read back by the
// review for GPM and UV value.
class AudienceStore
{
public:
    // Inside the caller's transaction (the storage writer's).
    static bool store(const QSqlDatabase &db, const QList<AudienceSample> &samples, qint64 showId, QString *error);
    // A show's samples in time order.
    static std::optional<QList<AudienceSample>> load(const QSqlDatabase &db, qint64 showId, QString *error);
};

} // namespace shopcast::sales
