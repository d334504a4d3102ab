#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shopcast::moderation {

// What moderation decides for one comment, least to most severe: a held
// comment may still be approved, a hidden one is refused for good, so when
// two rules disagree, hide wins over hold.
enum class Verdict { Allow, Hold, Hide, Timeout, Ban };

class Verdicts
{
    Q_DECLARE_TR_FUNCTIONS(Verdicts)
public:
    static QString id(Verdict verdict); // "allow", "hide", ...
    // What a host reads: "待审" for hold, in the UI's language.
    static QString label(Verdict verdict);
    // Why, as a host reads it: a rule id ("term:加微信", "spam:link") and the
    // matcher's detail ("folded", a host name) in the UI's language.
    static QString describe(const QString &rule, const QString &detail);
    static std::optional<Verdict> fromId(const QString &id); // case-insensitive
    static int severity(Verdict verdict) { return int(verdict); }
    // Timeout and ban also keep the comment off the chat.
    static bool reachesChat(Verdict verdict) { return verdict == Verdict::Allow; }
};

} // namespace shopcast::moderation
