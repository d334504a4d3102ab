#include "PlanRepository.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::show {

PlanRepository::PlanRepository(storage::Database &db)
    : m_db(db)
{}

void PlanRepository::save(const rundown::ShowPlan &plan)
{
    m_saved = plan;
    m_db.writer().submit(
        [title = plan.title.isNull() ? QStringLiteral("") : plan.title, json = QString::fromUtf8(plan.toJson()),
         updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)](QSqlDatabase &db, QString *error) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO show_plans (title, plan_json, updated_at) VALUES (?, ?, ?)"));
            q.addBindValue(title);
            q.addBindValue(json);
            q.addBindValue(updatedAt);
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("show plan"));
}

std::optional<rundown::ShowPlan> PlanRepository::current(QString *error) const
{
    if (m_saved)
        return m_saved;
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
