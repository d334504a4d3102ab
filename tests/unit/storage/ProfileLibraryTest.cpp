// Profiles as OBS users know them: made, copied (with the database the
// studio still has open), renamed, removed to the trash, exported to a zip or
// a folder and imported back; archives that would write outside the profile,
// links, floods of files and things that are not profiles are refused whole.
#include "CatchQt.hpp"
#include "TestFiles.hpp"

#include "storage/Database.hpp"
#include "storage/ProfileLibrary.hpp"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <zip.h>

#include <sys/stat.h>

using namespace shopcast;

namespace {

int products(const QString &dbPath)
{
    QString error;
    auto db = storage::Database::open(dbPath, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM products")) && q.next() ? q.value(0).toInt() : -1;
}

// A profile whose database the studio holds open, with rows only in its WAL.
std::unique_ptr<storage::Database> makeProfile(const QString &dir)
{
    test::writeFile(QDir(dir).filePath(QStringLiteral("studio.json")), R"({"canvas":{"width":1280}})");
    test::writeFile(QDir(dir).filePath(QStringLiteral("ui.json")), R"({"language":"zh_CN"})");
    test::writeFile(QDir(dir).filePath(QStringLiteral("scenes-2.json")), R"({"scenes":[]})");
    test::writeFile(QDir(dir).filePath(QStringLiteral("obs/plugin_config/x.ini")), "a=1");
    test::writeFile(QDir(dir).filePath(QStringLiteral("secrets.ini")), "[keys]\nk=secret");
    QString error;
    auto db = storage::Database::open(QDir(dir).filePath(QStringLiteral("studio.db")), &error);
    INFO(error.toStdString());
    REQUIRE(db);
    QSqlQuery q(db->connection());
    for (int i = 0; i < 3; ++i)
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('SKU%1', '保温杯 %1', 9900, 'now', 'now')").arg(i)));
    return db;
}

// An archive made by hand, entry by entry (name, bytes, or a link).
struct Entry
{
    QByteArray name;
    QByteArray bytes;
    bool link = false;
};

void makeZip(const QString &path, const std::vector<Entry> &entries)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(z);
    for (const Entry &e : entries) {
        zip_source_t *src = zip_source_buffer(z, e.bytes.constData(), zip_uint64_t(e.bytes.size()), 0);
        const zip_int64_t index = zip_file_add(z, e.name.constData(), src, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        if (e.link)
            zip_file_set_external_attributes(z, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX, zip_uint32_t(S_IFLNK | 0777) << 16);
    }
    REQUIRE(zip_close(z) == 0);
}

} // namespace

TEST_CASE("profiles: made, copied with their open database, renamed and switched names checked", "[profiles]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("profiles"));
    const QString showDir = QDir(root).filePath(QStringLiteral("带货"));
    auto db = makeProfile(showDir);
    const storage::ProfileLibrary library(root, showDir);
    CHECK(library.current() == QStringLiteral("带货"));
    QString error;

    REQUIRE(library.create(QStringLiteral("竖屏"), &error));
    CHECK(library.names() == QStringList({QStringLiteral("带货"), QStringLiteral("竖屏")}));
    CHECK_FALSE(library.create(QStringLiteral("竖屏"), &error)); // taken
    for (const QString &bad :
         {QString(), QStringLiteral("  "), QStringLiteral("../x"), QStringLiteral(".hidden"), QStringLiteral("a/b"), QString(65, QLatin1Char('x'))}) {
        INFO(bad.toStdString());
        error.clear();
        CHECK_FALSE(library.validName(bad, &error));
        CHECK_FALSE(error.isEmpty());
    }

    // The copy holds the rows still in the open database's WAL, and secrets.ini (mode 0600).
    REQUIRE(library.duplicate(showDir, QStringLiteral("带货 2"), &error));
    const QString copy = library.pathOf(QStringLiteral("带货 2"));
    CHECK(products(QDir(copy).filePath(QStringLiteral("studio.db"))) == 3);
    CHECK(test::readFile(QDir(copy).filePath(QStringLiteral("studio.json"))) == test::readFile(QDir(showDir).filePath(QStringLiteral("studio.json"))));
    CHECK(test::readFile(QDir(copy).filePath(QStringLiteral("obs/plugin_config/x.ini"))) == "a=1");
    CHECK(QFileInfo(QDir(copy).filePath(QStringLiteral("secrets.ini"))).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFileInfo::exists(QDir(copy).filePath(QStringLiteral("studio.db-wal"))));
    CHECK(library.uniqueName(QStringLiteral("带货")) == QStringLiteral("带货 3"));

    CHECK_FALSE(library.rename(QStringLiteral("带货"), QStringLiteral("x"), &error)); // in use
    CHECK(error.contains(QStringLiteral("in use")));
    REQUIRE(library.rename(QStringLiteral("带货 2"), QStringLiteral("备份"), &error));
    CHECK(library.names().contains(QStringLiteral("备份")));
    CHECK_FALSE(library.rename(QStringLiteral("备份"), QStringLiteral("竖屏"), &error)); // taken
    CHECK_FALSE(library.rename(QStringLiteral("nope"), QStringLiteral("y"), &error));
}

TEST_CASE("profiles: removing one moves it to the desktop's trash, never the one in use", "[profiles]")
{
    QTemporaryDir tmp;
    const QByteArray oldData = qgetenv("XDG_DATA_HOME");
    const QByteArray oldHome = qgetenv("HOME");
    // The trash of a home on the same file system as the profiles.
    qputenv("HOME", tmp.path().toUtf8());
    qputenv("XDG_DATA_HOME", tmp.filePath(QStringLiteral("share")).toUtf8()); // not made yet, as on a fresh account
    const QString root = tmp.filePath(QStringLiteral("profiles"));
    const storage::ProfileLibrary library(root, QDir(root).filePath(QStringLiteral("live")));
    QString error;
    REQUIRE(library.create(QStringLiteral("live"), &error));
    REQUIRE(library.create(QStringLiteral("旧的"), &error));
    test::writeFile(QDir(library.pathOf(QStringLiteral("旧的"))).filePath(QStringLiteral("studio.json")), "{}");
    CHECK_FALSE(library.remove(QStringLiteral("live"), &error));
    CHECK(error.contains(QStringLiteral("in use")));
    const bool removed = library.remove(QStringLiteral("旧的"), &error);
    qputenv("HOME", oldHome);
    if (oldData.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", oldData);
    INFO(error.toStdString());
    REQUIRE(removed);
    CHECK(library.names() == QStringList{QStringLiteral("live")});

    CHECK(QFileInfo::exists(tmp.filePath(QStringLiteral("share/Trash/files/旧的/studio.json"))));
}

TEST_CASE("profiles: an export to a zip or a folder imports back as the same profile, without its keys", "[profiles]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("profiles"));
    const QString showDir = QDir(root).filePath(QStringLiteral("default"));
    auto db = makeProfile(showDir);
    const storage::ProfileLibrary library(root, showDir);
    QString error;

    const QString zipPath = tmp.filePath(QStringLiteral("导出.zip"));
    REQUIRE(storage::ProfileLibrary::exportTo(showDir, zipPath, &error));
    CHECK_FALSE(QFileInfo::exists(zipPath + QStringLiteral(".partial")));
    const std::optional<QString> fromZip = library.importFrom(zipPath, QStringLiteral("导出"), &error);
    INFO(error.toStdString());
    REQUIRE(fromZip);
    CHECK(*fromZip == QStringLiteral("导出"));
    const QDir imported(library.pathOf(*fromZip));
    CHECK(test::readFile(imported.filePath(QStringLiteral("ui.json"))) == test::readFile(QDir(showDir).filePath(QStringLiteral("ui.json"))));
    CHECK(test::readFile(imported.filePath(QStringLiteral("scenes-2.json"))) == R"({"scenes":[]})");
    CHECK(test::readFile(imported.filePath(QStringLiteral("obs/plugin_config/x.ini"))) == "a=1");
    CHECK(products(imported.filePath(QStringLiteral("studio.db"))) == 3);
    CHECK_FALSE(imported.exists(QStringLiteral("secrets.ini"))); // keys never travel

    // The same archive again: a second profile beside the first, not over it.
    const std::optional<QString> again = library.importFrom(zipPath, QStringLiteral("导出"), &error);
    REQUIRE(again);
    CHECK(*again == QStringLiteral("导出 2"));

    const QString folder = tmp.filePath(QStringLiteral("exported"));
    REQUIRE(storage::ProfileLibrary::exportTo(showDir, folder, &error));
    CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("secrets.ini"))));
    CHECK_FALSE(storage::ProfileLibrary::exportTo(showDir, folder, &error)); // not empty any more
    const std::optional<QString> fromFolder = library.importFrom(folder, QStringLiteral("folder"), &error);
    REQUIRE(fromFolder);
    CHECK(products(QDir(library.pathOf(*fromFolder)).filePath(QStringLiteral("studio.db"))) == 3);

    // An archive of a folder (one top folder) imports as well.
    const QString wrapped = tmp.filePath(QStringLiteral("wrapped.zip"));
    makeZip(wrapped, {{"my-profile/studio.json", "{}"}, {"my-profile/ui.json", "{}"}});
    const std::optional<QString> unwrapped = library.importFrom(wrapped, QStringLiteral("wrapped"), &error);
    REQUIRE(unwrapped);
    CHECK(QFileInfo::exists(QDir(library.pathOf(*unwrapped)).filePath(QStringLiteral("studio.json"))));
}

