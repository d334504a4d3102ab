#pragma once

#include "SpamSettings.hpp"
#include "TextNormalizer.hpp"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace shopcast::moderation {

// The spam rules over one user's comments, on an injected clock (the comment's
// time): links outside the allowlist, contact solicitation (phone numbers,
// WeChat/QQ ids), caps, symbol and emoji floods, length, repeating oneself,
// flooding, and a first comment held for review. Per user it keeps little:
// who has spoken at all (8 bytes, for the first-comment rule: a show of a
// few hundred thousand viewers is millions of bytes, not hundreds of
// millions), and for those heard within the rules' windows their last text
// (a 64-bit hash: equal or not is all the repeat rule asks) and their recent
// times (at most the flood rule's count). Users quiet longer than every
// window are forgotten but for the first.
class SpamDetector
{
public:
    struct Hit
    {
        Verdict action = Verdict::Hide;
        QString rule;   // "spam:link", "spam:flood", ...
        QString detail; // for the moderator: the link, the count ...
    };
    static constexpr int kMaxUsers = 200'000;       // heard within the windows
    static constexpr int kMaxSeenUsers = 2'000'000; // heard at all (the first-comment rule)

    explicit SpamDetector(SpamSettings settings);
    ~SpamDetector();
    SpamDetector(const SpamDetector &) = delete;
    SpamDetector &operator=(const SpamDetector &) = delete;

    const SpamSettings &settings() const { return m_settings; }
    void setSettings(const SpamSettings &settings) { m_settings = settings; }
    // userKey identifies the user across comments ("platform\x1fid").
    std::optional<Hit> check(const QString &userKey, const QString &original, const NormalizedText &text, qint64 nowMs);
    int trackedUsers() const { return int(m_users.size()); }
    int seenUsers() const { return int(m_seen.size()); }
    // Texts (folded) a viewer is asked to type, and may type again: the open
    // lottery's keyword, the open poll's votes. Saying one twice is not a
    // repeat (the lottery and the poll count a viewer once anyway).
    void setRepeatable(std::set<std::string> folded) { m_repeatable = std::move(folded); }

    Q_DECLARE_TR_FUNCTIONS(SpamDetector)

private:
    struct UserState
    {
        size_t lastFoldedHash = 0;
        qint64 lastAtMs = 0;
        std::vector<qint64> recentMs; // oldest first, at most floodMessages + 1
    };
    qint64 horizonMs() const;
    void keepBounded(qint64 nowMs);
    std::optional<Hit> contentHit(const QString &original, const NormalizedText &text);

    SpamSettings m_settings;
    // Keyed by a seeded hash of the user key: no copy of the key per user.
    std::unordered_map<size_t, UserState> m_users;
    std::unordered_set<size_t> m_seen;
    qint64 m_nextSweepMs = 0;
    std::set<std::string> m_repeatable;
    hs_database *m_patterns = nullptr;
    hs_scratch *m_scratch = nullptr;
};

} // namespace shopcast::moderation
