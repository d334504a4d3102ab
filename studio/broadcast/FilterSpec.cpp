#include "FilterSpec.hpp"

namespace shopcast::broadcast {

QJsonObject FilterSpec::toJson() const
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("id"), kind}, {QStringLiteral("enabled"), enabled}, {QStringLiteral("settings"), settings}};
}

FilterSpec FilterSpec::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("name")).toString(), json.value(QStringLiteral("id")).toString(), json.value(QStringLiteral("enabled")).toBool(true),
            json.value(QStringLiteral("settings")).toObject()};
}

} // namespace shopcast::broadcast
