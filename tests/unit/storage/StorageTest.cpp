// The studio database: migrations from every shipped schema, and the one
// writer thread all areas write through during a show.
#include "CatchQt.hpp"

#include "show/ShowTimeline.hpp"
#include "storage/Database.hpp"
#include "storage/Schema.hpp"
#include "storage/SqliteStatement.hpp"
#include "storage/StorageWriter.hpp"

#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace shopcast;

namespace {

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool insertRow(QSqlDatabase &db, int value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
    q.addBindValue(value);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// A studio database with a bare table t (id, v) for the writer's jobs.
std::unique_ptr<storage::Database> databaseWithTable(const QString &path)
{
    QString error;
    auto db = storage::Database::open(path, &error);
    REQUIRE(db);
    QSqlQuery create(db->connection());
    REQUIRE(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)")));
    return db;
}

} // namespace

TEST_CASE("storage: a database written by the schema-4 build opens and upgrades without loss", "[storage][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("studio.db"));
    REQUIRE(QFile::copy(QStringLiteral(SHOPCAST_FIXTURES "/storage/studio-schema4.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-before"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 4);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-before"));

    QString error;
    auto db = storage::Database::open(path, &error);
    REQUIRE(db);
    CHECK(db->schemaVersion() == storage::Schema::latestVersion());
    {
        const QSqlDatabase c = db->connection();
        CHECK(count(c, QStringLiteral("products")) == 6);
        CHECK(count(c, QStringLiteral("product_history")) == 6);
        CHECK(count(c, QStringLiteral("lineup_items")) == 6);
        CHECK(count(c, QStringLiteral("shows")) == 1);
        CHECK(count(c, QStringLiteral("timeline_events")) == 1);
        CHECK(count(c, QStringLiteral("show_plans")) == 1);
        CHECK(count(c, QStringLiteral("chat_log")) == 8);
        // The old show reads back typed: its product event is payload version 1.
        const auto events = show::ShowTimeline::load(c, 1);
        REQUIRE(events.size() == 1);
        CHECK(events.first().kind == show::TimelineKind::Product);
        CHECK(events.first().sku == QStringLiteral("DEMO-CUP"));
        CHECK(events.first().payloadVersion == 1);
        QSqlQuery q(c);
        REQUIRE(q.exec(QStringLiteral("SELECT ended_at IS NULL, end_reason FROM shows")));
        REQUIRE(q.next());
        CHECK(q.value(0).toBool()); // a show of the old build never ended explicitly
    }
    db.reset();

    // Opening again changes nothing.
    db = storage::Database::open(path, &error);
    REQUIRE(db);
    CHECK(count(db->connection(), QStringLiteral("products")) == 6);
}

TEST_CASE("storage: an empty file is migrated to the current schema in WAL mode", "[storage][migration]")
{
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("p/studio.db")), &error);
    REQUIRE(db);
    CHECK(db->schemaVersion() == storage::Schema::latestVersion());
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
}

TEST_CASE("storage: a database from a newer build or not SQLite is refused, untouched", "[storage][migration]")
{
    QTemporaryDir dir;
    QString error;
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    CHECK_FALSE(storage::Database::open(junk, &error));
    CHECK(error.contains(QStringLiteral("junk.db")));
    QFile f(junk);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray(8192, 'x'));

    const QString future = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = storage::Database::open(future, &error);
        REQUIRE(db);
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version=99")));
    }
    CHECK_FALSE(storage::Database::open(future, &error));
    CHECK(error.contains(QStringLiteral("newer")));
}

