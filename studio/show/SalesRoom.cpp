#include "SalesRoom.hpp"

#include "ShowTimeline.hpp"

#include "core/MonotonicClock.hpp"
#include "sales/AudienceStore.hpp"
#include "sales/OrderStore.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QDateTime>
#include <QJsonObject>

namespace shopcast::show {

using chat::ChatEvent;

SalesRoom::SalesRoom(storage::Database &db, ShowTimeline &timeline, const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_timeline(timeline)
    , m_clock(clock)
{}

namespace {

// Fixed within a run: the keys never leave this process.
constexpr size_t kKeySeed = 0x5348'4f50'4341'5354ULL;

quint64 keyOf(const QString &ids)
{
    return quint64(qHash(QStringView(ids), kKeySeed));
}

} // namespace

qint32 SalesRoom::skuIndex(const QString &sku)
{
    const auto it = m_skuIndex.constFind(sku);
    if (it != m_skuIndex.cend())
        return *it;
    m_skus.append(sku);
    return m_skuIndex.insert(sku, qint32(m_skus.size() - 1)).value();
}

void SalesRoom::count(Line &line, int sign)
{
    line.counted = sign > 0;
    m_figures.gmvCents += sign * line.cents;
    m_figures.units += sign * line.units;
    m_unitsBySku[m_skus.at(line.sku)] += sign * line.units;
    int &lines = m_linesOfOrder[line.order];
    if (sign > 0 && lines++ == 0)
        ++m_figures.orders;
    if (sign < 0 && --lines == 0)
        --m_figures.orders;
    if (duringPitch(line)) {
        m_figures.onAirUnits += sign * line.units;
        m_figures.onAirCents += sign * line.cents;
    }
}

void SalesRoom::ingest(const QList<ChatEvent> &events)
{
    QList<sales::Order> store;
    const qint64 now = m_clock.nowMs();
    for (const ChatEvent &e : events) {
        const QString orderId = e.extra.value(QStringLiteral("orderId")).toString();
        const QString lineId = e.extra.value(QStringLiteral("lineId")).toString();
        const quint64 key = keyOf(e.platform + QLatin1Char('\x1f') + orderId + QLatin1Char('\x1f') + lineId);
        sales::Order o;
        o.platform = e.platform;
        o.orderId = orderId;
        o.lineId = lineId;
        if (e.type == ChatEvent::Type::Refund) {
            auto it = m_lines.find(key);
            if (it == m_lines.end() || !it->counted)
                continue; // not sold here, or refunded already: the store keeps what an import says
            count(*it, -1);
            ++m_figures.refunds;
            o.sku = m_skus.at(it->sku);
            o.status = sales::OrderStatus::Refunded;
            store.append(o);
            m_timeline.record(TimelineKind::Refund, o.sku, {{QStringLiteral("orderId"), orderId}, {QStringLiteral("lineId"), lineId}});
            continue;
        }
        if (m_lines.contains(key)) {
            ++m_figures.repeatedLines; // the same line again: a relay that retried
            continue;
        }
        const QString sku = e.extra.value(QStringLiteral("sku")).toString();
        Line line;
        line.sku = skuIndex(sku);
        line.order = keyOf(e.platform + QLatin1Char('\x1f') + orderId);
        line.units = e.extra.value(QStringLiteral("quantity")).toInt();
        line.cents = e.extra.value(QStringLiteral("paidCents")).toInteger();
        line.pitch = !m_figures.onAirSku.isEmpty() && sku == m_figures.onAirSku ? m_pitch : 0;
        const bool newOrder = m_linesOfOrder.value(line.order) == 0;
        count(line, +1);
        if (duringPitch(line) && !m_onAirOrders.contains(line.order)) {
            m_onAirOrders.insert(line.order);
            ++m_figures.onAirOrders;
        }
        if (newOrder)
            m_recentOrders.enqueue({now, line.order});
        m_lines.insert(key, line);
        o.sku = sku;
        o.platformProductId = e.extra.value(QStringLiteral("productId")).toString();
        o.title = e.extra.value(QStringLiteral("title")).toString();
        o.quantity = line.units;
        o.paidCents = line.cents;
        o.buyer = e.extra.value(QStringLiteral("buyer")).toString();
        o.buyerId = e.extra.value(QStringLiteral("buyerId")).toString();
        const qint64 paidAtMs = e.extra.value(QStringLiteral("paidAtMs")).toInteger();
        o.paidAt = QDateTime::fromMSecsSinceEpoch(paidAtMs > 0 ? paidAtMs : QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        store.append(o);
        m_timeline.record(TimelineKind::Order, sku,
                          {{QStringLiteral("orderId"), orderId},
                           {QStringLiteral("lineId"), lineId},
                           {QStringLiteral("quantity"), line.units},
                           {QStringLiteral("paidCents"), line.cents}});
    }
    if (store.isEmpty())
        return;
    for (const sales::Order &o : std::as_const(store))
        if (o.status == sales::OrderStatus::Paid)
            emit sold(Sale{o.buyer, o.title, o.sku, o.quantity, o.paidCents});
    const std::optional<qint64> showId = m_timeline.isOpen() ? std::optional<qint64>(m_timeline.showId()) : std::nullopt;
    m_db.writer().submit(
        [store, showId](QSqlDatabase &db, QString *error) { return sales::OrderStore::store(db, store, showId, QStringLiteral("live"), error).has_value(); },
        QStringLiteral("orders"));
    emit changed();
}

void SalesRoom::ingestAudience(const QList<ChatEvent> &events)
{
    QList<sales::AudienceSample> store;
    const qint64 now = m_clock.nowMs();
    const auto count = [](const ChatEvent &e, const char *key) {
        const QJsonValue v = e.extra.value(QLatin1String(key));
        return v.isUndefined() ? std::nullopt : std::optional<qint64>(v.toInteger());
    };
    for (const ChatEvent &e : events) {
        const sales::AudienceSample sample{e.platform, QDateTime::currentMSecsSinceEpoch(), count(e, "online"), count(e, "viewers"), count(e, "views")};
        m_room.add(sample);
        // The live figures take every sample; the review needs no more than
        // one a second per platform (the running totals lose nothing by it).
        const auto last = m_audienceStoredMs.constFind(e.platform);
        if (last != m_audienceStoredMs.cend() && now - *last < kAudienceStoreIntervalMs)
            continue;
        m_audienceStoredMs.insert(e.platform, now);
        store.append(sample);
    }
    m_figures.audienceKnown = m_room.known();
    m_figures.online = m_room.online();
    m_figures.viewers = m_room.viewers();
    m_figures.views = m_room.views();
    if (!store.isEmpty() && m_timeline.isOpen()) {
        const qint64 showId = m_timeline.showId();
        m_db.writer().submit([store, showId](QSqlDatabase &db, QString *error) { return sales::AudienceStore::store(db, store, showId, error); },
                             QStringLiteral("audience"));
    }
    emit changed();
}

void SalesRoom::setOnAir(const QString &sku)
{
    if (sku == m_figures.onAirSku)
        return;
    m_figures.onAirSku = sku;
    m_figures.onAirOrders = 0;
    m_figures.onAirUnits = 0;
    m_figures.onAirCents = 0;
    m_onAirOrders.clear();
    ++m_pitch; // the lines of the last pitch are no longer this one's (no pass over every line)
    emit changed();
}

SalesRoom::Figures SalesRoom::figures() const
{
    Figures f = m_figures;
    const qint64 since = m_clock.nowMs() - 60'000;
    while (!m_recentOrders.isEmpty() && m_recentOrders.head().first < since)
        m_recentOrders.dequeue();
    f.ordersLastMinute = int(m_recentOrders.size());
    return f;
}

} // namespace shopcast::show
