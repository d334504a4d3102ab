#pragma once

#include <QString>

#include <optional>

namespace shopcast::moderation {

// What moderation decides for one comment, least to most severe: a held
// comment may still be approved, a hidden one is refused for good, so when
// two rules disagree, hide wins over hold.
enum class Verdict { Allow, Hold, Hide, Timeout, Ban };

class Verdicts
{
public:
    static QString id(Verdict verdict);                      // "allow", "hide", ...
    static std::optional<Verdict> fromId(const QString &id); // case-insensitive
    static int severity(Verdict verdict) { return int(verdict); }
    // Timeout and ban also keep the comment off the chat.
    static bool reachesChat(Verdict verdict) { return verdict == Verdict::Allow; }
};

} // namespace shopcast::moderation