TEST_CASE("storage writer: jobs from any thread commit in order off the calling thread, flush waits for them", "[storage][writer]")
{
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("w.db")), &error);
    REQUIRE(db);
    QSqlQuery create(db->connection());
    REQUIRE(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL, thread TEXT)")));

    storage::StorageWriter &writer = db->writer();
    std::atomic<bool> ranOnCaller{false};
    const QThread *caller = QThread::currentThread();
    for (int i = 0; i < 500; ++i)
        writer.submit([i, caller, &ranOnCaller](QSqlDatabase &c, QString *e) {
            ranOnCaller = ranOnCaller || QThread::currentThread() == caller;
            return insertRow(c, i, e);
        });
    QThread other;
    QObject worker;
    worker.moveToThread(&other);
    other.start();
    QMetaObject::invokeMethod(
        &worker,
        [&writer] {
            for (int i = 500; i < 1000; ++i)
                writer.submit([i](QSqlDatabase &c, QString *e) { return insertRow(c, i, e); });
        },
        Qt::BlockingQueuedConnection);
    other.quit();
    other.wait();
    REQUIRE(writer.flush());
    CHECK_FALSE(ranOnCaller);
    CHECK(writer.committedJobs() == 1000);
    CHECK(count(db->connection(), QStringLiteral("t")) == 1000);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT v FROM t WHERE id <= 500 ORDER BY id")));
    int expected = 0;
    bool inOrder = true;
    while (q.next())
        inOrder = inOrder && q.value(0).toInt() == expected++;
    CHECK(inOrder);
}

TEST_CASE("storage writer: a failing job is dropped and reported, the rest of its batch commits", "[storage][writer]")
{
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("w.db")), &error);
    REQUIRE(db);
    QSqlQuery create(db->connection());
    REQUIRE(create.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL UNIQUE)")));
    storage::StorageWriter &writer = db->writer();
    QStringList failures;
    QObject::connect(
        &writer, &storage::StorageWriter::writeFailed, &writer, [&](const QString &m) { failures.append(m); }, Qt::DirectConnection);
    writer.submit([](QSqlDatabase &c, QString *e) { return insertRow(c, 1, e); }, QStringLiteral("first"));
    // Writes a row, then fails: its row must not stay.
    writer.submit([](QSqlDatabase &c, QString *e) { return insertRow(c, 2, e) && insertRow(c, 1, e); }, QStringLiteral("duplicate"));
    writer.submit([](QSqlDatabase &c, QString *e) { return insertRow(c, 3, e); }, QStringLiteral("third"));
    REQUIRE(writer.flush());
    CHECK(writer.committedJobs() == 2);
    CHECK(writer.failedJobs() == 1);
    REQUIRE(failures.size() == 1);
    CHECK(failures.first().startsWith(QStringLiteral("duplicate: ")));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(v) FROM (SELECT v FROM t ORDER BY v)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("1,3"));
}

TEST_CASE("storage writer: a job submitted to run now starts its batch without waiting out the window", "[storage][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    auto db = databaseWithTable(path);
    // A window of ten minutes: only submitNow can end it within the test.
    storage::StorageWriter writer(path, 600'000);
    writer.submit([](QSqlDatabase &c, QString *e) { return insertRow(c, 1, e); });
    writer.submitNow([](QSqlDatabase &c, QString *e) { return insertRow(c, 2, e); }, QStringLiteral("import"));
    REQUIRE_EVENTUALLY(writer.committedJobs() == 2, 30'000); // the job waiting before it goes in the same batch
    CHECK(count(db->connection(), QStringLiteral("t")) == 2);
}

TEST_CASE("storage writer: everything queued is on disk when the database closes", "[storage][writer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.db"));
    QString error;
    {
        auto db = databaseWithTable(path);
        for (int i = 0; i < 2000; ++i)
            db->writer().submit([i](QSqlDatabase &c, QString *e) { return insertRow(c, i, e); });
    }
    auto db = storage::Database::open(path, &error);
    REQUIRE(db);
    CHECK(count(db->connection(), QStringLiteral("t")) == 2000);
}