TEST_CASE("profiles: archives that write outside, hold links, floods of files, damaged or no profile at all are refused whole", "[profiles]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("profiles"));
    const storage::ProfileLibrary library(root, QDir(root).filePath(QStringLiteral("default")));
    QString error;
    const auto refused = [&](const QString &archive, const QString &said) {
        error.clear();
        const QStringList before = library.names();
        CHECK_FALSE(library.importFrom(archive, QStringLiteral("x"), &error));
        INFO(error.toStdString());
        CHECK(error.contains(said));
        CHECK(library.names() == before);
        // Nothing half-made, hidden or not.
        CHECK(QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size() == before.size());
        CHECK_FALSE(QFileInfo::exists(tmp.filePath(QStringLiteral("evil"))));
    };

    const QString slip = tmp.filePath(QStringLiteral("slip.zip"));
    makeZip(slip, {{"studio.json", "{}"}, {"../../evil", "x"}});
    refused(slip, QStringLiteral("outside"));

    const QString link = tmp.filePath(QStringLiteral("link.zip"));
    makeZip(link, {{"studio.json", "{}"}, {"studio.db", "/etc/passwd", true}});
    refused(link, QStringLiteral("symbolic link"));

    const QString notProfile = tmp.filePath(QStringLiteral("photos.zip"));
    makeZip(notProfile, {{"a.jpg", "jpeg"}});
    refused(notProfile, QStringLiteral("not a ShopCast profile"));

    const QString fakeDb = tmp.filePath(QStringLiteral("fakedb.zip"));
    makeZip(fakeDb, {{"studio.json", "{}"}, {"studio.db", "not sqlite"}});
    refused(fakeDb, QStringLiteral("not an SQLite database"));

    std::vector<Entry> flood;
    flood.reserve(storage::ProfileLibrary::kMaxImportFiles + 1);
    for (int i = 0; i <= storage::ProfileLibrary::kMaxImportFiles; ++i)
        flood.push_back({QByteArray("f") + QByteArray::number(i), {}});
    const QString many = tmp.filePath(QStringLiteral("many.zip"));
    makeZip(many, flood);
    refused(many, QStringLiteral("at most"));

    const QString text = tmp.filePath(QStringLiteral("notes.zip"));
    test::writeFile(text, "just text");
    refused(text, QStringLiteral("not a readable zip"));

    // Cut short: the archive's directory is gone.
    const QString whole = tmp.filePath(QStringLiteral("whole.zip"));
    makeZip(whole, {{"studio.json", QByteArray(4000, 'x')}, {"ui.json", "{}"}});
    const QByteArray bytes = test::readFile(whole);
    const QString cut = tmp.filePath(QStringLiteral("cut.zip"));
    test::writeFile(cut, bytes.left(bytes.size() / 2));
    refused(cut, QStringLiteral("not a readable zip"));

    refused(tmp.filePath(QStringLiteral("missing.zip")), QStringLiteral("does not exist"));
}
