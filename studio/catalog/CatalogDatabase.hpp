#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace shopcast::catalog {

// The studio database: one SQLite file per profile (catalog, lineup, show
// timelines), opened in WAL mode (readers never block
// the writer during a show) with schema migrations keyed on user_version.
class CatalogDatabase
{
public:
    static constexpr int kSchemaVersion = 4;

    static std::unique_ptr<CatalogDatabase> open(const QString &path, QString *error);
    ~CatalogDatabase();
    CatalogDatabase(const CatalogDatabase &) = delete;
    CatalogDatabase &operator=(const CatalogDatabase &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

private:
    CatalogDatabase() = default;
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
};

} // namespace shopcast::catalog
