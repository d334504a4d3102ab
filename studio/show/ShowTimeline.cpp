#include "ShowTimeline.hpp"

#include "catalog/CatalogDatabase.hpp"
#include "core/MonotonicClock.hpp"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::show {

ShowTimeline::ShowTimeline(catalog::CatalogDatabase &db, const core::MonotonicClock &clock, qint64 showId)
    : m_db(db)
    , m_clock(clock)
    , m_showId(showId)
{
}

std::unique_ptr<ShowTimeline> ShowTimeline::begin(catalog::CatalogDatabase &db, const core::MonotonicClock &clock,
                                                  const QString &title, QString *error)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO shows (title, started_at) VALUES (?, ?)"));
    q.addBindValue(title);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return nullptr;
    }
    return std::unique_ptr<ShowTimeline>(new ShowTimeline(db, clock, q.lastInsertId().toLongLong()));
}

bool ShowTimeline::record(const QString &kind, const QString &sku, const QJsonObject &detail)
{
    TimelineEvent event{m_clock.nowMs(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), kind, sku, detail};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO timeline_events (show_id, monotonic_ms, wall_time, kind, sku, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_showId);
    q.addBindValue(event.monotonicMs);
    q.addBindValue(event.wallTime);
    q.addBindValue(kind);
    q.addBindValue(sku.isNull() ? QStringLiteral("") : sku);
    q.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        emit writeFailed(q.lastError().text());
        return false;
    }
    emit recorded(event);
    return true;
}

QList<TimelineEvent> ShowTimeline::events() const
{
    QList<TimelineEvent> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT monotonic_ms, wall_time, kind, sku, detail FROM timeline_events WHERE show_id = ? ORDER BY id"));
    q.addBindValue(m_showId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object()});
    return out;
}

} // namespace shopcast::show
