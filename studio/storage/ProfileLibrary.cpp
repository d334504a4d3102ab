#include "ProfileLibrary.hpp"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <zip.h>

#include <sys/stat.h>

#include <memory>

namespace shopcast::storage {

namespace {

const QString kDatabase = QStringLiteral("studio.db");
const QString kSecrets = QStringLiteral("secrets.ini");

// SQLite's own side files: the consistent copy of the database replaces them.
bool isDatabaseSideFile(const QString &name)
{
    return name.endsWith(QLatin1String(".db-wal")) || name.endsWith(QLatin1String(".db-shm")) || name.endsWith(QLatin1String(".db-journal"));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A consistent copy of a database that the studio may be writing right now.
bool copyDatabase(const QString &from, const QString &to, QString *error)
{
    const QString connection = QStringLiteral("profile-copy-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(from);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = ProfileLibrary::tr("%1 cannot be opened: %2").arg(native(from), db.lastError().text());
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(to);
            ok = query.exec();
            if (!ok)
                *error = ProfileLibrary::tr("%1 cannot be copied: %2").arg(native(from), query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// A name inside an archive that stays inside the folder it is unpacked to.
bool safeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return !parts.isEmpty() && std::none_of(parts.begin(), parts.end(), [](const QString &p) { return p == QLatin1String("..") || p == QLatin1String("."); });
}

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

QString zipError(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    QString text = QString::fromUtf8(zip_error_strerror(&e));
    zip_error_fini(&e);
    return text;
}

// Unpacks archive into the (empty) folder to; refused: unsafe names, links,
// more files or bytes than the budget (counted as written, not as declared).
bool unzip(const QString &archive, const QString &to, QString *error)
{
    int code = 0;
    ZipPtr zip(zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!zip) {
        *error = ProfileLibrary::tr("%1 is not a readable zip archive: %2").arg(native(archive), zipError(code));
        return false;
    }
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    if (count > ProfileLibrary::kMaxImportFiles) {
        *error = ProfileLibrary::tr("%1 holds %2 files; a profile has at most %3").arg(native(archive)).arg(count).arg(ProfileLibrary::kMaxImportFiles);
        return false;
    }
    // One top folder for every entry (an archive made of a folder) is left out.
    QString top;
    for (zip_int64_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(zip.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS));
        const QString first = name.section(QLatin1Char('/'), 0, 0);
        if (!name.contains(QLatin1Char('/')) || (i > 0 && first != top)) {
            top.clear();
            break;
        }
        top = first;
    }
    qint64 written = 0;
    const QDir target(to);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = zip_uint64_t(i);
        QString name = QString::fromUtf8(zip_get_name(zip.get(), index, ZIP_FL_ENC_GUESS));
        if (!safeEntryName(name)) {
            *error = ProfileLibrary::tr("%1 has an entry that would land outside the profile (%2); nothing was imported").arg(native(archive), name);
            return false;
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(zip.get(), index, 0, &system, &attributes) == 0 && system == ZIP_OPSYS_UNIX
            && S_ISLNK((attributes >> 16) & 0xFFFF)) {
            *error = ProfileLibrary::tr("%1 holds a symbolic link (%2); a profile has none, nothing was imported").arg(native(archive), name);
            return false;
        }
        if (!top.isEmpty())
            name = name.mid(top.size() + 1);
        if (name.isEmpty() || name.endsWith(QLatin1Char('/'))) {
            if (!name.isEmpty())
                target.mkpath(name);
            continue;
        }
        const QString path = target.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> in(zip_fopen_index(zip.get(), index, 0), &zip_fclose);
        if (!in || !out.open(QIODevice::WriteOnly)) {
            *error = ProfileLibrary::tr("%1: %2 cannot be unpacked: %3")
                         .arg(native(archive), name, in ? out.errorString() : QString::fromUtf8(zip_strerror(zip.get())));
            return false;
        }
        for (;;) {
            const zip_int64_t n = zip_fread(in.get(), buffer.data(), zip_uint64_t(buffer.size()));
            if (n < 0) {
                *error = ProfileLibrary::tr("%1: %2 is damaged: %3").arg(native(archive), name, QString::fromUtf8(zip_file_strerror(in.get())));
                return false;
            }
            if (n == 0)
                break;
            written += n;
            if (written > ProfileLibrary::kMaxImportBytes) {
                *error = ProfileLibrary::tr("%1 unpacks to more than %2 GiB; nothing was imported")
                             .arg(native(archive))
                             .arg(ProfileLibrary::kMaxImportBytes >> 30);
                return false;
            }
            if (out.write(buffer.constData(), n) != n) {
                *error = ProfileLibrary::tr("%1 cannot be written: %2").arg(native(path), out.errorString());
                return false;
            }
        }
    }
    return true;
}

bool zipFolder(const QString &dir, const QString &archive, QString *error)
{
    const QString partial = archive + QStringLiteral(".partial");
    QFile::remove(partial);
    int code = 0;
    ZipPtr zip(zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_EXCL, &code));
    if (!zip) {
        *error = ProfileLibrary::tr("%1 cannot be written: %2").arg(native(archive), zipError(code));
        return false;
    }
    const QDir base(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray name = base.relativeFilePath(path).toUtf8();
        zip_source_t *source = zip_source_file(zip.get(), QFile::encodeName(path).constData(), 0, -1);
        if (!source || zip_file_add(zip.get(), name.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            if (source)
                zip_source_free(source);
            *error = ProfileLibrary::tr("%1 cannot be added to %2: %3").arg(native(path), native(archive), QString::fromUtf8(zip_strerror(zip.get())));
            return false;
        }
    }
    // zip_close writes the archive; on failure the handle stays ours to discard.
    if (zip_close(zip.get()) != 0) {
        *error = ProfileLibrary::tr("%1 cannot be written: %2").arg(native(archive), QString::fromUtf8(zip_strerror(zip.get())));
        QFile::remove(partial);
        return false;
    }
    (void)zip.release();
    QFile::remove(archive);
    if (!QFile::rename(partial, archive)) {
        *error = ProfileLibrary::tr("%1 cannot be written").arg(native(archive));
        QFile::remove(partial);
        return false;
    }
    return true;
}

// A hidden sibling of a folder to be made, renamed into place when whole.
QString stagingFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".%1.partial-%2").arg(info.fileName()).arg(QCoreApplication::applicationPid()));
}

} // namespace

