#include "SpamDetector.hpp"

#include <hs/hs.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace shopcast::moderation {

namespace {

enum Pattern : unsigned { UrlPattern, DomainPattern, PhonePattern, ContactIdPattern };

struct Found
{
    unsigned id;
    unsigned long long from;
    unsigned long long to;
};

int collect(unsigned id, unsigned long long from, unsigned long long to, unsigned, void *context)
{
    auto *found = static_cast<std::vector<Found> *>(context);
    found->push_back({id, from, to});
    return found->size() >= 32 ? 1 : 0; // enough to decide
}

bool isHostChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
}

// The host around a match: a URL's scheme match ends where its host begins;
// a bare domain's match ends after its top-level domain.
std::string hostAt(const std::string &text, size_t end, bool forward)
{
    size_t from = end, to = end;
    if (forward)
        while (to < text.size() && isHostChar(text[to]))
            ++to;
    else
        while (from > 0 && isHostChar(text[from - 1]))
            --from;
    std::string host = text.substr(from, to - from);
    if (host.rfind("www.", 0) == 0)
        host.erase(0, 4);
    return host;
}

bool allowedHost(const std::string &host, const QStringList &allowed)
{
    const QString h = QString::fromStdString(host);
    for (const QString &domain : allowed)
        if (h == domain || h.endsWith(QLatin1Char('.') + domain))
            return true;
    return false;
}

} // namespace

SpamDetector::SpamDetector(SpamSettings settings)
    : m_settings(std::move(settings))
{
    // The table never grows past kMaxUsers: its buckets (1.6 MB) up front, so
    // that it never rehashes a room's worth of users in one comment.
    m_users.reserve(kMaxUsers);
    // Matched on the plain (NFKC, case-folded) text, so full-width digits and
    // letters are already ASCII.
    // Link matches report where they end; the host is read from the text
    // around that point (start-of-match tracking would make the database
    // far larger).
    const char *expressions[] = {
        "https?://",
        "[a-z0-9]\\.(?:com|cn|net|org|top|xyz|cc|me|io|shop|vip|link|ly|co|info|club|site|online)\\b",
        "1[3-9](?:[ \\-.]{0,2}[0-9]){9}",
        "(?:vx|wx|v信|微信|weixin|wechat|薇信|威信|qq|扣扣|企鹅)\\s*(?:号|id)?\\s*[:：]?\\s*[a-z0-9][a-z0-9_\\-]{4,19}",
    };
    const unsigned flags[] = {0, 0, HS_FLAG_SINGLEMATCH, HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH};
    const unsigned ids[] = {UrlPattern, DomainPattern, PhonePattern, ContactIdPattern};
    hs_compile_error_t *error = nullptr;
    if (hs_compile_multi(expressions, flags, ids, 4, HS_MODE_BLOCK, nullptr, &m_patterns, &error) != HS_SUCCESS) {
        qWarning("spam patterns: %s", error ? error->message : "?");
        hs_free_compile_error(error);
        m_patterns = nullptr;
    } else if (hs_alloc_scratch(m_patterns, &m_scratch) != HS_SUCCESS) {
        m_scratch = nullptr;
    }
}

SpamDetector::~SpamDetector()
{
    if (m_scratch)
        hs_free_scratch(m_scratch);
    if (m_patterns)
        hs_free_database(m_patterns);
}

