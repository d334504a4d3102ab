#include "AudienceStore.hpp"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace shopcast::sales {

namespace {
QVariant orNull(const std::optional<qint64> &count)
{
    return count ? QVariant(*count) : QVariant(QMetaType(QMetaType::LongLong));
}
std::optional<qint64> count(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}
} // namespace

bool AudienceStore::store(const QSqlDatabase &db, const QList<AudienceSample> &samples, qint64 showId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audience_samples (show_id, platform, at_ms, online, viewers, views) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const AudienceSample &s : samples) {
        q.addBindValue(showId);
        q.addBindValue(s.platform);
        q.addBindValue(s.atMs);
        q.addBindValue(orNull(s.online));
        q.addBindValue(orNull(s.viewers));
        q.addBindValue(orNull(s.views));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<QList<AudienceSample>> AudienceStore::load(const QSqlDatabase &db, qint64 showId, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT platform, at_ms, online, viewers, views FROM audience_samples WHERE show_id = ? ORDER BY at_ms, id"));
    q.addBindValue(showId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<AudienceSample> samples;
    while (q.next())
        samples.append({q.value(0).toString(), q.value(1).toLongLong(), count(q.value(2)), count(q.value(3)), count(q.value(4))});
    return samples;
}

} // namespace shopcast::sales
