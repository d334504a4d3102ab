#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace shopcast::storage {

class StorageWriter;

// The studio database: one SQLite file per profile, opened in WAL mode (readers
// never block the writer during a show) and migrated to the latest schema
// (Schema) on open. Reads go through connection() on the thread that opened
// it; writes made while a show runs go through writer(), which commits on its
// own thread so the GUI never waits on the disk. Bulk edits made outside a
// show (an import, the CLI) may use connection() in a transaction.
class Database
{
public:
    static std::unique_ptr<Database> open(const QString &path, QString *error);
    // A database in a private temporary folder, removed with the object: for
    // a session that cannot use its profile's file (it stays untouched).
    static std::unique_ptr<Database> openTemporary(QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    StorageWriter &writer() { return *m_writer; }
    const QString &path() const { return m_path; }
    bool isTemporary() const { return m_temporary != nullptr; }
    int schemaVersion() const;
    // The id the next show gets, chosen on this (the opening) thread so a
    // show can start without waiting for its row: shows are only added
    // through the writer with an id from here, so the committed maximum and
    // the ids handed out but maybe not yet committed cover them all. 0 when
    // the table cannot be read (error says why).
    qint64 nextShowId(QString *error);

private:
    Database();
    bool migrate(QString *error);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::unique_ptr<StorageWriter> m_writer;
    qint64 m_lastShowId = 0;

    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace shopcast::storage
