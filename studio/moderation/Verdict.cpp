#include "Verdict.hpp"

#include <QHash>

namespace shopcast::moderation {

QString Verdicts::id(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allow: return QStringLiteral("allow");
    case Verdict::Hide: return QStringLiteral("hide");
    case Verdict::Hold: return QStringLiteral("hold");
    case Verdict::Timeout: return QStringLiteral("timeout");
    case Verdict::Ban: return QStringLiteral("ban");
    }
    return {};
}

QString Verdicts::label(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allow: return tr("allow");
    case Verdict::Hide: return tr("hide");
    case Verdict::Hold: return tr("hold for review");
    case Verdict::Timeout: return tr("mute for a while");
    case Verdict::Ban: return tr("ban");
    }
    return {};
}

QString Verdicts::describe(const QString &rule, const QString &detail)
{
    // How a banned term was found, when it was not written as listed.
    const auto form = [](const QString &d) -> QString {
        if (d == QLatin1String("folded"))
            return tr("written another way");
        if (d == QLatin1String("skeleton"))
            return tr("look-alike characters");
        if (d == QLatin1String("pinyin"))
            return tr("in pinyin");
        if (d == QLatin1String("plain"))
            return tr("as written");
        return d;
    };
    if (rule.startsWith(QLatin1String("term:")))
        return tr("banned term “%1” (%2)").arg(rule.mid(5), form(detail));
    if (rule.startsWith(QLatin1String("regex:")))
        return tr("banned pattern %1 (%2)").arg(rule.mid(6), form(detail));
    static const QHash<QString, const char *> spam{
        {QStringLiteral("spam:caps"), QT_TR_NOOP("shouting in capitals")},
        {QStringLiteral("spam:contact"), QT_TR_NOOP("contact details")},
        {QStringLiteral("spam:emoji"), QT_TR_NOOP("too many emoji")},
        {QStringLiteral("spam:first-time"), QT_TR_NOOP("first comment")},
        {QStringLiteral("spam:flood"), QT_TR_NOOP("too many comments at once")},
        {QStringLiteral("spam:length"), QT_TR_NOOP("too long")},
        {QStringLiteral("spam:link"), QT_TR_NOOP("a link")},
        {QStringLiteral("spam:repeat"), QT_TR_NOOP("the same comment again")},
        {QStringLiteral("spam:symbols"), QT_TR_NOOP("mostly symbols")},
    };
    const auto it = spam.constFind(rule);
    const QString what = it == spam.cend() ? rule : tr(*it);
    return detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
}

std::optional<Verdict> Verdicts::fromId(const QString &id)
{
    for (Verdict v : {Verdict::Allow, Verdict::Hold, Verdict::Hide, Verdict::Timeout, Verdict::Ban})
        if (Verdicts::id(v).compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

} // namespace shopcast::moderation
