#pragma once

#include "SpamSettings.hpp"
#include "TextNormalizer.hpp"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <deque>
#include <set>
#include <optional>

struct hs_database;
struct hs_scratch;

namespace shopcast::moderation {

// The spam rules over one user's comments, on an injected clock (the comment's
// time): links outside the allowlist, contact solicitation (phone numbers,
// WeChat/QQ ids), caps, symbol and emoji floods, length, repeating oneself,
// flooding, and a first comment held for review. Keeps a little state per
// user, bounded in count.
class SpamDetector
{
public:
    struct Hit
    {
        Verdict action = Verdict::Hide;
        QString rule;   // "spam:link", "spam:flood", ...
        QString detail; // for the moderator: the link, the count ...
    };
    static constexpr int kMaxUsers = 200'000;

    explicit SpamDetector(SpamSettings settings);
    ~SpamDetector();
    SpamDetector(const SpamDetector &) = delete;
    SpamDetector &operator=(const SpamDetector &) = delete;

    const SpamSettings &settings() const { return m_settings; }
    void setSettings(const SpamSettings &settings) { m_settings = settings; }
    // userKey identifies the user across comments ("platform\x1fid").
    std::optional<Hit> check(const QString &userKey, const QString &original, const NormalizedText &text, qint64 nowMs);
    int trackedUsers() const { return int(m_users.size()); }
    // Texts (folded) a viewer is asked to type, and may type again: the open
    // lottery's keyword, the open poll's votes. Saying one twice is not a
    // repeat (the lottery and the poll count a viewer once anyway).
    void setRepeatable(std::set<std::string> folded) { m_repeatable = std::move(folded); }

    Q_DECLARE_TR_FUNCTIONS(SpamDetector)

private:
    struct UserState
    {
        std::string lastFolded;
        qint64 lastAtMs = 0;
        std::deque<qint64> recentMs;
    };
    void keepBounded(qint64 nowMs);
    std::optional<Hit> contentHit(const QString &original, const NormalizedText &text);

    SpamSettings m_settings;
    QHash<QString, UserState> m_users;
    std::set<std::string> m_repeatable;
    hs_database *m_patterns = nullptr;
    hs_scratch *m_scratch = nullptr;
};

} // namespace shopcast::moderation
