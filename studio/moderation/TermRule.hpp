#pragma once

#include "Verdict.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcast::moderation {

// One blocked term: a literal ("加微信"), a wildcard ("加*信": * is up to 8
// characters, ? exactly one) or a regular expression ("re:..." in files),
// with what to do when it matches.
struct TermRule
{
    enum class Kind { Literal, Wildcard, Regex };

    QString pattern;
    Kind kind = Kind::Literal;
    Verdict action = Verdict::Hide;

    QString id() const; // "term:加微信", "regex:\d{11}"
    // "re:" prefix → regex; * or ? → wildcard; else literal.
    static TermRule fromText(const QString &text, Verdict action);
    QString toText() const;
    friend bool operator==(const TermRule &, const TermRule &) = default;
};

// Term files: plain text (one term per line, # comments, default action) or
// CSV ("term,action" per line; a header line is allowed). Every bad line is
// reported with its number; the good ones are kept.
class TermList
{
public:
    static constexpr int kMaxTerms = 200'000;
    static constexpr int kMaxTermChars = 200;

    static QList<TermRule> parse(const QByteArray &data, bool csv, Verdict defaultAction, QStringList *errors);
    static QList<TermRule> load(const QString &path, Verdict defaultAction, QStringList *errors);
    static QByteArray toCsv(const QList<TermRule> &rules);

    Q_DECLARE_TR_FUNCTIONS(TermList)
};

} // namespace shopcast::moderation
