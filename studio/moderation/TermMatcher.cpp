#include "TermMatcher.hpp"

#include <QCoreApplication>

#include <hs/hs.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

namespace shopcast::moderation {

namespace {

// A folded piece as a vectorscan regex: letters and digits of ASCII as they
// are, everything else as a code point escape (UTF-8 mode).
std::string escape(const std::string &utf8)
{
    std::string out;
    const auto *bytes = reinterpret_cast<const uint8_t *>(utf8.data());
    const int32_t length = int32_t(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0)
            continue;
        if (c < 0x80 && std::isalnum(c))
            out += char(c);
        else
            out += "\\x{" + QString::number(c, 16).toStdString() + "}";
    }
    return out;
}

struct PatternSet
{
    std::vector<std::string> expressions;
    std::vector<unsigned> flags;
    std::vector<unsigned> ids;

    void add(std::string expression, unsigned flag, int id)
    {
        expressions.push_back(std::move(expression));
        flags.push_back(flag);
        ids.push_back(unsigned(id));
    }
    bool empty() const { return expressions.empty(); }
};

hs_database_t *compileLiterals(const PatternSet &set, QString *error)
{
    if (set.empty())
        return nullptr;
    std::vector<const char *> pointers;
    std::vector<size_t> lengths;
    for (const std::string &e : set.expressions) {
        pointers.push_back(e.data());
        lengths.push_back(e.size());
    }
    hs_database_t *db = nullptr;
    hs_compile_error_t *compileError = nullptr;
    if (hs_compile_lit_multi(pointers.data(), set.flags.data(), set.ids.data(), lengths.data(), unsigned(pointers.size()), HS_MODE_BLOCK, nullptr, &db,
                             &compileError)
        != HS_SUCCESS) {
        *error = QString::fromUtf8(compileError ? compileError->message : "unknown error");
        hs_free_compile_error(compileError);
        return nullptr;
    }
    return db;
}

hs_database_t *compileRegexes(const PatternSet &set, QString *error)
{
    if (set.empty())
        return nullptr;
    std::vector<const char *> pointers;
    for (const std::string &e : set.expressions)
        pointers.push_back(e.c_str());
    hs_database_t *db = nullptr;
    hs_compile_error_t *compileError = nullptr;
    if (hs_compile_multi(pointers.data(), set.flags.data(), set.ids.data(), unsigned(pointers.size()), HS_MODE_BLOCK, nullptr, &db, &compileError)
        != HS_SUCCESS) {
        *error = QString::fromUtf8(compileError ? compileError->message : "unknown error");
        hs_free_compile_error(compileError);
        return nullptr;
    }
    return db;
}

// Checks one regex on its own, so a bad one is named and left out.
bool usableRegex(const std::string &expression, unsigned flags, QString *why)
{
    hs_expr_info_t *info = nullptr;
    hs_compile_error_t *compileError = nullptr;
    if (hs_expression_info(expression.c_str(), flags, &info, &compileError) != HS_SUCCESS) {
        *why = QString::fromUtf8(compileError ? compileError->message : "invalid");
        hs_free_compile_error(compileError);
        return false;
    }
    const bool empty = info->min_width == 0;
    std::free(info);
    if (empty) {
        *why = TermMatcher::tr("it can match an empty text");
        return false;
    }
    return true;
}

struct ScanContext
{
    const QList<TermRule> *rules;
    int best;
};

int onMatch(unsigned id, unsigned long long, unsigned long long, unsigned, void *context)
{
    auto *c = static_cast<ScanContext *>(context);
    const int rule = int(id);
    if (c->best < 0 || Verdicts::severity(c->rules->at(rule).action) > Verdicts::severity(c->rules->at(c->best).action)
        || (c->rules->at(rule).action == c->rules->at(c->best).action && rule < c->best))
        c->best = rule;
    return 0;
}

} // namespace

TermMatcher::Scratch::~Scratch()
{
    if (m_scratch)
        hs_free_scratch(m_scratch);
}

