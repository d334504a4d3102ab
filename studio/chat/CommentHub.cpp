#include "CommentHub.hpp"

#include "pluginapi/CommentSource.hpp"

#include "core/MonotonicClock.hpp"

namespace shopcast::chat {

CommentHub::CommentHub(const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Growing a 100,000-entry set rehashes it in one go, a visible stall in
    // the middle of a busy show; take the memory up front instead.
    m_seen.reserve(kRememberedIds + 1);
}

void CommentHub::addSource(CommentSource *source)
{
    connect(source, &CommentSource::eventsReceived, this, &CommentHub::ingest);
}

bool CommentHub::seenBefore(const ChatEvent &event)
{
    if (event.id.isEmpty() || (event.type != ChatEvent::Type::Comment && event.type != ChatEvent::Type::Gift))
        return false;
    const QString key = event.platform + QLatin1Char('\x1f') + event.id;
    if (m_seen.contains(key))
        return true;
    m_seen.insert(key);
    m_seenOrder.enqueue(key);
    if (m_seenOrder.size() > kRememberedIds)
        m_seen.remove(m_seenOrder.dequeue());
    return false;
}

void CommentHub::ingest(const QList<ChatEvent> &events)
{
    QList<ChatEvent> batch;
    batch.reserve(events.size());
    QList<ChatEvent> sales;
    QList<ChatEvent> audience;
    const qint64 now = m_clock.nowMs();
    for (ChatEvent event : events) {
        if (event.type == ChatEvent::Type::Error) {
            ++m_counters.errors;
            m_counters.lastError = QStringLiteral("%1: %2").arg(event.platform, event.text.left(kMaxErrorChars));
            emit sourceError(m_counters.lastError);
            continue;
        }
        if (seenBefore(event)) {
            ++m_counters.duplicates;
            continue;
        }
        event.arrivedAtMs = now;
        ++m_counters.accepted;
        if (event.type == ChatEvent::Type::Order || event.type == ChatEvent::Type::Refund) {
            ++m_counters.sales;
            sales.append(std::move(event));
        } else if (event.type == ChatEvent::Type::Audience) {
            ++m_counters.audience;
            audience.append(std::move(event));
        } else {
            batch.append(std::move(event));
        }
    }
    if (!batch.isEmpty())
        emit accepted(batch);
    if (!sales.isEmpty())
        emit salesReceived(sales);
    if (!audience.isEmpty())
        emit audienceReceived(audience);
}

} // namespace shopcast::chat
