#include "ActionSpec.hpp"

#include <QCoreApplication>
#include <QJsonArray>

namespace shopcast::actions {

QString ActionSpec::label() const
{
    return QCoreApplication::translate(labelContext, labelSource);
}

const ActionParam *ActionSpec::param(const QString &name) const
{
    for (const ActionParam &p : params)
        if (p.name == name)
            return &p;
    return nullptr;
}

QJsonObject ActionSpec::toJson() const
{
    QJsonArray list;
    for (const ActionParam &p : params)
        list.append(p.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label"), label()},
            {QStringLiteral("icon"), iconName},
            {QStringLiteral("permission"), Origins::permissionId(permission)},
            {QStringLiteral("defaultKeys"), defaultKeys},
            {QStringLiteral("params"), list}};
}

} // namespace shopcast::actions
