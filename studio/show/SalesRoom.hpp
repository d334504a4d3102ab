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
    struct Line
    {
        QString sku;
        QString order; // platform + order id
        int units = 0;
        qint64 cents = 0;
        bool counted = false;     // paid and not refunded
        bool duringPitch = false; // counted in the on-air figures
    };
    void count(Line &line, int sign);

    storage::Database &m_db;
    ShowTimeline &m_timeline;
    const core::MonotonicClock &m_clock;
    QHash<QString, Line> m_lines; // platform \x1f order \x1f line
    QHash<QString, int> m_linesOfOrder;
    QHash<QString, int> m_unitsBySku;
    mutable QQueue<std::pair<qint64, QString>> m_recentOrders; // arrival ms, order; the last minute's
    QSet<QString> m_onAirOrders;
    Figures m_figures;
    sales::RoomSize m_room;
    QHash<QString, qint64> m_audienceStoredMs; // platform → last stored (monotonic)
};

} // namespace shopcast::show
