#include "ShowPlan.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace shopcast::rundown {

namespace {

bool wholePositive(const QJsonValue &v, qint64 max)
{
    return v.isDouble() && v.toDouble() > 0 && v.toDouble() <= double(max) && v.toDouble() == double(qint64(v.toDouble()));
}

} // namespace

qint64 ShowPlan::totalPlannedMs() const
{
    return plannedOffsetMs(int(slotList.size()));
}

qint64 ShowPlan::plannedOffsetMs(int slotIndex) const
{
    qint64 sum = 0;
    for (int i = 0; i < slotIndex && i < slotList.size(); ++i)
        sum += slotList.at(i).plannedMs;
    return sum;
}

std::optional<ShowPlan> ShowPlan::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ShowPlan> {
        *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return fail(ShowPlan::tr("not valid JSON (line %1: %2)").arg(line).arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(ShowPlan::tr("a show plan is a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble())
        return fail(ShowPlan::tr("\"version\" is missing"));
    if (version.toInt() > kFormatVersion)
        return fail(
            ShowPlan::tr("this plan is format version %1, written by a newer ShopCast; this build reads up to %2").arg(version.toInt()).arg(kFormatVersion));
    if (version.toInt() < 1)
        return fail(ShowPlan::tr("\"version\" must be 1"));

    ShowPlan plan;
    plan.title = root.value(QStringLiteral("title")).toString();
    const QJsonValue start = root.value(QStringLiteral("plannedStart"));
    if (start.isString()) {
        const QDateTime at = QDateTime::fromString(start.toString(), Qt::ISODate);
        if (!at.isValid())
            return fail(ShowPlan::tr("plannedStart '%1' is not an ISO-8601 date and time").arg(start.toString()));
        plan.plannedStart = at;
    } else if (!start.isNull() && !start.isUndefined()) {
        return fail(ShowPlan::tr("plannedStart must be an ISO-8601 string or null"));
    }
    const QJsonValue length = root.value(QStringLiteral("plannedSeconds"));
    if (!length.isUndefined() && !length.isNull()) {
        if (!wholePositive(length, 7 * 24 * 3600))
            return fail(ShowPlan::tr("plannedSeconds must be a positive whole number"));
        plan.plannedLengthMs = qint64(length.toDouble()) * 1000;
    }
    if (root.contains(QStringLiteral("rule"))) {
        auto rule = RhythmRule::fromJson(root.value(QStringLiteral("rule")), error);
        if (!rule)
            return std::nullopt;
        plan.rule = *rule;
    }
    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray())
        return fail(ShowPlan::tr("\"slots\" must be an array"));
    const QJsonArray array = slotsValue.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString where = QStringLiteral("slots[%1]").arg(i);
        const auto kind = SlotKinds::fromId(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(ShowPlan::tr("%1.kind '%2' is not one of %3")
                            .arg(where, o.value(QStringLiteral("kind")).toString(), SlotKinds::allIds().join(QLatin1Char('|'))));
        if (!wholePositive(o.value(QStringLiteral("plannedSeconds")), 24 * 3600))
            return fail(ShowPlan::tr("%1.plannedSeconds must be a whole number from 1 to 86400 (zero-length slots are not allowed)").arg(where));
        PlanSlot slot{*kind, qint64(o.value(QStringLiteral("plannedSeconds")).toDouble()) * 1000, o.value(QStringLiteral("sku")).toString().trimmed(),
                      o.value(QStringLiteral("notes")).toString()};
        if (slot.kind == SlotKind::Product && slot.sku.isEmpty())
            return fail(ShowPlan::tr("%1 is a product slot without a \"sku\"").arg(where));
        const QJsonValue preset = o.value(QStringLiteral("preset"));
        if (!preset.isUndefined() && !preset.isNull()) {
            if (!preset.isObject())
                return fail(ShowPlan::tr("%1.preset must be an object").arg(where));
            if (QJsonDocument(preset.toObject()).toJson(QJsonDocument::Compact).size() > kMaxPresetBytes)
                return fail(ShowPlan::tr("%1.preset is larger than %2 bytes").arg(where).arg(kMaxPresetBytes));
            slot.preset = preset.toObject();
        }
        const QJsonValue countdown = o.value(QStringLiteral("countdown"));
        if (!countdown.isUndefined() && !countdown.isBool())
            return fail(ShowPlan::tr("%1.countdown must be true or false").arg(where));
        slot.countdown = countdown.toBool(false);
        plan.slotList.append(slot);
    }
    return plan;
}

QByteArray ShowPlan::toJson() const
{
    QJsonArray array;
    for (const PlanSlot &s : slotList) {
        QJsonObject o{{QStringLiteral("kind"), SlotKinds::id(s.kind)}, {QStringLiteral("plannedSeconds"), s.plannedMs / 1000}};
        if (!s.sku.isEmpty())
            o.insert(QStringLiteral("sku"), s.sku);
        if (!s.notes.isEmpty())
            o.insert(QStringLiteral("notes"), s.notes);
        if (!s.preset.isEmpty())
            o.insert(QStringLiteral("preset"), s.preset);
        if (s.countdown)
            o.insert(QStringLiteral("countdown"), true);
        array.append(o);
    }
    QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("plannedStart"), plannedStart ? QJsonValue(plannedStart->toString(Qt::ISODateWithMs)) : QJsonValue()},
                     {QStringLiteral("rule"), rule.toJson()},
                     {QStringLiteral("slots"), array}};
    if (plannedLengthMs)
        root.insert(QStringLiteral("plannedSeconds"), *plannedLengthMs / 1000);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ShowPlan::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ShowPlan::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toJson());
    if (!file.commit()) {
        *error = ShowPlan::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<ShowPlan> ShowPlan::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ShowPlan::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto plan = fromJson(file.readAll(), &why);
    if (!plan)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return plan;
}

} // namespace shopcast::rundown
