#include "ModerationController.hpp"

#include "work/Work.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace shopcast::moderation {

ModerationController::ModerationController(storage::Database &db, QString rulesPath, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_rulesPath(std::move(rulesPath))
    , m_log(db)
{
    ModerationRules rules = ModerationRules::defaults();
    QStringList problems;
    if (!m_rulesPath.isEmpty() && QFileInfo::exists(m_rulesPath)) {
        if (auto loaded = ModerationRules::load(m_rulesPath, &problems))
            rules = *loaded;
        else
            problems.prepend(tr("The moderation rules in %1 could not be read; the defaults are used and the file is kept.").arg(m_rulesPath));
    }
    // The first set is compiled here: the studio must not let comments through unjudged.
    auto compiled = CompiledRules::compile(rules);
    m_moderator = std::make_unique<Moderator>(compiled);
    for (const ModerationLog::Ban &ban : m_log.bans())
        m_moderator->ban(userKey(ban.platform, ban.userId));
    if (!problems.isEmpty() || !compiled->problems.isEmpty())
        QTimer::singleShot(0, this, [this, problems = problems + compiled->problems] {
            for (const QString &p : problems)
                emit message(p, true);
        });
}

// A compile in flight refers to nothing of ours: its result is dropped.
ModerationController::~ModerationController() = default;

QString ModerationController::userKey(const QString &platform, const QString &userId)
{
    chat::ChatEvent e;
    e.platform = platform;
    e.userId = userId;
    return Moderator::userKey(e);
}

void ModerationController::setProductOnAir(const QString &sku, const QString &title)
{
    m_sku = sku;
    m_title = title;
}

void ModerationController::setRepeatable(const QStringList &texts)
{
    m_moderator->setRepeatable(texts);
}

bool ModerationController::setRules(const ModerationRules &rules, QString *error)
{
    if (!m_rulesPath.isEmpty() && !rules.save(m_rulesPath, error))
        return false;
    const quint64 generation = ++m_generation;
    ++m_compiling;
    work::Work::run(
        work::Pool::Compute, this, [rules] { return CompiledRules::compile(rules); },
        [this, generation](const std::shared_ptr<const CompiledRules> &compiled) {
            --m_compiling;
            // Only the newest edit wins when two compiles overlap.
            if (generation == m_generation)
                applyCompiled(compiled);
        });
    return true;
}

void ModerationController::applyCompiled(const std::shared_ptr<const CompiledRules> &compiled)
{
    m_moderator->setRules(compiled);
    emit rulesChanged(compiled->problems, compiled->compileMs);
}

void ModerationController::mark(chat::ChatEvent &event, const Decision &decision)
{
    // The verdict travels with the comment, so the chat shows and logs it.
    if (decision.verdict != Verdict::Allow)
        event.extra.insert(QStringLiteral("moderation"), QJsonObject{{QStringLiteral("verdict"), Verdicts::id(decision.verdict)},
                                                                     {QStringLiteral("rule"), decision.rule},
                                                                     {QStringLiteral("detail"), decision.detail},
                                                                     // As the host reads them, in the UI's language.
                                                                     {QStringLiteral("label"), Verdicts::label(decision.verdict)},
                                                                     {QStringLiteral("reason"), Verdicts::describe(decision.rule, decision.detail)}});
    if (decision.question)
        event.extra.insert(QStringLiteral("question"), true);
}

void ModerationController::process(const QList<chat::ChatEvent> &events)
{
    QList<chat::ChatEvent> passed;
    QList<chat::ChatEvent> judged;
    QList<ReviewQueueModel::Item> held;
    QList<ModerationLog::Entry> audit;
    passed.reserve(events.size());
    judged.reserve(events.size());
    for (chat::ChatEvent event : events) {
        m_lastArrivalMs = std::max(m_lastArrivalMs, event.arrivedAtMs);
        const Decision decision = m_moderator->moderate(event, event.arrivedAtMs);
        mark(event, decision);
        judged.append(event);
        // The audit is of what moderation did: a comment it let through
        // untouched is recorded once, whole, in the chat log (in a busy room
        // nine in ten; writing them twice had the writer fall behind at 6x).
        if (event.type == chat::ChatEvent::Type::Comment && (decision.verdict != Verdict::Allow || !decision.rule.isEmpty()))
            audit.append({event, decision, QStringLiteral("auto")});
        switch (decision.verdict) {
        case Verdict::Allow:
            ++m_counters.allowed;
            if (decision.question) {
                ++m_counters.questions;
                m_questions.add(event, m_sku, m_title);
            }
            passed.append(event);
            break;
        case Verdict::Hold:
            ++m_counters.held;
            held.append({event, decision});
            break;
        case Verdict::Hide:
        case Verdict::Timeout:
        case Verdict::Ban:
            ++m_counters.hidden;
            m_counters.timeouts += decision.verdict == Verdict::Timeout;
            m_counters.bans += decision.verdict == Verdict::Ban;
            if (decision.verdict == Verdict::Ban)
                m_log.saveBan({event.platform, event.userId.isEmpty() ? event.userName : event.userId, event.userName});
            break;
        }
    }
    m_log.append(m_showId, audit);
    if (!held.isEmpty()) {
        QList<ModerationLog::Entry> dropped;
        for (const ReviewQueueModel::Item &item : m_queue.add(held))
            dropped.append({item.event, {Verdict::Hide, QStringLiteral("queue:full"), tr("the review queue was full")}, QStringLiteral("auto")});
        m_log.append(m_showId, dropped);
    }
    if (!judged.isEmpty())
        emit this->judged(judged);
    if (!passed.isEmpty())
        emit this->passed(passed);
}

void ModerationController::approve(const QList<int> &rows)
{
    QList<chat::ChatEvent> approved;
    QList<ModerationLog::Entry> audit;
    for (ReviewQueueModel::Item &item : m_queue.take(rows)) {
        item.event.extra.remove(QStringLiteral("moderation"));
        Decision decision{Verdict::Allow, QStringLiteral("review:approved"), item.decision.rule};
        decision.question = m_moderator->isQuestion(item.event.text);
        if (decision.question) {
            item.event.extra.insert(QStringLiteral("question"), true);
            m_questions.add(item.event, m_sku, m_title);
            ++m_counters.questions;
        }
        audit.append({item.event, decision, QStringLiteral("moderator")});
        approved.append(item.event);
        ++m_counters.allowed;
    }
    m_log.append(m_showId, audit);
    if (!approved.isEmpty()) {
        emit this->approved(approved);
        emit passed(approved);
    }
}

void ModerationController::reject(const QList<int> &rows)
{
    QList<ModerationLog::Entry> audit;
    for (const ReviewQueueModel::Item &item : m_queue.take(rows))
        audit.append({item.event, {Verdict::Hide, QStringLiteral("review:rejected"), item.decision.rule}, QStringLiteral("moderator")});
    m_counters.hidden += audit.size();
    m_log.append(m_showId, audit);
}

void ModerationController::userAction(const QString &platform, const QString &userId, const QString &userName, Verdict verdict, const QString &rule)
{
    chat::ChatEvent e;
    e.platform = platform;
    e.userId = userId;
    e.userName = userName;
    e.arrivedAtMs = m_lastArrivalMs;
    m_log.append(m_showId, {{e, {verdict, rule, {}}, QStringLiteral("moderator")}});
}

void ModerationController::timeoutUser(const QString &platform, const QString &userId, const QString &userName, qint64 durationMs)
{
    // Moderation time is the comments' arrival clock.
    m_moderator->timeout(userKey(platform, userId), m_lastArrivalMs + durationMs);
    ++m_counters.timeouts;
    userAction(platform, userId, userName, Verdict::Timeout, QStringLiteral("user:timeout"));
    emit message(tr("%1 is timed out for %2 min (here in the studio).").arg(userName).arg(durationMs / 60'000), false);
}

void ModerationController::banUser(const QString &platform, const QString &userId, const QString &userName)
{
    m_moderator->ban(userKey(platform, userId));
    m_log.saveBan({platform, userId, userName});
    ++m_counters.bans;
    userAction(platform, userId, userName, Verdict::Ban, QStringLiteral("user:ban"));
    emit message(tr("%1 is banned (here in the studio).").arg(userName), false);
}

void ModerationController::unbanUser(const QString &platform, const QString &userId, const QString &userName)
{
    m_moderator->unban(userKey(platform, userId));
    m_log.removeBan(platform, userId);
    userAction(platform, userId, userName, Verdict::Allow, QStringLiteral("user:unban"));
    emit message(tr("%1 may comment again.").arg(userName), false);
}

} // namespace shopcast::moderation
