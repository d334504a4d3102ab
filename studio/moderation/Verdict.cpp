#include "Verdict.hpp"

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

std::optional<Verdict> Verdicts::fromId(const QString &id)
{
    for (Verdict v : {Verdict::Allow, Verdict::Hold, Verdict::Hide, Verdict::Timeout, Verdict::Ban})
        if (Verdicts::id(v).compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

} // namespace shopcast::moderation