qint64 SpamDetector::horizonMs() const
{
    return std::max({m_settings.repeatWindowMs, m_settings.floodWindowMs, qint64(60'000)});
}

void SpamDetector::keepBounded(qint64 nowMs)
{
    // Forget users quiet for longer than any window: what they said can no
    // longer be a repeat or part of a flood.
    const qint64 horizon = horizonMs();
    for (int forgotten = 0; forgotten < kForgetPerCheck && !m_byLastHeard.empty() && nowMs - m_byLastHeard.front().lastAtMs > horizon; ++forgotten) {
        m_users.erase(m_byLastHeard.front().key);
        m_byLastHeard.pop_front();
    }
    // A flood of distinct accounts within the windows: forget the least
    // recently heard, one for the one about to be added.
    while (m_users.size() >= size_t(kMaxUsers)) {
        m_users.erase(m_byLastHeard.front().key);
        m_byLastHeard.pop_front();
    }
}

SpamDetector::UserState &SpamDetector::heard(size_t key, bool *fresh)
{
    const auto found = m_users.find(key);
    *fresh = found == m_users.end();
    if (*fresh) {
        m_byLastHeard.push_back(UserState{key, 0, 0, {}});
        m_users.emplace(key, std::prev(m_byLastHeard.end()));
    } else {
        m_byLastHeard.splice(m_byLastHeard.end(), m_byLastHeard, found->second);
    }
    return m_byLastHeard.back();
}

std::optional<SpamDetector::Hit> SpamDetector::contentHit(const QString &original, const NormalizedText &text)
{
    const SpamSettings &s = m_settings;
    std::optional<Hit> best;
    auto consider = [&](const SpamSettings::Rule &rule, const QString &id, const QString &detail) {
        if (rule.enabled && (!best || Verdicts::severity(rule.action) > Verdicts::severity(best->action)))
            best = Hit{rule.action, id, detail};
    };
    if (s.length.enabled && text.codePoints > s.lengthMax)
        consider(s.length, QStringLiteral("spam:length"), SpamDetector::tr("%1 characters (at most %2)").arg(text.codePoints).arg(s.lengthMax));

    if (m_patterns && m_scratch && (s.links.enabled || s.contact.enabled)) {
        std::vector<Found> found;
        hs_scan(m_patterns, text.plain.data(), unsigned(text.plain.size()), 0, m_scratch, collect, &found);
        for (const Found &f : found) {
            if (f.id == PhonePattern || f.id == ContactIdPattern) {
                consider(s.contact, QStringLiteral("spam:contact"),
                         f.id == PhonePattern ? SpamDetector::tr("a phone number") : SpamDetector::tr("a contact id"));
            } else {
                const std::string host = hostAt(text.plain, size_t(f.to), f.id == UrlPattern);
                if (!allowedHost(host, s.allowedDomains))
                    consider(s.links, QStringLiteral("spam:link"), QString::fromStdString(host).left(80));
            }
        }
    }

    if (s.caps.enabled || s.symbols.enabled) {
        int cased = 0, upper = 0, visible = 0, symbols = 0;
        for (const QChar ch : original) {
            if (ch.isSpace())
                continue;
            ++visible;
            if (ch.isUpper())
                ++upper, ++cased;
            else if (ch.isLower())
                ++cased;
            else if (ch.isPunct() || ch.isSymbol())
                ++symbols;
        }
        if (cased >= s.capsMinLetters && double(upper) / cased > s.capsMaxRatio)
            consider(s.caps, QStringLiteral("spam:caps"), SpamDetector::tr("%1 of %2 letters in capitals").arg(upper).arg(cased));
        if (visible >= s.symbolsMinChars && double(symbols) / visible > s.symbolsMaxRatio)
            consider(s.symbols, QStringLiteral("spam:symbols"), SpamDetector::tr("%1 of %2 characters are symbols").arg(symbols).arg(visible));
    }
    if (s.emoji.enabled) {
        int emoji = 0;
        const auto *bytes = reinterpret_cast<const uint8_t *>(text.plain.data());
        const int32_t length = int32_t(text.plain.size());
        for (int32_t i = 0; i < length;) {
            UChar32 c = 0;
            U8_NEXT(bytes, i, length, c);
            emoji += c > 0x7f && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC);
        }
        if (emoji > s.emojiMax)
            consider(s.emoji, QStringLiteral("spam:emoji"), SpamDetector::tr("%1 emoji (at most %2)").arg(emoji).arg(s.emojiMax));
    }
    return best;
}

std::optional<SpamDetector::Hit> SpamDetector::check(const QString &userKey, const QString &original, const NormalizedText &text, qint64 nowMs)
{
    const SpamSettings &s = m_settings;
    std::optional<Hit> best = contentHit(original, text);
    auto consider = [&](const SpamSettings::Rule &rule, const QString &id, const QString &detail) {
        if (rule.enabled && (!best || Verdicts::severity(rule.action) > Verdicts::severity(best->action)))
            best = Hit{rule.action, id, detail};
    };
    keepBounded(nowMs);
    const size_t key = qHash(userKey, QHashSeed::globalSeed());
    std::unordered_set<size_t> &seen = m_seen.of(key);
    if (m_seen.size() >= size_t(kMaxSeenUsers)) // a show of millions: those in this shard may be asked for a first comment again
        seen = {};
    if (seen.insert(key).second)
        consider(s.firstTime, QStringLiteral("spam:first-time"), SpamDetector::tr("first comment of this user"));
    bool fresh = false;
    UserState &user = heard(key, &fresh);
    const size_t folded = qHash(QByteArrayView(text.folded.data(), qsizetype(text.folded.size())), QHashSeed::globalSeed());
    if (!fresh && !text.folded.empty() && folded == user.lastFoldedHash && nowMs - user.lastAtMs <= s.repeatWindowMs && !m_repeatable.contains(text.folded))
        consider(s.repeat, QStringLiteral("spam:repeat"), SpamDetector::tr("the same as this user's previous comment"));
    std::vector<qint64> &recent = user.recentMs;
    recent.push_back(nowMs);
    const auto keepFrom = std::find_if(recent.begin(), recent.end(), [&](qint64 at) { return nowMs - at <= s.floodWindowMs; });
    recent.erase(recent.begin(), std::max(keepFrom, recent.end() - std::min<qsizetype>(qsizetype(recent.size()), s.floodMessages + 1)));
    if (int(recent.size()) > s.floodMessages)
        consider(s.flood, QStringLiteral("spam:flood"),
                 SpamDetector::tr("more than %1 comments in %2 s").arg(s.floodMessages).arg(double(s.floodWindowMs) / 1000.0));
    user.lastFoldedHash = folded;
    user.lastAtMs = nowMs;
    return best;
}

} // namespace shopcast::moderation