ProfileLibrary::ProfileLibrary(QString root, const QString &currentDir)
    : m_root(std::move(root))
    , m_currentDir(QDir::cleanPath(QDir(currentDir).absolutePath()))
{}

QStringList ProfileLibrary::names() const
{
    QStringList out = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::LocaleAware);
    out.erase(std::remove_if(out.begin(), out.end(), [](const QString &n) { return n.startsWith(QLatin1Char('.')); }), out.end());
    return out;
}

QString ProfileLibrary::current() const
{
    const QFileInfo info(m_currentDir);
    return QDir::cleanPath(info.absolutePath()) == QDir::cleanPath(QDir(m_root).absolutePath()) ? info.fileName() : QString();
}

QString ProfileLibrary::pathOf(const QString &name) const
{
    return QDir(m_root).filePath(name);
}

bool ProfileLibrary::validName(const QString &name, QString *error) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("A profile needs a name.");
        return false;
    }
    if (trimmed.size() > kMaxNameChars) {
        *error = tr("A profile's name has at most %1 characters.").arg(kMaxNameChars);
        return false;
    }
    if (trimmed.startsWith(QLatin1Char('.')) || trimmed.contains(QLatin1Char('/')) || trimmed.contains(QLatin1Char('\\'))
        || std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        *error = tr("\"%1\" cannot name a profile: it is a folder's name (no / or \\, not starting with a dot).").arg(trimmed);
        return false;
    }
    if (names().contains(trimmed, Qt::CaseInsensitive)) {
        *error = tr("There is a profile named %1 already.").arg(trimmed);
        return false;
    }
    return true;
}

