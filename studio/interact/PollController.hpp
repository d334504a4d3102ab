#pragma once

#include "PollPreset.hpp"

#include "pluginapi/ChatEvent.hpp"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::interact {

// A poll (投票) of the room: "要红色扣1, 要蓝色扣2". 2 to 6 options, each with
// the keywords that vote for it ("1", "红色"), found inside mixed text ("红色
// 红色!!", "11111"); a comment naming two options counts for neither. One vote
// per user: the first counts, or the last (a setting). Only comments that
// passed moderation vote.
class PollController : public QObject
{
    Q_OBJECT
public:
    using Option = PollOption;
    using Policy = PollPolicy;

    explicit PollController(const core::MonotonicClock &clock, QObject *parent = nullptr);

    bool open(const QString &question, const QList<Option> &options, Policy policy, QString *error);
    bool open(const PollPreset &preset, QString *error) { return open(preset.question, preset.options, preset.policy, error); }
    void close();
    bool isOpen() const { return m_open; }
    bool hasPoll() const { return !m_options.isEmpty(); }
    const QString &question() const { return m_question; }
    const QList<Option> &options() const { return m_options; }
    QList<int> counts() const { return m_counts; }
    int votes() const { return int(m_votes.size()); }
    // The option a text votes for, or -1 (none, or more than one).
    int optionFor(const QString &text) const;
    QJsonObject result() const;

    // An open poll as a checkpoint keeps it (question, options, policy,
    // opening time); empty when none is open.
    QJsonObject openSnapshot() const;
    // Reopens a poll from openSnapshot() after a crash: its votes counted
    // again from the show's chat log (the comments that passed moderation,
    // as logged) since it opened, so no vote is lost or counted twice.
    bool resumeOpen(const QJsonObject &snapshot, const QList<shopcast::chat::ChatEvent> &showComments, QString *error);
    // True while resumeOpen announces the reopened poll (not a new one).
    bool isResuming() const { return m_resuming; }

public slots:
    void ingest(const QList<shopcast::chat::ChatEvent> &comments);

signals:
    void changed();
    void stateChanged(bool open);

private:
    static QString fold(const QString &text);
    void count(const QList<shopcast::chat::ChatEvent> &comments, qint64 sinceMs);

    const core::MonotonicClock &m_clock;

    QString m_question;
    QList<Option> m_options;
    QList<QStringList> m_folded; // keywords, folded, per option
    Policy m_policy = Policy::FirstVote;
    bool m_open = false;
    bool m_resuming = false;
    qint64 m_openedAtMs = 0;
    QHash<QString, int> m_votes; // user → option
    QList<int> m_counts;
};

} // namespace shopcast::interact