TEST_CASE("storage: a temporary database works like a file one and goes away", "[storage]")
{
    QString error;
    QString path;
    {
        auto db = storage::Database::openTemporary(&error);
        REQUIRE(db);
        CHECK(db->isTemporary());
        path = db->path();
        CHECK(QFile::exists(path));
        db->writer().submit([](QSqlDatabase &c, QString *e) {
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("INSERT INTO shows (title, started_at) VALUES ('t', 'now')")))
                return true;
            *e = q.lastError().text();
            return false;
        });
        REQUIRE(db->writer().flush());
        CHECK(count(db->connection(), QStringLiteral("shows")) == 1);
    }
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("storage: a statement on SQLite's own handle binds text, numbers and null, reads a row back and names its errors", "[storage]")
{
    QString error;
    auto db = storage::Database::openTemporary(&error);
    REQUIRE(db);
    QSqlDatabase c = db->connection();
    QSqlQuery(c).exec(QStringLiteral("CREATE TABLE s (id INTEGER PRIMARY KEY, t TEXT NOT NULL, n INTEGER, UNIQUE (t))"));

    CHECK_FALSE(storage::SqliteStatement::prepare(c, "INSERT INTO nowhere VALUES (1)", &error));
    CHECK(error.contains(QStringLiteral("nowhere")));

    const auto insert = storage::SqliteStatement::prepare(c, "INSERT INTO s (t, n) VALUES (?, ?) ON CONFLICT (t) DO NOTHING", &error);
    REQUIRE(insert);
    // Text beyond the BMP, a null string as '' (the NOT NULL columns), a
    // number and a null; the statement is reused with new binds each time.
    const QString text = QStringLiteral("保温杯 ×2 😀");
    insert->bind(1, text);
    insert->bind(2, qint64(1) << 40);
    REQUIRE(insert->step());
    CHECK(insert->changes() == 1);
    insert->bind(1, QString());
    insert->bindNull(2);
    REQUIRE(insert->step());
    CHECK(insert->changes() == 1);
    insert->bind(1, text);
    insert->bind(2, qint64(7));
    REQUIRE(insert->step());
    CHECK(insert->changes() == 0); // the conflict

    const auto find = storage::SqliteStatement::prepare(c, "SELECT n, t FROM s WHERE t = ?", &error);
    REQUIRE(find);
    find->bind(1, text);
    REQUIRE(find->step());
    REQUIRE(find->row());
    CHECK(find->columnInt(0) == qint64(1) << 40);
    CHECK(find->columnText(1) == text);
    // A bind after a row starts the statement over.
    find->bind(1, QStringLiteral(""));
    REQUIRE(find->step());
    REQUIRE(find->row());
    CHECK(find->columnText(1).isEmpty());
    find->bind(1, QStringLiteral("none"));
    REQUIRE(find->step());
    CHECK_FALSE(find->row());

    // Iterating: every row, then false without an error; the same again after a rebind.
    const auto all = storage::SqliteStatement::prepare(c, "SELECT t, n FROM s WHERE id >= ? ORDER BY id", &error);
    REQUIRE(all);
    for (int pass = 0; pass < 2; ++pass) {
        all->bind(1, qint64(1));
        QStringList texts;
        int nulls = 0;
        while (all->next()) {
            texts.append(all->columnText(0));
            nulls += all->isNull(1) ? 1 : 0;
        }
        CHECK_FALSE(all->failed());
        CHECK(texts == QStringList{text, QString()});
        CHECK(nulls == 1);
    }

    // What QtSql sees is what the statement wrote.
    QSqlQuery q(c);
    REQUIRE(q.exec(QStringLiteral("SELECT t, n FROM s ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == text);
    REQUIRE(q.next());
    CHECK(q.value(0).toString().isEmpty());
    CHECK(q.value(1).isNull());

    // Each bind is converted on its own: a text that ends in half a
    // surrogate pair (a broken name from a platform) becomes U+FFFD and
    // leaves the next bind as it was — an encoder that kept state across
    // binds dropped the half and put a U+FFFD at the start of the next text.
    const auto two = storage::SqliteStatement::prepare(c, "INSERT INTO s (t, n) VALUES (?, ?) RETURNING t", &error);
    REQUIRE(two);
    QString broken = QStringLiteral("主播");
    broken.append(QChar(0xD83D));
    two->bind(1, broken);
    two->bind(2, qint64(3));
    REQUIRE(two->step());
    REQUIRE(two->row());
    CHECK(two->columnText(0) == QStringLiteral("主播") + QChar(QChar::ReplacementCharacter));
    two->bind(1, QStringLiteral("next"));
    two->bind(2, qint64(4));
    REQUIRE(two->step());
    REQUIRE(two->row());
    CHECK(two->columnText(0) == QStringLiteral("next"));

    // A constraint fails the step with SQLite's reason.
    const auto bad = storage::SqliteStatement::prepare(c, "INSERT INTO s (t, n) VALUES (NULL, 1)", &error);
    REQUIRE(bad);
    CHECK_FALSE(bad->step());
    CHECK(bad->error().contains(QStringLiteral("NOT NULL")));
}
