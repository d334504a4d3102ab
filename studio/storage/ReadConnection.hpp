#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace shopcast::storage {

// A read-only connection of its own to a studio database, made and used on
// one worker thread (Qt's connections belong to the thread that made them):
// a long read — a show's review — runs off the GUI thread and, with WAL,
// beside the writer.
class ReadConnection
{
    Q_DECLARE_TR_FUNCTIONS(ReadConnection)
public:
    explicit ReadConnection(const QString &path);
    ~ReadConnection();
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    const QString &error() const { return m_error; }
    const QSqlDatabase &connection() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace shopcast::storage
