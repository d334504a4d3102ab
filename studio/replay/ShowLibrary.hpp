#pragma once

#include "ShowSummary.hpp"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QObject;

namespace shopcast::storage {
class Database;
}

namespace shopcast::replay {

// The shows in the studio database, newest first, with their recordings as
// they are on disk now; a recording the user moved is remembered here (the
// timeline keeps the path it was recorded to).
class ShowLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ShowLibrary)
public:
    explicit ShowLibrary(storage::Database &db);
    // Reads only, on a connection of the calling thread (a worker's).
    explicit ShowLibrary(const QSqlDatabase &connection);

    QList<ShowSummary> shows(QString *error) const;
    std::optional<ShowSummary> show(qint64 showId, QString *error) const;
    QHash<QString, QString> relocations(qint64 showId) const;
    // The recording the timeline names as recordedPath is now at newPath.
    // Refused at once when newPath is not a readable file (or this library
    // only reads); otherwise written through the storage writer, and
    // saved(ok) runs on receiver's thread once it is committed.
    bool relocate(qint64 showId, const QString &recordedPath, const QString &newPath, QString *error, QObject *receiver = nullptr,
                  std::function<void(bool saved)> saved = {});

private:
    std::optional<ShowSummary> summarise(qint64 id, const QString &title, const QString &started, const QString &ended, const QString &reason) const;

    QSqlDatabase m_sql;
    storage::Database *m_db = nullptr; // the writer, for relocate
};

} // namespace shopcast::replay
