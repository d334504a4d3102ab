#include "PluginSetting.hpp"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace shopcast::chat {

namespace {

QString localized(const QJsonObject &texts, const QLocale &locale, const QString &fallback)
{
    for (const QString &name : {locale.name(), locale.name().section(QLatin1Char('_'), 0, 0), QStringLiteral("en")})
        if (texts.contains(name))
            return texts.value(name).toString();
    return fallback;
}

QJsonObject textOrObject(const QJsonValue &v)
{
    if (v.isString())
        return {{QStringLiteral("en"), v.toString()}};
    return v.toObject();
}

} // namespace

QString PluginSetting::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text: return QStringLiteral("text");
    case Kind::Integer: return QStringLiteral("integer");
    case Kind::Number: return QStringLiteral("number");
    case Kind::Boolean: return QStringLiteral("boolean");
    case Kind::File: return QStringLiteral("file");
    case Kind::Choice: return QStringLiteral("choice");
    }
    return {};
}

std::optional<PluginSetting> PluginSetting::fromJson(const QJsonObject &json, QString *error)
{
    PluginSetting s;
    s.key = json.value(QStringLiteral("key")).toString();
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,63}$"));
    if (!keyPattern.match(s.key).hasMatch()) {
        *error = tr("a setting needs a key of letters, digits and _ (got '%1')").arg(s.key);
        return std::nullopt;
    }
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("text"));
    bool known = false;
    for (Kind k : {Kind::Text, Kind::Integer, Kind::Number, Kind::Boolean, Kind::File, Kind::Choice})
        if (kindName(k) == kind) {
            s.kind = k;
            known = true;
        }
    if (!known) {
        *error = tr("setting '%1' has an unknown kind '%2'").arg(s.key, kind);
        return std::nullopt;
    }
    s.label = textOrObject(json.value(QStringLiteral("label")));
    s.help = textOrObject(json.value(QStringLiteral("help")));
    s.secret = json.value(QStringLiteral("secret")).toBool(false);
    s.required = json.value(QStringLiteral("required")).toBool(false);
    s.advanced = json.value(QStringLiteral("advanced")).toBool(false);
    s.defaultValue = json.value(QStringLiteral("default"));
    if (json.contains(QStringLiteral("min")))
        s.min = json.value(QStringLiteral("min")).toDouble();
    if (json.contains(QStringLiteral("max")))
        s.max = json.value(QStringLiteral("max")).toDouble();
    s.pattern = json.value(QStringLiteral("pattern")).toString();
    if (!s.pattern.isEmpty() && !QRegularExpression(s.pattern).isValid()) {
        *error = tr("setting '%1' has an invalid pattern").arg(s.key);
        return std::nullopt;
    }
    for (const QJsonValue c : json.value(QStringLiteral("choices")).toArray())
        s.choices.append(c.toString());
    if (s.kind == Kind::Choice && s.choices.isEmpty()) {
        *error = tr("choice setting '%1' lists no choices").arg(s.key);
        return std::nullopt;
    }
    s.generate = json.value(QStringLiteral("generate")).toString();
    if (s.secret && !s.defaultValue.isUndefined() && !s.defaultValue.toString().isEmpty()) {
        *error = tr("secret setting '%1' cannot have a default").arg(s.key);
        return std::nullopt;
    }
    return s;
}

QString PluginSetting::labelFor(const QLocale &locale) const
{
    return localized(label, locale, key);
}

QString PluginSetting::helpFor(const QLocale &locale) const
{
    return localized(help, locale, {});
}

std::optional<QJsonValue> PluginSetting::check(const QJsonValue &value, QString *error) const
{
    auto fail = [&](const QString &why) {
        *error = tr("%1: %2").arg(key, why);
        return std::nullopt;
    };
    const bool empty = value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
    if (empty) {
        if (required)
            return fail(tr("required"));
        return defaultValue.isUndefined() ? QJsonValue() : defaultValue;
    }
    switch (kind) {
    case Kind::Integer:
    case Kind::Number: {
        double number = 0;
        if (value.isDouble()) {
            number = value.toDouble();
        } else if (value.isString()) {
            bool ok = false;
            number = value.toString().trimmed().toDouble(&ok);
            if (!ok)
                return fail(tr("'%1' is not a number").arg(value.toString().left(40)));
        } else {
            return fail(tr("a number is expected"));
        }
        if (!std::isfinite(number))
            return fail(tr("a finite number is expected"));
        if (kind == Kind::Integer && number != std::floor(number))
            return fail(tr("a whole number is expected"));
        if ((min && number < *min) || (max && number > *max))
            return fail(tr("%1 is outside %2 … %3").arg(number).arg(min.value_or(-1e300)).arg(max.value_or(1e300)));
        return QJsonValue(number);
    }
    case Kind::Boolean:
        if (value.isBool())
            return value;
        if (value.isString() && (value.toString() == QLatin1String("true") || value.toString() == QLatin1String("false")))
            return QJsonValue(value.toString() == QLatin1String("true"));
        return fail(tr("true or false is expected"));
    case Kind::Choice:
        if (!choices.contains(value.toString()))
            return fail(tr("one of %1 is expected").arg(choices.join(QStringLiteral(", "))));
        return QJsonValue(value.toString());
    case Kind::Text:
    case Kind::File: {
        if (!value.isString())
            return fail(tr("text is expected"));
        const QString text = value.toString().trimmed();
        if (text.size() > 4096)
            return fail(tr("longer than 4,096 characters"));
        if (!pattern.isEmpty() && !QRegularExpression(pattern).match(text).hasMatch())
            return fail(tr("'%1' is not in the expected form").arg(secret ? QStringLiteral("…") : text.left(40)));
        return QJsonValue(text);
    }
    }
    return value;
}

} // namespace shopcast::chat
