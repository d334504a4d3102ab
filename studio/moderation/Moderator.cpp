#include "Moderator.hpp"

#include "QuestionDetector.hpp"

#include <QElapsedTimer>

#include <algorithm>

namespace shopcast::moderation {

std::shared_ptr<const CompiledRules> CompiledRules::compile(const ModerationRules &rules)
{
    QElapsedTimer timer;
    timer.start();
    auto compiled = std::make_shared<CompiledRules>();
    compiled->rules = rules;
    const TextNormalizer normalizer(rules.normalizer);
    compiled->terms = TermMatcher::compile(rules.terms, normalizer, &compiled->problems);
    compiled->compileMs = timer.elapsed();
    return compiled;
}

Moderator::Moderator(std::shared_ptr<const CompiledRules> compiled)
{
    setRules(std::move(compiled));
}

Moderator::~Moderator() = default;

void Moderator::setRules(std::shared_ptr<const CompiledRules> compiled)
{
    const bool newNormalizer = !m_compiled || !(m_compiled->rules.normalizer == compiled->rules.normalizer);
    m_compiled = std::move(compiled);
    if (newNormalizer || !m_normalizer)
        m_normalizer = std::make_unique<TextNormalizer>(m_compiled->rules.normalizer);
    m_questions = std::make_unique<QuestionDetector>(m_compiled->rules.questionKeywords, *m_normalizer);
    if (m_spam)
        m_spam->setSettings(m_compiled->rules.spam); // keep what is known of each user
    else
        m_spam = std::make_unique<SpamDetector>(m_compiled->rules.spam);
    m_scratch.prepare(*m_compiled->terms);
    applyRepeatable(); // folded by this normalizer
}

void Moderator::setRepeatable(const QStringList &texts)
{
    m_repeatable = texts;
    applyRepeatable();
}

void Moderator::applyRepeatable()
{
    std::set<std::string> folded;
    for (const QString &t : m_repeatable)
        if (std::string f = m_normalizer->normalize(t).folded; !f.empty())
            folded.insert(std::move(f));
    m_spam->setRepeatable(std::move(folded));
}

bool Moderator::isQuestion(const QString &text) const
{
    return m_questions->isQuestion(m_normalizer->normalize(text));
}

QString Moderator::userKey(const chat::ChatEvent &event)
{
    return event.platform + QLatin1Char('\x1f') + (event.userId.isEmpty() ? event.userName : event.userId);
}

void Moderator::timeout(const QString &userKey, qint64 untilMs)
{
    m_timeouts.insert(userKey, untilMs);
}

void Moderator::ban(const QString &userKey)
{
    m_banned.insert(userKey);
}

void Moderator::unban(const QString &userKey)
{
    m_banned.remove(userKey);
    m_timeouts.remove(userKey);
    m_offences.remove(userKey);
}

void Moderator::applyEscalation(const QString &userKey, Decision &decision, qint64 nowMs)
{
    const SpamSettings &s = m_compiled->rules.spam;
    if (!s.escalate)
        return;
    if (nowMs >= m_nextOffenceSweepMs) {
        m_offences.removeIf([&](const auto &user) { return user.value().empty() || nowMs - user.value().back() > s.escalationWindowMs; });
        m_nextOffenceSweepMs = nowMs + std::max<qint64>(s.escalationWindowMs / 4, 1'000);
    }
    std::vector<qint64> &offences = m_offences[userKey];
    offences.push_back(nowMs);
    offences.erase(offences.begin(), std::find_if(offences.begin(), offences.end(), [&](qint64 at) { return nowMs - at <= s.escalationWindowMs; }));
    const int count = int(offences.size());
    if (s.banAfter > 0 && count >= s.banAfter && Verdicts::severity(decision.verdict) < Verdicts::severity(Verdict::Ban)) {
        decision.verdict = Verdict::Ban;
        decision.detail = tr("offence %1 within %2 min: banned").arg(count).arg(s.escalationWindowMs / 60'000);
    } else if (s.timeoutAfter > 0 && count >= s.timeoutAfter && Verdicts::severity(decision.verdict) < Verdicts::severity(Verdict::Timeout)) {
        decision.verdict = Verdict::Timeout;
        decision.detail = tr("offence %1 within %2 min: timed out").arg(count).arg(s.escalationWindowMs / 60'000);
    }
}

Decision Moderator::moderate(const chat::ChatEvent &event, qint64 nowMs)
{
    Decision d;
    if (event.type != chat::ChatEvent::Type::Comment)
        return d; // gifts, deletions, errors: nothing to judge
    const QString user = userKey(event);
    for (const QString &badge : event.badges)
        if (m_compiled->rules.exemptBadges.contains(badge.section(QLatin1Char('/'), 0, 0)))
            return d; // the host's own team
    if (m_banned.contains(user)) {
        d.verdict = Verdict::Hide;
        d.rule = QStringLiteral("user:banned");
        return d;
    }
    if (nowMs >= m_nextTimeoutSweepMs) {
        m_timeouts.removeIf([nowMs](const auto &timeout) { return timeout.value() <= nowMs; });
        m_nextTimeoutSweepMs = nowMs + 60'000;
    }
    if (const qint64 until = m_timeouts.value(user, 0); until > nowMs) {
        d.verdict = Verdict::Hide;
        d.rule = QStringLiteral("user:timeout");
        d.untilMs = until;
        return d;
    }

    const NormalizedText text = m_normalizer->normalize(event.text);
    if (const auto match = m_compiled->terms->match(text, m_scratch)) {
        d.verdict = match->action;
        d.rule = match->ruleId;
        d.detail = QString::fromLatin1(match->form);
    }
    if (const auto hit = m_spam->check(user, event.text, text, nowMs); hit && Verdicts::severity(hit->action) > Verdicts::severity(d.verdict)) {
        d.verdict = hit->action;
        d.rule = hit->rule;
        d.detail = hit->detail;
    }
    // Only refusals count as offences; a held comment may well be fine.
    if (d.verdict == Verdict::Hide || d.verdict == Verdict::Timeout)
        applyEscalation(user, d, nowMs);
    if (d.verdict == Verdict::Timeout) {
        d.untilMs = nowMs + m_compiled->rules.spam.timeoutMs;
        timeout(user, d.untilMs);
    } else if (d.verdict == Verdict::Ban) {
        ban(user);
    }
    d.question = d.verdict == Verdict::Allow && m_questions->isQuestion(text);
    return d;
}

} // namespace shopcast::moderation
