#pragma once

#include "ModerationRules.hpp"
#include "SpamDetector.hpp"
#include "TermMatcher.hpp"

#include "pluginapi/ChatEvent.hpp"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>
#include <memory>

namespace shopcast::moderation {

class QuestionDetector;

// What moderation decided for one comment, with the rule that decided it.
struct Decision
{
    Verdict verdict = Verdict::Allow;
    QString rule;   // "term:加微信", "spam:flood", "user:banned", "" for allow
    QString detail; // for the moderator
    bool question = false;
    qint64 untilMs = 0; // a timeout: when it ends (comment clock)
};

// A rule set compiled for matching: built on any thread (a term-list edit
// compiles aside while the show goes on) and swapped in whole.
struct CompiledRules
{
    ModerationRules rules;
    std::shared_ptr<const TermMatcher> terms;
    QStringList problems;
    qint64 compileMs = 0;

    static std::shared_ptr<const CompiledRules> compile(const ModerationRules &rules);
};

// The moderation pipeline for one stream of comments: normalise → blocked
// terms → spam rules → verdict, with repeat offenders escalated and local
// timeouts and bans applied. Time is the comment's (injected): tests and the
// CLI replay hours of chat exactly. Not thread-safe: one per thread.
class Moderator
{
public:
    explicit Moderator(std::shared_ptr<const CompiledRules> compiled);
    ~Moderator();

    // Takes effect from the next comment: nothing queued is dropped or reordered.
    void setRules(std::shared_ptr<const CompiledRules> compiled);
    const CompiledRules &rules() const { return *m_compiled; }

    Decision moderate(const chat::ChatEvent &event, qint64 nowMs);
    // For a held comment a moderator approved: is it a buyer's question?
    bool isQuestion(const QString &text) const;
    // What viewers are asked to type now (the open lottery's keyword, the
    // open poll's votes): saying it again is not spam:repeat.
    void setRepeatable(const QStringList &texts);

    static QString userKey(const chat::ChatEvent &event);
    void timeout(const QString &userKey, qint64 untilMs);
    void ban(const QString &userKey);
    void unban(const QString &userKey); // also ends a timeout and forgets offences
    bool isBanned(const QString &userKey) const { return m_banned.contains(userKey); }
    qint64 timeoutUntil(const QString &userKey) const { return m_timeouts.value(userKey, 0); }

private:
    void applyEscalation(const QString &userKey, Decision &decision, qint64 nowMs);

    std::shared_ptr<const CompiledRules> m_compiled;
    std::unique_ptr<TextNormalizer> m_normalizer;
    std::unique_ptr<QuestionDetector> m_questions;
    std::unique_ptr<SpamDetector> m_spam;
    QStringList m_repeatable;
    void applyRepeatable();
    TermMatcher::Scratch m_scratch;
    QSet<QString> m_banned;
    // Timeouts until when; the ended ones are dropped once a minute of
    // comment time (a show of hours times out thousands who never return).
    QHash<QString, qint64> m_timeouts;
    qint64 m_nextTimeoutSweepMs = 0;
    // Offences within the escalation window, oldest first; a user whose
    // last one is older than the window is dropped at the next sweep.
    QHash<QString, std::vector<qint64>> m_offences;
    qint64 m_nextOffenceSweepMs = 0;

public:
    Q_DECLARE_TR_FUNCTIONS(Moderator)
};

} // namespace shopcast::moderation
