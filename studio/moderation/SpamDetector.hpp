#pragma once

#include "SpamSettings.hpp"
#include "core/Shards.hpp"
#include "TextNormalizer.hpp"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <list>
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
// window are forgotten but for the first, a few at each comment, the least
// recently heard first: the users are kept in the order they were last heard,
// so forgetting costs what it forgets, never a walk over the room (a sweep of
// a 200,000-viewer table held the GUI thread 80–150 ms at a time, and the
// freed memory then cost the next large allocation as much again). A room
// past kMaxUsers within the windows forgets its least recently heard, so a
// spammer who keeps talking keeps their record.
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
    static constexpr int kMaxSeenUsers = 2'000'000; // heard at all (the first-comment rule); past it, a 64th is forgotten
    // At most this many quiet users are forgotten per comment: the work of a
    // comment stays bounded after a long quiet spell too, and the room's
    // table still shrinks far faster than one comment can grow it.
    static constexpr int kForgetPerCheck = 1'024;

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
        size_t key = 0;
        size_t lastFoldedHash = 0;
        qint64 lastAtMs = 0;
        std::vector<qint64> recentMs; // oldest first, at most floodMessages + 1
    };
    using ByLastHeard = std::list<UserState>;
    qint64 horizonMs() const;
    void keepBounded(qint64 nowMs);
    UserState &heard(size_t key, bool *fresh);
    std::optional<Hit> contentHit(const QString &original, const NormalizedText &text);

    SpamSettings m_settings;
    // Keyed by a seeded hash of the user key: no copy of the key per user.
    // m_byLastHeard holds the states, least recently heard first; m_users
    // finds a user's node in it.
    ByLastHeard m_byLastHeard;
    std::unordered_map<size_t, ByLastHeard::iterator> m_users;
    // Up to millions: in shards, so that growing it never stalls a comment,
    // and a full one forgets a shard's worth, not everyone.
    core::Shards<std::unordered_set<size_t>> m_seen;
    std::set<std::string> m_repeatable;
    hs_database *m_patterns = nullptr;
    hs_scratch *m_scratch = nullptr;
};

} // namespace shopcast::moderation
