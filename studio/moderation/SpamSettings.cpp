#include "SpamSettings.hpp"

#include <QCoreApplication>
#include <QJsonArray>

namespace shopcast::moderation {

namespace {

QJsonObject ruleJson(const SpamSettings::Rule &rule, QJsonObject extra = {})
{
    extra.insert(QStringLiteral("enabled"), rule.enabled);
    extra.insert(QStringLiteral("action"), Verdicts::id(rule.action));
    return extra;
}

SpamSettings::Rule readRule(const QJsonObject &json, const QString &name, SpamSettings::Rule fallback, QStringList *errors)
{
    const QJsonObject o = json.value(name).toObject();
    SpamSettings::Rule r = fallback;
    r.enabled = o.value(QStringLiteral("enabled")).toBool(fallback.enabled);
    if (o.contains(QStringLiteral("action"))) {
        const auto v = Verdicts::fromId(o.value(QStringLiteral("action")).toString());
        if (v && *v != Verdict::Allow)
            r.action = *v;
        else
            errors->append(SpamSettings::tr("%1: '%2' is not an action").arg(name, o.value(QStringLiteral("action")).toString()));
    }
    return r;
}

template<typename T>
T readNumber(const QJsonObject &json, const QString &rule, const QString &key, T fallback, double min, double max, QStringList *errors)
{
    const QJsonValue v = json.value(rule).toObject().value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!(d >= min && d <= max)) {
        errors->append(SpamSettings::tr("%1.%2: must be between %3 and %4").arg(rule, key).arg(min).arg(max));
        return fallback;
    }
    return T(d);
}

} // namespace

QJsonObject SpamSettings::toJson() const
{
    return {
        {QStringLiteral("links"), ruleJson(links, {{QStringLiteral("allow"), QJsonArray::fromStringList(allowedDomains)}})},
        {QStringLiteral("contact"), ruleJson(contact)},
        {QStringLiteral("caps"), ruleJson(caps, {{QStringLiteral("minLetters"), capsMinLetters}, {QStringLiteral("maxRatio"), capsMaxRatio}})},
        {QStringLiteral("symbols"), ruleJson(symbols, {{QStringLiteral("minChars"), symbolsMinChars}, {QStringLiteral("maxRatio"), symbolsMaxRatio}})},
        {QStringLiteral("emoji"), ruleJson(emoji, {{QStringLiteral("max"), emojiMax}})},
        {QStringLiteral("length"), ruleJson(length, {{QStringLiteral("max"), lengthMax}})},
        {QStringLiteral("repeat"), ruleJson(repeat, {{QStringLiteral("windowMs"), repeatWindowMs}})},
        {QStringLiteral("flood"), ruleJson(flood, {{QStringLiteral("messages"), floodMessages}, {QStringLiteral("windowMs"), floodWindowMs}})},
        {QStringLiteral("firstTime"), ruleJson(firstTime)},
        {QStringLiteral("escalation"), QJsonObject{{QStringLiteral("enabled"), escalate},
                                                   {QStringLiteral("windowMs"), escalationWindowMs},
                                                   {QStringLiteral("timeoutAfter"), timeoutAfter},
                                                   {QStringLiteral("banAfter"), banAfter},
                                                   {QStringLiteral("timeoutMs"), timeoutMs}}},
    };
}

SpamSettings SpamSettings::fromJson(const QJsonObject &json, QStringList *errors)
{
    SpamSettings s;
    const QString L = QStringLiteral("links"), C = QStringLiteral("caps"), S = QStringLiteral("symbols"), E = QStringLiteral("emoji"),
                  N = QStringLiteral("length"), R = QStringLiteral("repeat"), F = QStringLiteral("flood"), X = QStringLiteral("escalation");
    s.links = readRule(json, L, s.links, errors);
    if (json.value(L).toObject().contains(QStringLiteral("allow"))) {
        s.allowedDomains.clear();
        for (const QJsonValue d : json.value(L).toObject().value(QStringLiteral("allow")).toArray())
            if (!d.toString().trimmed().isEmpty())
                s.allowedDomains.append(d.toString().trimmed().toLower());
    }
    s.contact = readRule(json, QStringLiteral("contact"), s.contact, errors);
    s.caps = readRule(json, C, s.caps, errors);
    s.capsMinLetters = readNumber(json, C, QStringLiteral("minLetters"), s.capsMinLetters, 1, 10000, errors);
    s.capsMaxRatio = readNumber(json, C, QStringLiteral("maxRatio"), s.capsMaxRatio, 0, 1, errors);
    s.symbols = readRule(json, S, s.symbols, errors);
    s.symbolsMinChars = readNumber(json, S, QStringLiteral("minChars"), s.symbolsMinChars, 1, 10000, errors);
    s.symbolsMaxRatio = readNumber(json, S, QStringLiteral("maxRatio"), s.symbolsMaxRatio, 0, 1, errors);
    s.emoji = readRule(json, E, s.emoji, errors);
    s.emojiMax = readNumber(json, E, QStringLiteral("max"), s.emojiMax, 0, 10000, errors);
    s.length = readRule(json, N, s.length, errors);
    s.lengthMax = readNumber(json, N, QStringLiteral("max"), s.lengthMax, 1, 1'000'000, errors);
    s.repeat = readRule(json, R, s.repeat, errors);
    s.repeatWindowMs = readNumber(json, R, QStringLiteral("windowMs"), s.repeatWindowMs, 0, 86'400'000, errors);
    s.flood = readRule(json, F, s.flood, errors);
    s.floodMessages = readNumber(json, F, QStringLiteral("messages"), s.floodMessages, 1, 10000, errors);
    s.floodWindowMs = readNumber(json, F, QStringLiteral("windowMs"), s.floodWindowMs, 1, 86'400'000, errors);
    s.firstTime = readRule(json, QStringLiteral("firstTime"), s.firstTime, errors);
    const QJsonObject x = json.value(X).toObject();
    s.escalate = x.value(QStringLiteral("enabled")).toBool(s.escalate);
    s.escalationWindowMs = readNumber(json, X, QStringLiteral("windowMs"), s.escalationWindowMs, 1, 86'400'000, errors);
    s.timeoutAfter = readNumber(json, X, QStringLiteral("timeoutAfter"), s.timeoutAfter, 0, 10000, errors);
    s.banAfter = readNumber(json, X, QStringLiteral("banAfter"), s.banAfter, 0, 10000, errors);
    s.timeoutMs = readNumber(json, X, QStringLiteral("timeoutMs"), s.timeoutMs, 1000, 86'400'000LL * 30, errors);
    return s;
}

} // namespace shopcast::moderation
