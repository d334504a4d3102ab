#pragma once

#include "TermRule.hpp"
#include "TextNormalizer.hpp"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

struct hs_database;
struct hs_scratch;

namespace shopcast::moderation {

// Thousands of blocked terms compiled into vectorscan databases, one scan per
// form of the comment: literal terms against the folded text, its confusable
// skeleton and its pinyin key; wildcard terms against the folded text;
// regular expressions against the plain (case-folded) text. Terms are
// normalised with the same TextNormalizer as comments, so "ＶＸ" in a list and
// "v x" in a comment meet as "vx". Immutable once compiled: a new term list
// is compiled aside and swapped in.
class TermMatcher
{
public:
    struct Match
    {
        int rule = -1;
        Verdict action = Verdict::Hide;
        QString ruleId;
        const char *form = ""; // "folded", "skeleton", "pinyin", "plain"
    };

    // Per-thread working memory for scanning (vectorscan scratch).
    class Scratch
    {
    public:
        Scratch() = default;
        ~Scratch();
        Scratch(const Scratch &) = delete;
        Scratch &operator=(const Scratch &) = delete;
        bool prepare(const TermMatcher &matcher);

    private:
        friend class TermMatcher;
        hs_scratch *m_scratch = nullptr;
    };

    // Pinyin keys are only used for terms of at least this many Han
    // characters: a single syllable has too many homophones. And a pinyin
    // match counts only when it keeps one of the term's own characters.
    static constexpr int kMinPinyinChars = 2;
    static constexpr int kWildcardSpan = 8;

    // Rules that cannot be used (a regex vectorscan refuses, a term with no
    // letters or digits) are reported and left out; the rest work.
    static std::shared_ptr<const TermMatcher> compile(const QList<TermRule> &rules, const TextNormalizer &normalizer, QStringList *errors);
    ~TermMatcher();

    // The most severe rule that matches (the first listed among equals).
    std::optional<Match> match(const NormalizedText &text, Scratch &scratch) const;
    const QList<TermRule> &rules() const { return m_rules; }
    size_t databaseBytes() const;

private:
    TermMatcher() = default;
    bool scan(hs_database *db, const std::string &data, Scratch &scratch, int *best) const;
    bool scanPinyin(const NormalizedText &text, Scratch &scratch, int *best) const;

    QList<TermRule> m_rules;
    hs_database *m_folded = nullptr; // literals
    hs_database *m_wildcards = nullptr;
    hs_database *m_skeleton = nullptr;
    hs_database *m_pinyin = nullptr;
    hs_database *m_regex = nullptr;
    // Per rule with a pinyin key: its folded characters and the key's length.
    // A homophone match must keep at least one of the term's own characters
    // in place (薇信 and 威信 keep 信): a whole string of same-sounding but
    // different characters is usually ordinary talk, not an evasion.
    std::vector<std::u32string> m_pinyinChars;
    std::vector<unsigned> m_pinyinLength;

public:
    Q_DECLARE_TR_FUNCTIONS(TermMatcher)
};

} // namespace shopcast::moderation
