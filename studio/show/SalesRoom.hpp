#pragma once

#include "SalesTicker.hpp"

#include "pluginapi/ChatEvent.hpp"
#include "sales/RoomSize.hpp"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSet>

namespace shopcast::core {
class MonotonicClock;
}
namespace shopcast::storage {
class Database;
}

namespace shopcast::show {

class ShowTimeline;

// Orders as they come in live (the bridge's order and refund messages, the
// rehearsal's replays of them): each line once, by platform, order and line
// id; a refund takes its line out of the figures. Lines are stored in the
// orders table through the storage writer (with the show running, else by
// paid time) and put on the timeline. The host's and the producer's live
// numbers come from here: the show's GMV, orders in the last minute, what
// the product on air sold since its pitch began, and the room's size the
// platforms report (stored at most once a second per platform for the
// review's GPM).
class SalesRoom : public QObject
{
    Q_OBJECT
public:
    struct Figures
    {
        qint64 gmvCents = 0;
        int orders = 0; // distinct orders with a line still counted
        int units = 0;
        int refunds = 0;
        qint64 repeatedLines = 0; // a line seen before (a relay that retried), not counted again
        int ordersLastMinute = 0;
        QString onAirSku;
        int onAirOrders = 0; // since the product went on air
        int onAirUnits = 0;
        qint64 onAirCents = 0;
        bool audienceKnown = false; // a platform reported the room's size
        qint64 online = 0;
        qint64 viewers = 0;
        qint64 views = 0;
    };
    static constexpr qint64 kAudienceStoreIntervalMs = 1000;

    SalesRoom(storage::Database &db, ShowTimeline &timeline, const core::MonotonicClock &clock, QObject *parent = nullptr);

    void ingest(const QList<shopcast::chat::ChatEvent> &events);
    void ingestAudience(const QList<shopcast::chat::ChatEvent> &events);
    // A pitch begins (or none is on air): its own counts start at zero.
    void setOnAir(const QString &sku);
    Figures figures() const;
    // Units of a SKU paid and not refunded in this run of the studio.
    int soldUnits(const QString &sku) const { return m_unitsBySku.value(sku); }
    const QHash<QString, int> &soldUnitsBySku() const { return m_unitsBySku; }

signals:
    void changed();
    // A new paid line, once (the ticker's social proof).
    void sold(const shopcast::show::Sale &sale);

private:
    // Each line this run has seen, kept small: a show of hours holds hundreds
    // of thousands (as strings they cost ~350 bytes each, found by the show
    // benchmark's memory slope). Lines and orders are known by a 64-bit hash
    // of their ids: two lines of a 300,000-line show colliding is ~1e-9
    // likely, and the store, keyed by the ids themselves, keeps both anyway.
    struct Line
    {
        quint64 order = 0; // hash of platform + order id
        qint64 cents = 0;
        qint32 units = 0;
        qint32 sku = 0;       // in m_skus
        quint32 pitch = 0;    // the pitch of its SKU it came in during; 0: none
        bool counted = false; // paid and not refunded
    };
    void count(Line &line, int sign);
    bool duringPitch(const Line &line) const { return line.pitch != 0 && line.pitch == m_pitch; }
    qint32 skuIndex(const QString &sku);

    storage::Database &m_db;
    ShowTimeline &m_timeline;
    const core::MonotonicClock &m_clock;
    QHash<quint64, Line> m_lines; // hash of platform \x1f order \x1f line
    QHash<quint64, int> m_linesOfOrder;
    QStringList m_skus;
    QHash<QString, qint32> m_skuIndex;
    QHash<QString, int> m_unitsBySku;
    mutable QQueue<std::pair<qint64, quint64>> m_recentOrders; // arrival ms, order; the last minute's
    QSet<quint64> m_onAirOrders;
    quint32 m_pitch = 1; // the pitch on air now; a new one on each setOnAir
    Figures m_figures;
    sales::RoomSize m_room;
    QHash<QString, qint64> m_audienceStoredMs; // platform → last stored (monotonic)
};

} // namespace shopcast::show