QString ProfileLibrary::uniqueName(const QString &base) const
{
    const QStringList taken = names();
    QString name = base.trimmed().left(kMaxNameChars - 4);
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = tr("Profile");
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    QString candidate = name;
    for (int n = 2; taken.contains(candidate, Qt::CaseInsensitive); ++n)
        candidate = QStringLiteral("%1 %2").arg(name).arg(n);
    return candidate;
}

bool ProfileLibrary::create(const QString &name, QString *error) const
{
    if (!validName(name, error))
        return false;
    if (!QDir().mkpath(pathOf(name.trimmed()))) {
        *error = tr("%1 cannot be made").arg(native(pathOf(name.trimmed())));
        return false;
    }
    return true;
}

bool ProfileLibrary::duplicate(const QString &dir, const QString &name, QString *error) const
{
    if (!validName(name, error))
        return false;
    if (!QFileInfo(dir).isDir()) {
        *error = tr("%1 is not a profile folder").arg(native(dir));
        return false;
    }
    QDir().mkpath(m_root);
    return copyProfile(dir, pathOf(name.trimmed()), true, error);
}

bool ProfileLibrary::rename(const QString &from, const QString &to, QString *error) const
{
    if (!names().contains(from)) {
        *error = tr("There is no profile named %1.").arg(from);
        return false;
    }
    if (from == current()) {
        *error = tr("%1 is the profile in use: switch to another one to rename it.").arg(from);
        return false;
    }
    if (QString::compare(from, to.trimmed(), Qt::CaseInsensitive) != 0 && !validName(to, error))
        return false;
    if (!QDir(m_root).rename(from, to.trimmed())) {
        *error = tr("%1 cannot be renamed").arg(native(pathOf(from)));
        return false;
    }
    return true;
}

bool ProfileLibrary::remove(const QString &name, QString *error) const
{
    if (!names().contains(name)) {
        *error = tr("There is no profile named %1.").arg(name);
        return false;
    }
    if (name == current()) {
        *error = tr("%1 is the profile in use: switch to another one to remove it.").arg(name);
        return false;
    }
    // Qt puts the trash beside the working folder when the desktop's data
    // folder does not exist yet (a fresh account): make it first, and take
    // back anything that did not land in a real trash.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QDir().mkpath(QDir(dataHome).filePath(QStringLiteral("Trash/files")));
    QDir().mkpath(QDir(dataHome).filePath(QStringLiteral("Trash/info")));
    QString inTrash;
    const bool moved = QFile::moveToTrash(pathOf(name), &inTrash);
    if (moved && (QDir::isRelativePath(inTrash) || !inTrash.contains(QLatin1String("Trash")))) {
        QDir().rename(inTrash, pathOf(name));
        *error = tr("%1 could not be moved to the trash; it is left as it was (remove the folder by hand if you mean it).").arg(native(pathOf(name)));
        return false;
    }
    if (!moved) {
        *error = tr("%1 could not be moved to the trash; it is left as it was (remove the folder by hand if you mean it).").arg(native(pathOf(name)));
        return false;
    }
    return true;
}

bool ProfileLibrary::exportTo(const QString &dir, const QString &target, QString *error)
{
    if (!QFileInfo(dir).isDir()) {
        *error = tr("%1 is not a profile folder").arg(native(dir));
        return false;
    }
    if (!target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        const QFileInfo info(target);
        if (info.exists() && (!info.isDir() || !QDir(target).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))) {
            *error = tr("%1 exists and is not an empty folder").arg(native(target));
            return false;
        }
        QDir().rmdir(target);
        return copyProfile(dir, target, false, error);
    }
    const QString staging = stagingFor(target);
    QDir(staging).removeRecursively();
    const bool ok = copyProfile(dir, staging, false, error) && zipFolder(staging, target, error);
    QDir(staging).removeRecursively();
    return ok;
}

