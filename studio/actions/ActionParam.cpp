#include "ActionParam.hpp"

#include <QJsonDocument>

#include <cmath>

namespace shopcast::actions {

QString ActionParam::typeId(Type type)
{
    switch (type) {
    case Type::String: return QStringLiteral("string");
    case Type::Integer: return QStringLiteral("integer");
    case Type::Number: return QStringLiteral("number");
    case Type::Boolean: return QStringLiteral("boolean");
    case Type::Object: return QStringLiteral("object");
    }
    return {};
}

QString ActionParam::check(const QJsonValue &value) const
{
    switch (type) {
    case Type::String:
        if (!value.isString())
            return tr("parameter \"%1\" must be text").arg(name);
        if (value.toString().size() > maxLength)
            return tr("parameter \"%1\" is longer than %2 characters").arg(name).arg(maxLength);
        return {};
    case Type::Boolean:
        if (!value.isBool())
            return tr("parameter \"%1\" must be true or false").arg(name);
        return {};
    case Type::Object:
        if (!value.isObject())
            return tr("parameter \"%1\" must be a JSON object").arg(name);
        if (QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size() > maxLength)
            return tr("parameter \"%1\" is larger than %2 bytes").arg(name).arg(maxLength);
        return {};
    case Type::Integer:
    case Type::Number: {
        if (!value.isDouble())
            return tr("parameter \"%1\" must be a number").arg(name);
        const double v = value.toDouble();
        if (type == Type::Integer && (!std::isfinite(v) || std::trunc(v) != v))
            return tr("parameter \"%1\" must be a whole number").arg(name);
        if (minimum != maximum && (v < minimum || v > maximum))
            return tr("parameter \"%1\" must be from %2 to %3").arg(name).arg(minimum).arg(maximum);
        return {};
    }
    }
    return {};
}

QJsonObject ActionParam::toJson() const
{
    QJsonObject out{{QStringLiteral("name"), name},
                    {QStringLiteral("type"), typeId(type)},
                    {QStringLiteral("required"), required},
                    {QStringLiteral("description"), description}};
    if ((type == Type::Integer || type == Type::Number) && minimum != maximum) {
        out.insert(QStringLiteral("minimum"), minimum);
        out.insert(QStringLiteral("maximum"), maximum);
    }
    if (type == Type::String || type == Type::Object)
        out.insert(QStringLiteral("maxLength"), maxLength);
    return out;
}

} // namespace shopcast::actions
