#include "PlanRepository.hpp"

#include "catalog/CatalogDatabase.hpp"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::show {

PlanRepository::PlanRepository(catalog::CatalogDatabase &db)
    : m_db(db)
{
}

bool PlanRepository::save(const rundown::ShowPlan &plan, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO show_plans (title, plan_json, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(plan.title.isNull() ? QStringLiteral("") : plan.title);
    q.addBindValue(QString::fromUtf8(plan.toJson()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<rundown::ShowPlan> PlanRepository::current(QString *error) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT plan_json FROM show_plans ORDER BY id DESC LIMIT 1")) || !q.next())
        return std::nullopt;
    QString why;
    auto plan = rundown::ShowPlan::fromJson(q.value(0).toString().toUtf8(), &why);
    if (!plan && error)
        *error = why;
    return plan;
}

} // namespace shopcast::show