bool TermMatcher::Scratch::prepare(const TermMatcher &matcher)
{
    for (hs_database_t *db : {matcher.m_folded, matcher.m_wildcards, matcher.m_skeleton, matcher.m_pinyin, matcher.m_regex})
        if (db && hs_alloc_scratch(db, &m_scratch) != HS_SUCCESS)
            return false;
    return true;
}

std::shared_ptr<const TermMatcher> TermMatcher::compile(const QList<TermRule> &rules, const TextNormalizer &normalizer, QStringList *errors)
{
    std::shared_ptr<TermMatcher> m(new TermMatcher);
    m->m_rules = rules;
    PatternSet folded, wildcards, skeleton, pinyin, regex;
    const unsigned literalFlags = HS_FLAG_SINGLEMATCH;
    const unsigned regexFlags = HS_FLAG_SINGLEMATCH | HS_FLAG_UTF8 | HS_FLAG_DOTALL;
    for (int i = 0; i < rules.size(); ++i) {
        const TermRule &rule = rules.at(i);
        switch (rule.kind) {
        case TermRule::Kind::Literal: {
            const std::string key = normalizer.fold(rule.pattern);
            if (key.empty()) {
                errors->append(tr("'%1' has no letters or digits once normalised; left out").arg(rule.pattern));
                break;
            }
            folded.add(key, literalFlags, i);
            if (normalizer.options().skeleton) {
                const std::string s = normalizer.skeletonOf(key);
                if (!s.empty())
                    skeleton.add(s, literalFlags, i);
            }
            if (normalizer.options().pinyin) {
                int han = 0;
                for (const QChar ch : rule.pattern)
                    han += ch.script() == QChar::Script_Han;
                if (han >= kMinPinyinChars) {
                    std::u32string chars;
                    const std::string p = normalizer.pinyinKey(key, nullptr, &chars);
                    if (!p.empty()) {
                        pinyin.add(p, 0, i); // every match is checked, not just the first
                        m->m_pinyinChars.resize(size_t(rules.size()));
                        m->m_pinyinLength.resize(size_t(rules.size()));
                        m->m_pinyinChars[size_t(i)] = chars;
                        m->m_pinyinLength[size_t(i)] = unsigned(p.size());
                    }
                }
            }
            break;
        }
        case TermRule::Kind::Wildcard: {
            std::string expression;
            bool anyLiteral = false;
            QString piece;
            auto flush = [&] {
                const std::string key = normalizer.fold(piece);
                anyLiteral |= !key.empty();
                expression += escape(key);
                piece.clear();
            };
            for (const QChar ch : rule.pattern) {
                if (ch == QLatin1Char('*') || ch == QLatin1Char('?')) {
                    flush();
                    expression += ch == QLatin1Char('*') ? ".{0," + std::to_string(kWildcardSpan) + "}" : ".";
                } else {
                    piece += ch;
                }
            }
            flush();
            QString why;
            if (!anyLiteral) {
                errors->append(tr("'%1' would match everything; left out").arg(rule.pattern));
            } else if (!usableRegex(expression, regexFlags, &why)) {
                errors->append(tr("'%1': %2; left out").arg(rule.pattern, why));
            } else {
                wildcards.add(expression, regexFlags, i);
            }
            break;
        }
        case TermRule::Kind::Regex: {
            const std::string expression = rule.pattern.toStdString();
            QString why;
            if (rule.pattern.size() > 1000)
                errors->append(tr("regex '%1…': longer than 1,000 characters; left out").arg(rule.pattern.left(40)));
            else if (!usableRegex(expression, regexFlags, &why))
                errors->append(tr("regex '%1': %2; left out").arg(rule.pattern, why));
            else
                regex.add(expression, regexFlags, i);
            break;
        }
        }
    }
    QString why;
    auto build = [&](const PatternSet &set, bool literal, hs_database_t **out, const char *what) {
        *out = literal ? compileLiterals(set, &why) : compileRegexes(set, &why);
        if (!set.empty() && !*out)
            errors->append(tr("the %1 rules could not be compiled: %2").arg(QString::fromLatin1(what), why));
    };
    build(folded, true, &m->m_folded, "term");
    build(wildcards, false, &m->m_wildcards, "wildcard");
    build(skeleton, true, &m->m_skeleton, "look-alike");
    build(pinyin, true, &m->m_pinyin, "pinyin");
    build(regex, false, &m->m_regex, "regex");
    return m;
}

