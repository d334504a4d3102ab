#include "CatalogDatabase.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace shopcast::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogDatabase", text);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// Each step takes the schema from version N-1 to N. Steps are only ever
// appended: a shipped step never changes.
const char *const kMigrations[] = {
    // 1: products and their change history
    "CREATE TABLE products ("
    " id INTEGER PRIMARY KEY,"
    " sku TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL,"
    " price_cents INTEGER NOT NULL CHECK (price_cents >= 0),"
    " promo_price_cents INTEGER CHECK (promo_price_cents >= 0),"
    " currency TEXT NOT NULL DEFAULT 'CNY',"
    " stock INTEGER,"
    " image TEXT NOT NULL DEFAULT '',"
    " selling_points TEXT NOT NULL DEFAULT '[]',"
    " script TEXT NOT NULL DEFAULT '',"
    " tags TEXT NOT NULL DEFAULT '[]',"
    " url TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL);"
    "CREATE TABLE product_history ("
    " id INTEGER PRIMARY KEY,"
    " product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
    " changed_at TEXT NOT NULL,"
    " source TEXT NOT NULL,"
    " before_json TEXT NOT NULL);"
    "CREATE INDEX product_history_product ON product_history(product_id);",
    // 2: the show lineup, shows and their timelines (the replay's chapters)
    "CREATE TABLE lineup_items ("
    " position INTEGER NOT NULL,"
    " sku TEXT NOT NULL UNIQUE REFERENCES products(sku) ON DELETE CASCADE,"
    " sold_out INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE shows ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL,"
    " started_at TEXT NOT NULL);"
    "CREATE TABLE timeline_events ("
    " id INTEGER PRIMARY KEY,"
    " show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,"
    " monotonic_ms INTEGER NOT NULL,"
    " wall_time TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " sku TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '{}');"
    "CREATE INDEX timeline_events_show ON timeline_events(show_id, monotonic_ms);",
    // 3: show plans (the run of show a producer prepares), kept as their JSON
    "CREATE TABLE show_plans ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT NOT NULL,"
    " plan_json TEXT NOT NULL,"
    " updated_at TEXT NOT NULL);",
    // 4: the chat log: every accepted comment and event of a show
    "CREATE TABLE chat_log ("
    " id INTEGER PRIMARY KEY,"
    " show_id INTEGER NOT NULL,"
    " type TEXT NOT NULL,"
    " platform TEXT NOT NULL,"
    " msg_id TEXT NOT NULL,"
    " user_id TEXT NOT NULL,"
    " user_name TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " target_id TEXT NOT NULL,"
    " sent_at_ms INTEGER NOT NULL,"
    " arrived_at_ms INTEGER NOT NULL,"
    " extra TEXT NOT NULL);"
    "CREATE INDEX chat_log_show ON chat_log(show_id, arrived_at_ms);"
    "CREATE INDEX chat_log_user ON chat_log(platform, user_id);",
};

} // namespace

std::unique_ptr<CatalogDatabase> CatalogDatabase::open(const QString &path, QString *error)
{
    std::unique_ptr<CatalogDatabase> db(new CatalogDatabase);
    db->m_path = path;
    db->m_connectionName = QStringLiteral("catalog-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    connection.setDatabaseName(path);
    if (!connection.open()) {
        *error = tr("cannot open catalog %1: %2").arg(path, connection.lastError().text());
        return nullptr;
    }
    QString why;
    if (!exec(connection, QStringLiteral("PRAGMA journal_mode=WAL"), &why) || !exec(connection, QStringLiteral("PRAGMA foreign_keys=ON"), &why)
        || !exec(connection, QStringLiteral("PRAGMA busy_timeout=5000"), &why)) {
        *error = tr("catalog %1 is not a usable SQLite database: %2").arg(path, why);
        return nullptr;
    }
    if (!db->migrate(error))
        return nullptr;
    return db;
}

CatalogDatabase::~CatalogDatabase()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase CatalogDatabase::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int CatalogDatabase::schemaVersion() const
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : -1;
}

bool CatalogDatabase::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = tr("catalog %1 cannot be read").arg(m_path);
        return false;
    }
    if (current > kSchemaVersion) {
        *error = tr("catalog %1 was written by a newer ShopCast (schema %2, this build knows up to %3)")
                     .arg(m_path).arg(current).arg(kSchemaVersion);
        return false;
    }
    QSqlDatabase db = connection();
    for (int version = current + 1; version <= kSchemaVersion; ++version) {
        db.transaction();
        QString why;
        bool ok = true;
        for (const QString &statement : QString::fromUtf8(kMigrations[version - 1]).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            ok = ok && exec(db, statement, &why);
        ok = ok && exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version), &why);
        if (!ok) {
            db.rollback();
            *error = tr("catalog %1: migration to schema %2 failed: %3").arg(m_path).arg(version).arg(why);
            return false;
        }
        db.commit();
    }
    return true;
}

} // namespace shopcast::catalog
