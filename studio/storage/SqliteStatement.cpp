#include "SqliteStatement.hpp"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace shopcast::storage {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

std::unique_ptr<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const char *sql, QString *error)
{
    // Qt's SQLite driver hands out its sqlite3* as a QVariant named so.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not an SQLite connection");
        return nullptr;
    }
    sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
    if (!raw) {
        *error = QStringLiteral("the database is not open");
        return nullptr;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(raw, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(raw));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(raw, statement));
}

void SqliteStatement::rewind()
{
    // A statement that produced a row takes no binds until it is reset.
    if (m_row) {
        sqlite3_reset(m_statement);
        m_row = false;
    }
}

void SqliteStatement::bind(int index, const QString &text)
{
    rewind();
    // UTF-8 by Qt's vectorised conversion into a reused buffer: SQLite's own
    // UTF-16 translation cost more than the rest of a bind (sales bench).
    m_utf8.resize(m_encoder.requiredSpace(text.size()));
    const char *end = m_encoder.appendToBuffer(m_utf8.data(), text);
    sqlite3_bind_text(m_statement, index, m_utf8.constData(), int(end - m_utf8.constData()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    rewind();
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    rewind();
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    rewind();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_row = true;
        return true;
    }
    const bool ok = rc == SQLITE_DONE;
    // Reset keeps the bindings; the error message stays readable until then.
    if (ok)
        sqlite3_reset(m_statement);
    return ok;
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    m_row = rc == SQLITE_ROW;
    m_failed = !m_row && rc != SQLITE_DONE;
    if (!m_row && !m_failed)
        sqlite3_reset(m_statement);
    return m_row;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return text ? QString::fromUtf16(text, bytes / qsizetype(sizeof(char16_t))) : QString();
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteStatement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace shopcast::storage