TermMatcher::~TermMatcher()
{
    for (hs_database_t *db : {m_folded, m_wildcards, m_skeleton, m_pinyin, m_regex})
        if (db)
            hs_free_database(db);
}

bool TermMatcher::scan(hs_database *db, const std::string &data, Scratch &scratch, int *best) const
{
    if (!db || data.empty() || !scratch.m_scratch)
        return false;
    ScanContext context{&m_rules, *best};
    hs_scan(db, data.data(), unsigned(data.size()), 0, scratch.m_scratch, onMatch, &context);
    const bool improved = context.best != *best;
    *best = context.best;
    return improved;
}

namespace {
struct PinyinContext
{
    const QList<TermRule> *rules;
    const std::vector<std::u32string> *chars;
    const std::vector<unsigned> *lengths;
    const NormalizedText *text;
    int best;
};

int onPinyinMatch(unsigned id, unsigned long long, unsigned long long to, unsigned, void *context)
{
    auto *c = static_cast<PinyinContext *>(context);
    const std::u32string &term = c->chars->at(id);
    const size_t from = size_t(to) - c->lengths->at(id);
    if (from >= c->text->pinyinCharIndex.size() || c->text->pinyinCharIndex[from] < 0)
        return 0;
    const size_t first = size_t(c->text->pinyinCharIndex[from]);
    bool keepsOne = false;
    for (size_t k = 0; k < term.size() && first + k < c->text->chars.size(); ++k)
        keepsOne |= c->text->chars[first + k] == term[k];
    if (keepsOne) {
        ScanContext plain{c->rules, c->best};
        onMatch(id, 0, to, 0, &plain);
        c->best = plain.best;
    }
    return 0;
}
} // namespace

bool TermMatcher::scanPinyin(const NormalizedText &text, Scratch &scratch, int *best) const
{
    if (!m_pinyin || text.pinyin.empty() || !scratch.m_scratch)
        return false;
    PinyinContext context{&m_rules, &m_pinyinChars, &m_pinyinLength, &text, *best};
    hs_scan(m_pinyin, text.pinyin.data(), unsigned(text.pinyin.size()), 0, scratch.m_scratch, onPinyinMatch, &context);
    const bool improved = context.best != *best;
    *best = context.best;
    return improved;
}

std::optional<TermMatcher::Match> TermMatcher::match(const NormalizedText &text, Scratch &scratch) const
{
    int best = -1;
    const char *form = "";
    if (scan(m_folded, text.folded, scratch, &best))
        form = "folded";
    if (scan(m_wildcards, text.folded, scratch, &best))
        form = "folded";
    if (scan(m_skeleton, text.skeleton, scratch, &best))
        form = "skeleton";
    if (scanPinyin(text, scratch, &best))
        form = "pinyin";
    if (scan(m_regex, text.plain, scratch, &best))
        form = "plain";
    if (best < 0)
        return std::nullopt;
    const TermRule &rule = m_rules.at(best);
    return Match{best, rule.action, rule.id(), form};
}

size_t TermMatcher::databaseBytes() const
{
    size_t total = 0;
    for (hs_database_t *db : {m_folded, m_wildcards, m_skeleton, m_pinyin, m_regex}) {
        size_t size = 0;
        if (db && hs_database_size(db, &size) == HS_SUCCESS)
            total += size;
    }
    return total;
}

} // namespace shopcast::moderation
