#include "ShowLibrary.hpp"

#include "ChapterBuilder.hpp"

#include "show/ShowTimeline.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::replay {

ShowLibrary::ShowLibrary(storage::Database &db)
    : m_sql(db.connection())
    , m_db(&db)
{}

ShowLibrary::ShowLibrary(const QSqlDatabase &connection)
    : m_sql(connection)
{}

std::optional<ShowSummary> ShowLibrary::summarise(qint64 id, const QString &title, const QString &started, const QString &ended, const QString &reason) const
{
    ShowSummary s;
    s.id = id;
    s.title = title;
    s.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs);
    s.endedAt = ended.isEmpty() ? QDateTime() : QDateTime::fromString(ended, Qt::ISODateWithMs);
    s.endReason = reason;
    const QList<show::TimelineEvent> events = show::ShowTimeline::load(m_sql, id);
    const ChapterBuilder built(events, relocations(id));
    s.lengthMs = built.showLengthMs();
    s.recordings = built.recordings();
    QSet<QString> skus;
    for (const Chapter &c : built.chapters())
        if (c.kind == ChapterKind::Product)
            skus.insert(c.sku);
    s.products = int(skus.size());
    return s;
}

QList<ShowSummary> ShowLibrary::shows(QString *error) const
{
    QList<ShowSummary> out;
    QSqlQuery q(m_sql);
    if (!q.exec(QStringLiteral("SELECT id, title, started_at, COALESCE(ended_at, ''), end_reason FROM shows ORDER BY id DESC"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next())
        if (auto s = summarise(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()))
            out.append(*s);
    return out;
}

std::optional<ShowSummary> ShowLibrary::show(qint64 showId, QString *error) const
{
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("SELECT id, title, started_at, COALESCE(ended_at, ''), end_reason FROM shows WHERE id = ?"));
    q.addBindValue(showId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("there is no show %1 in this database").arg(showId);
        return std::nullopt;
    }
    return summarise(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
}

QHash<QString, QString> ShowLibrary::relocations(qint64 showId) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_sql);
    q.prepare(QStringLiteral("SELECT recorded_path, path FROM recording_locations WHERE show_id = ?"));
    q.addBindValue(showId);
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool ShowLibrary::relocate(qint64 showId, const QString &recordedPath, const QString &newPath, QString *error, QObject *receiver,
                           std::function<void(bool saved)> saved)
{
    const QFileInfo info(newPath);
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("%1 is not a readable file").arg(newPath);
        return false;
    }
    if (!m_db) {
        *error = tr("this library only reads");
        return false;
    }
    m_db->writer().submit(
        [showId, recordedPath, path = info.absoluteFilePath()](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO recording_locations (show_id, recorded_path, path, moved_at)"
                                     " VALUES (?, ?, ?, datetime('now'))"));
            q.addBindValue(showId);
            q.addBindValue(recordedPath);
            q.addBindValue(path);
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("recording location"));
    // The next read must see it: whoever reads next waits for this answer.
    if (receiver && saved)
        m_db->writer().whenCommitted(receiver, std::move(saved));
    return true;
}

} // namespace shopcast::replay
