#include "TermRule.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace shopcast::moderation {

QString TermRule::id() const
{
    return (kind == Kind::Regex ? QStringLiteral("regex:") : QStringLiteral("term:")) + pattern;
}

TermRule TermRule::fromText(const QString &text, Verdict action)
{
    TermRule rule;
    rule.action = action;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("re:"))) {
        rule.kind = Kind::Regex;
        rule.pattern = t.mid(3);
    } else {
        rule.kind = t.contains(QLatin1Char('*')) || t.contains(QLatin1Char('?')) ? Kind::Wildcard : Kind::Literal;
        rule.pattern = t;
    }
    return rule;
}

QString TermRule::toText() const
{
    return kind == Kind::Regex ? QStringLiteral("re:") + pattern : pattern;
}

QList<TermRule> TermList::parse(const QByteArray &data, bool csv, Verdict defaultAction, QStringList *errors)
{
    QList<TermRule> rules;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray raw = lines.at(n);
        if (n == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3);
        const QString line = QString(utf8.decode(raw)).trimmed();
        if (utf8.hasError()) {
            errors->append(tr("line %1: not UTF-8").arg(n + 1));
            utf8.resetState();
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString term = line;
        Verdict action = defaultAction;
        if (csv) {
            // The last comma splits term and action, so a term may contain commas.
            const qsizetype comma = line.lastIndexOf(QLatin1Char(','));
            if (comma > 0) {
                const QString actionText = line.mid(comma + 1).trimmed();
                term = line.left(comma).trimmed();
                if (term.startsWith(QLatin1Char('"')) && term.endsWith(QLatin1Char('"')) && term.size() >= 2)
                    term = term.mid(1, term.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
                const auto parsed = Verdicts::fromId(actionText);
                if (!parsed || *parsed == Verdict::Allow) {
                    if (n == 0 && actionText.compare(QLatin1String("action"), Qt::CaseInsensitive) == 0)
                        continue; // header
                    errors->append(tr("line %1: '%2' is not an action (hide, hold, timeout or ban)").arg(n + 1).arg(actionText.left(40)));
                    continue;
                }
                action = *parsed;
            }
        }
        if (term.size() > kMaxTermChars) {
            errors->append(tr("line %1: a term is at most %2 characters").arg(n + 1).arg(kMaxTermChars));
            continue;
        }
        if (rules.size() >= kMaxTerms) {
            errors->append(tr("line %1: more than %2 terms; the rest is ignored").arg(n + 1).arg(kMaxTerms));
            break;
        }
        rules.append(TermRule::fromText(term, action));
    }
    return rules;
}

QList<TermRule> TermList::load(const QString &path, Verdict defaultAction, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(tr("%1: %2").arg(path, file.errorString()));
        return {};
    }
    if (file.size() > 64 * 1024 * 1024) {
        errors->append(tr("%1: larger than 64 MiB").arg(path));
        return {};
    }
    return parse(file.readAll(), path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive), defaultAction, errors);
}

QByteArray TermList::toCsv(const QList<TermRule> &rules)
{
    QByteArray out = "term,action\n";
    for (const TermRule &r : rules) {
        QString term = r.toText();
        if (term.contains(QLatin1Char(',')) || term.contains(QLatin1Char('"')))
            term = QLatin1Char('"') + term.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        out += term.toUtf8() + ',' + Verdicts::id(r.action).toUtf8() + '\n';
    }
    return out;
}

} // namespace shopcast::moderation
