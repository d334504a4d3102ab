#include "ModerationRules.hpp"

#include "QuestionDetector.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace shopcast::moderation {

ModerationRules ModerationRules::defaults()
{
    ModerationRules r;
    for (const char *term : {"加微信", "加我微信", "微信号", "vx", "wx", "v信", "加v信", "私聊我", "私信我", "qq群", "加群"})
        r.terms.append(TermRule::fromText(QString::fromUtf8(term), Verdict::Hold));
    for (const char *term : {"刷单", "兼职日结", "代刷", "假货", "骗子"})
        r.terms.append(TermRule::fromText(QString::fromUtf8(term), Verdict::Hide));
    r.questionKeywords = QuestionDetector::defaultKeywords();
    return r;
}

QByteArray ModerationRules::toJson() const
{
    QJsonArray termArray;
    for (const TermRule &t : terms)
        termArray.append(QJsonObject{{QStringLiteral("term"), t.toText()}, {QStringLiteral("action"), Verdicts::id(t.action)}});
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("normalizer"), normalizer.toJson()},
                           {QStringLiteral("terms"), termArray},
                           {QStringLiteral("spam"), spam.toJson()},
                           {QStringLiteral("questions"), QJsonArray::fromStringList(questionKeywords)},
                           {QStringLiteral("exemptBadges"), QJsonArray::fromStringList(exemptBadges)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ModerationRules> ModerationRules::fromJson(const QByteArray &json, QStringList *errors)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors->append(tr("not a JSON object (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > kFormatVersion) {
        errors->append(tr("format version %1 is not one this build reads (1 to %2)").arg(version).arg(kFormatVersion));
        return std::nullopt;
    }
    ModerationRules r;
    r.normalizer = NormalizerOptions::fromJson(root.value(QStringLiteral("normalizer")).toObject());
    const QJsonArray terms = root.value(QStringLiteral("terms")).toArray();
    if (terms.size() > TermList::kMaxTerms) {
        errors->append(tr("more than %1 terms").arg(TermList::kMaxTerms));
        return std::nullopt;
    }
    for (int i = 0; i < terms.size(); ++i) {
        const QJsonObject t = terms.at(i).toObject();
        const QString text = t.value(QStringLiteral("term")).toString();
        const auto action = Verdicts::fromId(t.value(QStringLiteral("action")).toString(QStringLiteral("hide")));
        if (text.trimmed().isEmpty() || text.size() > TermList::kMaxTermChars || !action || *action == Verdict::Allow) {
            errors->append(tr("term %1: needs a term of 1 to %2 characters and an action (hide, hold, timeout, ban)").arg(i + 1).arg(TermList::kMaxTermChars));
            continue;
        }
        r.terms.append(TermRule::fromText(text, *action));
    }
    r.spam = SpamSettings::fromJson(root.value(QStringLiteral("spam")).toObject(), errors);
    if (root.contains(QStringLiteral("questions"))) {
        r.questionKeywords.clear();
        for (const QJsonValue v : root.value(QStringLiteral("questions")).toArray())
            if (!v.toString().trimmed().isEmpty())
                r.questionKeywords.append(v.toString().trimmed());
    } else {
        r.questionKeywords = QuestionDetector::defaultKeywords();
    }
    if (root.contains(QStringLiteral("exemptBadges"))) {
        r.exemptBadges.clear();
        for (const QJsonValue v : root.value(QStringLiteral("exemptBadges")).toArray())
            r.exemptBadges.append(v.toString());
    }
    return r;
}

std::optional<ModerationRules> ModerationRules::load(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(tr("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > 64 * 1024 * 1024) {
        errors->append(tr("%1: larger than 64 MiB").arg(path));
        return std::nullopt;
    }
    return fromJson(file.readAll(), errors);
}

bool ModerationRules::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray data = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace shopcast::moderation
