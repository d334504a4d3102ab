#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace shopcast::storage {

// One prepared statement on the SQLite handle under a QSqlDatabase, for the
// few bulk writes where QtSql's per-row cost (a QVariant per value, a
// conversion per bind) is most of the time: an import of 200,000 order lines
// spends 4 of its 6 s there. It works inside the connection's transaction
// like any QSqlQuery; everything else keeps using QtSql.
class SqliteStatement
{
public:
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Null with error set when the connection is not SQLite or the SQL is bad.
    static std::unique_ptr<SqliteStatement> prepare(const QSqlDatabase &db, const char *sql, QString *error);

    // Parameters count from 1, as in SQLite. A null QString binds ''.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement once: false on an error (see error()). row() is
    // true when it produced a row, read before the next bind or step (which
    // start the statement over: one row per step, for lookups by key).
    bool step();
    bool row() const { return m_row; }
    // Iterates a query's rows instead: true with each row, false after the
    // last or on an error (failed() tells which; the statement is then reset).
    bool next();
    bool failed() const { return m_failed; }
    qint64 columnInt(int column) const;
    bool isNull(int column) const;
    QString columnText(int column) const;
    // Rows the last step inserted, updated or deleted.
    int changes() const;
    QString error() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    void rewind();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_row = false;
    bool m_failed = false;
    // Stateless: each bind is a whole text. A stateful encoder holds a text's
    // trailing half surrogate pair for the next call and so moves a broken
    // character from one column into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8;
};

} // namespace shopcast::storage
