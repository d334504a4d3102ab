#include "Database.hpp"

#include "Schema.hpp"
#include "StorageWriter.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

namespace shopcast::storage {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Database::Database() = default;

std::unique_ptr<Database> Database::open(const QString &path, QString *error)
{
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_connectionName = QStringLiteral("studio-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(path);
    if (!connection.open()) {
        *error = tr("cannot open the studio database %1: %2").arg(path, connection.lastError().text());
        return nullptr;
    }
    QString why;
    if (!exec(connection, QStringLiteral("PRAGMA journal_mode=WAL"), &why) || !exec(connection, QStringLiteral("PRAGMA foreign_keys=ON"), &why)
        || !exec(connection, QStringLiteral("PRAGMA busy_timeout=5000"), &why)) {
        *error = tr("%1 is not a usable SQLite database: %2").arg(path, why);
        return nullptr;
    }
    if (!db->migrate(error))
        return nullptr;
    db->m_writer = std::make_unique<StorageWriter>(path);
    return db;
}

std::unique_ptr<Database> Database::openTemporary(QString *error)
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid()) {
        *error = tr("no temporary folder for the database: %1").arg(dir->errorString());
        return nullptr;
    }
    auto db = open(dir->filePath(QStringLiteral("studio.db")), error);
    if (db)
        db->m_temporary = std::move(dir);
    return db;
}

Database::~Database()
{
    // Every queued write lands before the file is let go.
    m_writer.reset();
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

qint64 Database::nextShowId(QString *error)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM shows")) || !q.next()) {
        *error = tr("the shows cannot be read: %1").arg(q.lastError().text());
        return 0;
    }
    m_lastShowId = std::max(m_lastShowId, q.value(0).toLongLong()) + 1;
    return m_lastShowId;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    const int latest = Schema::latestVersion();
    if (current < 0) {
        *error = tr("the studio database %1 cannot be read").arg(m_path);
        return false;
    }
    if (current > latest) {
        *error = tr("the studio database %1 was written by a newer ShopCast (schema %2, this build knows up to %3)").arg(m_path).arg(current).arg(latest);
        return false;
    }
    QSqlDatabase db = connection();
    for (const Migration &step : Schema::migrations()) {
        if (step.version <= current)
            continue;
        db.transaction();
        QString why;
        bool ok = true;
        for (const QString &statement : QString::fromUtf8(step.sql).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!statement.trimmed().isEmpty())
                ok = ok && exec(db, statement, &why);
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(step.version), &why);
        if (!ok) {
            db.rollback();
            *error = tr("the studio database %1: migration to schema %2 (%3) failed: %4").arg(m_path).arg(step.version).arg(QLatin1String(step.area), why);
            return false;
        }
        db.commit();
    }
    return true;
}

} // namespace shopcast::storage