std::optional<QString> ProfileLibrary::importFrom(const QString &source, const QString &name, QString *error) const
{
    const QFileInfo info(source);
    if (!info.exists()) {
        *error = tr("%1 does not exist").arg(native(source));
        return std::nullopt;
    }
    const QString unique = uniqueName(name);
    if (!validName(unique, error))
        return std::nullopt;
    QDir().mkpath(m_root);
    const QString target = pathOf(unique);
    if (info.isDir()) {
        qint64 bytes = 0;
        int files = 0;
        QDirIterator it(source, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            bytes += it.fileInfo().size();
            if (++files > kMaxImportFiles || bytes > kMaxImportBytes) {
                *error = tr("%1 is larger than a profile can be (%2 files, %3 GiB)").arg(native(source)).arg(kMaxImportFiles).arg(kMaxImportBytes >> 30);
                return std::nullopt;
            }
        }
        if (!looksLikeProfile(source)) {
            *error = tr("%1 is not a ShopCast profile: it has no studio.json, ui.json, scenes.json or studio.db").arg(native(source));
            return std::nullopt;
        }
        if (!copyProfile(source, target, false, error))
            return std::nullopt;
        return unique;
    }
    const QString staging = stagingFor(target);
    QDir(staging).removeRecursively();
    QDir().mkpath(staging);
    const auto fail = [&staging](std::optional<QString> none = std::nullopt) {
        QDir(staging).removeRecursively();
        return none;
    };
    if (!unzip(source, staging, error))
        return fail();
    if (!looksLikeProfile(staging)) {
        *error = tr("%1 is not a ShopCast profile: it has no studio.json, ui.json, scenes.json or studio.db").arg(native(source));
        return fail();
    }
    if (QFile::exists(QDir(staging).filePath(kDatabase)) && !isSqliteFile(QDir(staging).filePath(kDatabase))) {
        *error = tr("%1: its studio.db is not an SQLite database; nothing was imported").arg(native(source));
        return fail();
    }
    QFile::remove(QDir(staging).filePath(kSecrets)); // keys never travel in an archive
    if (!QDir().rename(staging, target)) {
        *error = tr("%1 cannot be made").arg(native(target));
        return fail();
    }
    return unique;
}

bool ProfileLibrary::copyProfile(const QString &dir, const QString &to, bool withSecrets, QString *error)
{
    if (QFileInfo::exists(to)) {
        *error = tr("%1 exists already").arg(native(to));
        return false;
    }
    const QString staging = stagingFor(to);
    QDir(staging).removeRecursively();
    const auto fail = [&staging] {
        QDir(staging).removeRecursively();
        return false;
    };
    if (!QDir().mkpath(staging)) {
        *error = tr("%1 cannot be made").arg(native(to));
        return false;
    }
    const QDir from(dir);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = from.relativeFilePath(path);
        const QString name = it.fileName();
        if (isDatabaseSideFile(name) || (!withSecrets && relative == kSecrets))
            continue;
        const QString out = QDir(staging).filePath(relative);
        QDir().mkpath(QFileInfo(out).absolutePath());
        if (relative == kDatabase && isSqliteFile(path)) {
            if (!copyDatabase(path, out, error))
                return fail();
        } else if (!QFile::copy(path, out)) {
            *error = tr("%1 cannot be copied to %2").arg(native(path), native(out));
            return fail();
        }
        if (relative == kSecrets)
            QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (!QDir().rename(staging, to)) {
        *error = tr("%1 cannot be made").arg(native(to));
        return fail();
    }
    return true;
}

bool ProfileLibrary::looksLikeProfile(const QString &dir)
{
    const QDir d(dir);
    for (const char *file : {"studio.json", "ui.json", "scenes.json", "studio.db"})
        if (d.exists(QString::fromLatin1(file)))
            return true;
    return false;
}

} // namespace shopcast::storage
