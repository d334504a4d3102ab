#include "PollPreset.hpp"

#include <QJsonArray>

namespace shopcast::interact {

QJsonObject PollPreset::toJson() const
{
    QJsonArray list;
    for (const PollOption &o : options)
        list.append(QJsonObject{{QStringLiteral("label"), o.label}, {QStringLiteral("keywords"), QJsonArray::fromStringList(o.keywords)}});
    return {{QStringLiteral("question"), question},
            {QStringLiteral("options"), list},
            {QStringLiteral("policy"), policy == PollPolicy::LastVote ? QStringLiteral("last") : QStringLiteral("first")}};
}

std::optional<PollPreset> PollPreset::fromJson(const QJsonObject &json, QString *error)
{
    PollPreset p;
    p.question = json.value(QStringLiteral("question")).toString();
    for (const QJsonValue v : json.value(QStringLiteral("options")).toArray()) {
        PollOption o;
        o.label = v.toObject().value(QStringLiteral("label")).toString();
        for (const QJsonValue k : v.toObject().value(QStringLiteral("keywords")).toArray())
            o.keywords.append(k.toString());
        p.options.append(o);
        if (p.options.size() > 6)
            break; // validate() names the problem; never read an unbounded list
    }
    const QString policy = json.value(QStringLiteral("policy")).toString(QStringLiteral("first"));
    if (policy != QLatin1String("first") && policy != QLatin1String("last")) {
        *error = tr("policy must be \"first\" or \"last\"");
        return std::nullopt;
    }
    p.policy = policy == QLatin1String("last") ? PollPolicy::LastVote : PollPolicy::FirstVote;
    if (!p.validate(error))
        return std::nullopt;
    return p;
}

bool PollPreset::validate(QString *error) const
{
    if (question.size() > 200) {
        *error = tr("the question has at most 200 characters");
        return false;
    }
    if (options.size() < 2 || options.size() > 6) {
        *error = tr("a poll has 2 to 6 options");
        return false;
    }
    for (const PollOption &o : options) {
        if (o.label.trimmed().isEmpty() || o.label.size() > 40 || o.keywords.isEmpty() || o.keywords.size() > 10) {
            *error = tr("every option needs a label (up to 40 characters) and 1 to 10 keywords");
            return false;
        }
    }
    return true;
}

QList<PollOption> PollPreset::parseOptions(const QString &text)
{
    QList<PollOption> options;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        PollOption o;
        o.label = line.section(QLatin1Char('='), 0, 0).trimmed();
        for (const QString &k : line.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!k.trimmed().isEmpty())
                o.keywords.append(k.trimmed());
        if (!o.label.isEmpty() || !o.keywords.isEmpty())
            options.append(o);
    }
    return options;
}

QString PollPreset::formatOptions(const QList<PollOption> &options)
{
    QStringList lines;
    for (const PollOption &o : options)
        lines.append(o.label + QStringLiteral(" = ") + o.keywords.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace shopcast::interact
