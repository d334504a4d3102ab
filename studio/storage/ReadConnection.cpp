#include "ReadConnection.hpp"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace shopcast::storage {

ReadConnection::ReadConnection(const QString &path)
    : m_name(QStringLiteral("reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        m_error = tr("%1 cannot be read: %2").arg(path, m_db.lastError().text());
        return;
    }
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
}

ReadConnection::~ReadConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace shopcast::storage
