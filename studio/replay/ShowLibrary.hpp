#pragma once

#include "ShowSummary.hpp"

#include <QCoreApplication>
#include <QHash>

#include <optional>

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

    QList<ShowSummary> shows(QString *error) const;
    std::optional<ShowSummary> show(qint64 showId, QString *error) const;
    QHash<QString, QString> relocations(qint64 showId) const;
    // The recording the timeline names as recordedPath is now at newPath.
    // Refused when newPath is not a readable file; written through the
    // storage writer.
    bool relocate(qint64 showId, const QString &recordedPath, const QString &newPath, QString *error);

private:
    std::optional<ShowSummary> summarise(qint64 id, const QString &title, const QString &started, const QString &ended,
                                         const QString &reason) const;

    storage::Database &m_db;
};

} // namespace shopcast::replay
