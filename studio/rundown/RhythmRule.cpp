#include "RhythmRule.hpp"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace shopcast::rundown {

namespace {} // namespace

RhythmRule RhythmRule::preset332()
{
    return RhythmRule{};
}

RhythmRule RhythmRule::preset322()
{
    RhythmRule r;
    r.name = QStringLiteral("322");
    r.productsPerBlock = 2;
    return r;
}

std::optional<RhythmRule> RhythmRule::fromJson(const QJsonValue &value, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<RhythmRule> {
        *error = why;
        return std::nullopt;
    };
    if (value.isString()) {
        if (value.toString() == QLatin1String("322"))
            return preset322();
        if (value.toString() == QLatin1String("332"))
            return preset332();
        return fail(RhythmRule::tr("rule '%1' is not a preset: use \"322\", \"332\" or an object").arg(value.toString()));
    }
    if (!value.isObject())
        return fail(RhythmRule::tr("rule must be \"322\", \"332\" or an object"));
    const QJsonObject o = value.toObject();
    RhythmRule r;
    r.name = QStringLiteral("custom");
    auto positive = [&](const char *key, double fallback, double max, double *out) -> bool {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            *out = fallback;
            return true;
        }
        if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > max || v.toDouble() != double(qint64(v.toDouble()))) {
            *error = RhythmRule::tr("rule.%1 must be a whole number from 1 to %2").arg(QLatin1String(key)).arg(max);
            return false;
        }
        *out = v.toDouble();
        return true;
    };
    double pitch = 0, block = 0, interlude = 0, amber = 0, red = 0;
    if (!positive("maxPitchSeconds", 180, 24 * 3600, &pitch) || !positive("productsPerBlock", 3, 1000, &block)
        || !positive("interludeSeconds", 120, 24 * 3600, &interlude) || !positive("amberPercent", 80, 1000, &amber) || !positive("redPercent", 100, 1000, &red))
        return std::nullopt;
    if (amber >= red)
        return fail(RhythmRule::tr("rule.amberPercent must be below rule.redPercent"));
    r.maxPitchMs = qint64(pitch) * 1000;
    r.productsPerBlock = int(block);
    r.interludeMs = qint64(interlude) * 1000;
    r.amberPercent = int(amber);
    r.redPercent = int(red);
    if (o.contains(QStringLiteral("interludeKinds"))) {
        r.interludeKinds.clear();
        for (const QJsonValue k : o.value(QStringLiteral("interludeKinds")).toArray()) {
            const auto kind = SlotKinds::fromId(k.toString());
            if (!kind || *kind == SlotKind::Product)
                return fail(RhythmRule::tr("rule.interludeKinds: '%1' is not an interlude kind").arg(k.toString()));
            r.interludeKinds.append(*kind);
        }
        if (r.interludeKinds.isEmpty())
            return fail(RhythmRule::tr("rule.interludeKinds must name at least one kind"));
    }
    for (const RhythmRule &preset : {preset322(), preset332()}) {
        RhythmRule named = r;
        named.name = preset.name;
        if (named == preset)
            return preset;
    }
    return r;
}

QJsonValue RhythmRule::toJson() const
{
    if (*this == preset322() || *this == preset332())
        return name;
    QJsonArray kinds;
    for (SlotKind k : interludeKinds)
        kinds.append(SlotKinds::id(k));
    return QJsonObject{{QStringLiteral("maxPitchSeconds"), maxPitchMs / 1000},   {QStringLiteral("productsPerBlock"), productsPerBlock},
                       {QStringLiteral("interludeSeconds"), interludeMs / 1000}, {QStringLiteral("interludeKinds"), kinds},
                       {QStringLiteral("amberPercent"), amberPercent},           {QStringLiteral("redPercent"), redPercent}};
}

} // namespace shopcast::rundown
