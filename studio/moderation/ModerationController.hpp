#pragma once

#include "ModerationLog.hpp"
#include "Moderator.hpp"
#include "QuestionsModel.hpp"
#include "ReviewQueueModel.hpp"

#include <QObject>

#include <memory>

namespace shopcast::storage {
class Database;
}

namespace shopcast::moderation {

// Moderation for the live show, between the comment hub and everything else.
// Every batch from the hub is judged (at hundreds of thousands of comments a
// second, so on the GUI thread in the batch it arrived in; the GUI never
// waits on anything slower) and split: allowed comments go on (chat, log,
// later lottery and poll entries), held ones wait in the review queue,
// refused ones are shown to the moderator greyed with their rule. Questions
// are collected by product. Every verdict is logged with its rule. A new rule
// set compiles on a worker thread and takes over between two batches.
class ModerationController : public QObject
{
    Q_OBJECT
public:
    struct Counters
    {
        qint64 allowed = 0;
        qint64 hidden = 0;
        qint64 held = 0;
        qint64 timeouts = 0;
        qint64 bans = 0;
        qint64 questions = 0;
    };

    // rulesPath: where the rules live (the profile's moderation.json); empty:
    // the defaults, not saved.
    ModerationController(storage::Database &db, QString rulesPath, QObject *parent = nullptr);
    ~ModerationController() override;

    ReviewQueueModel &reviewQueue() { return m_queue; }
    QuestionsModel &questions() { return m_questions; }
    const ModerationRules &rules() const { return m_moderator->rules().rules; }
    const QStringList &ruleProblems() const { return m_moderator->rules().problems; }
    const Counters &counters() const { return m_counters; }
    bool isCompiling() const { return m_compiling > 0; }

    void setShowId(qint64 showId) { m_showId = showId; }
    void setProductOnAir(const QString &sku, const QString &title);
    // What viewers are asked to type now (lottery keyword, poll votes): not spam when said again.
    void setRepeatable(const QStringList &texts);
    // Compiles aside and swaps in; false (and nothing changes) if the file
    // cannot be saved. Problems with single rules arrive with rulesChanged.
    bool setRules(const ModerationRules &rules, QString *error);

    static QString userKey(const QString &platform, const QString &userId);

public slots:
    void process(const QList<shopcast::chat::ChatEvent> &events);
    void approve(const QList<int> &rows);
    void reject(const QList<int> &rows);
    void timeoutUser(const QString &platform, const QString &userId, const QString &userName, qint64 durationMs);
    void banUser(const QString &platform, const QString &userId, const QString &userName);
    void unbanUser(const QString &platform, const QString &userId, const QString &userName);

signals:
    // Every comment of a batch, in arrival order, refused and held ones marked
    // (extra "moderation"): the moderator's view of the chat.
    void judged(const QList<shopcast::chat::ChatEvent> &events);
    // What goes on downstream (chat log, lottery and poll entries): the
    // allowed comments of a batch in arrival order, or comments a moderator
    // approved from the queue.
    void passed(const QList<shopcast::chat::ChatEvent> &events);
    // The approved ones, for the chat view (they were shown greyed when held).
    void approved(const QList<shopcast::chat::ChatEvent> &events);
    void rulesChanged(const QStringList &problems, qint64 compileMs);
    void message(const QString &text, bool isError);

private:
    void applyCompiled(const std::shared_ptr<const CompiledRules> &compiled);
    static void mark(chat::ChatEvent &event, const Decision &decision);
    void userAction(const QString &platform, const QString &userId, const QString &userName, Verdict verdict, const QString &rule);

    storage::Database &m_db;
    QString m_rulesPath;
    ModerationLog m_log;
    std::unique_ptr<Moderator> m_moderator;
    ReviewQueueModel m_queue;
    QuestionsModel m_questions;
    Counters m_counters;
    qint64 m_showId = 0;
    qint64 m_lastArrivalMs = 0;
    QString m_sku;
    QString m_title;
    int m_compiling = 0;
    quint64 m_generation = 0;
};

} // namespace shopcast::moderation
