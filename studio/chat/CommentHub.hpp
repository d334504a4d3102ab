#pragma once

#include "pluginapi/ChatEvent.hpp"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QSet>

namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::chat {

class CommentSource;

// Fan-in of every comment source of the show: stamps arrival time on the
// show's clock, drops duplicates (the same platform message id seen again,
// as after a reconnect), and hands batches on. Moderation will sit between
// arrival and "accepted"; until then everything is accepted.
class CommentHub : public QObject
{
    Q_OBJECT
public:
    explicit CommentHub(const core::MonotonicClock &clock, QObject *parent = nullptr);

    void addSource(CommentSource *source);
    // Remembers this many recent message ids per platform for de-duplication.
    static constexpr int kRememberedIds = 100'000;
    static constexpr qsizetype kMaxErrorChars = 500;

    struct Counters
    {
        qint64 accepted = 0; // of every kind below
        qint64 sales = 0;    // order lines and refunds
        qint64 audience = 0;
        qint64 duplicates = 0;
        qint64 errors = 0;
        QString lastError; // what a source refused last, for a soak's report
    };
    const Counters &counters() const { return m_counters; }

public slots:
    void ingest(const QList<shopcast::chat::ChatEvent> &events);

signals:
    // Comments, gifts, deletions, clears and events, in arrival order.
    void accepted(const QList<shopcast::chat::ChatEvent> &events);
    // Order lines and refunds, in arrival order: money, not conversation —
    // they skip moderation and the comments list.
    void salesReceived(const QList<shopcast::chat::ChatEvent> &events);
    // The room's size as the platforms count it (online, viewers, views):
    // figures for GPM, not messages.
    void audienceReceived(const QList<shopcast::chat::ChatEvent> &events);
    void sourceError(const QString &message);

private:
    bool seenBefore(const ChatEvent &event);

    const core::MonotonicClock &m_clock;
    QSet<QString> m_seen;
    QQueue<QString> m_seenOrder;
    Counters m_counters;
};

} // namespace shopcast::chat
