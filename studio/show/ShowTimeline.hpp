#pragma once

#include "TimelineEvent.hpp"

#include <QList>
#include <QObject>

namespace shopcast::catalog {
class CatalogDatabase;
}
namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::show {

// The show's timeline in the studio database: product switches, sold-outs,
// flash sales and (later) slots, lotteries and polls. It becomes the replay's
// chapters. Each record is written at once; a crash loses nothing written.
class ShowTimeline : public QObject
{
    Q_OBJECT
public:
    // Starts a new show row.
    static std::unique_ptr<ShowTimeline> begin(catalog::CatalogDatabase &db, const core::MonotonicClock &clock,
                                               const QString &title, QString *error);

    qint64 showId() const { return m_showId; }
    bool record(const QString &kind, const QString &sku = {}, const QJsonObject &detail = {});
    QList<TimelineEvent> events() const;

signals:
    void recorded(const shopcast::show::TimelineEvent &event);
    void writeFailed(const QString &error);

private:
    ShowTimeline(catalog::CatalogDatabase &db, const core::MonotonicClock &clock, qint64 showId);

    catalog::CatalogDatabase &m_db;
    const core::MonotonicClock &m_clock;
    qint64 m_showId;
};

} // namespace shopcast::show
