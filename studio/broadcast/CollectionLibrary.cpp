#include "CollectionLibrary.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace shopcast::broadcast {

namespace {
constexpr qint64 kMaxIndexBytes = 1024 * 1024;
const QString kIndex = QStringLiteral("collections.json");
const QString kFirstFile = QStringLiteral("scenes.json"); // where a profile kept its one collection
} // namespace

CollectionLibrary::CollectionLibrary(QString profileDir)
    : m_profileDir(std::move(profileDir))
{
    QFile file(QDir(m_profileDir).filePath(kIndex));
    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxIndexBytes) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue v : root.value(QStringLiteral("collections")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("name")).toString().left(kMaxNameChars);
            const QString path = o.value(QStringLiteral("file")).toString();
            // Only a plain file name inside the profile: a hand-edited index cannot point elsewhere.
            if (name.isEmpty() || contains(name) || path.isEmpty() || QFileInfo(path).fileName() != path || m_entries.size() >= kMaxCollections)
                continue;
            m_entries.append({name, path});
        }
        m_current = root.value(QStringLiteral("current")).toString();
    }
    if (m_entries.isEmpty())
        m_entries.append({tr("Default"), kFirstFile});
    if (!contains(m_current))
        m_current = m_entries.constFirst().name;
}

QStringList CollectionLibrary::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out.append(e.name);
    return out;
}

bool CollectionLibrary::contains(const QString &name) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.name == name; });
}

QString CollectionLibrary::pathOf(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name)
            return QDir(m_profileDir).filePath(e.file);
    return {};
}

bool CollectionLibrary::validName(const QString &name, QString *error) const
{
    if (name.trimmed().isEmpty()) {
        *error = tr("a scene collection needs a name");
        return false;
    }
    if (name.size() > kMaxNameChars) {
        *error = tr("a scene collection's name is %1 characters at most").arg(kMaxNameChars);
        return false;
    }
    if (contains(name)) {
        *error = tr("there is a scene collection named %1 already").arg(name);
        return false;
    }
    return true;
}

QString CollectionLibrary::uniqueName(const QString &base) const
{
    const QString trimmed = base.trimmed().left(kMaxNameChars - 4);
    QString start = trimmed.isEmpty() ? tr("Scenes") : trimmed;
    if (!contains(start))
        return start;
    for (int n = 2;; ++n)
        if (QString candidate = QStringLiteral("%1 %2").arg(start).arg(n); !contains(candidate))
            return candidate;
}

bool CollectionLibrary::add(const QString &name, QString *error)
{
    if (!validName(name, error))
        return false;
    if (m_entries.size() >= kMaxCollections) {
        *error = tr("a profile holds %1 scene collections at most").arg(kMaxCollections);
        return false;
    }
    // Files are named by id, not by name: any name is fine on any file system, and a rename moves nothing.
    m_entries.append({name, QStringLiteral("scenes-%1.json").arg(QUuid::createUuid().toString(QUuid::Id128).left(12))});
    if (!save(error)) {
        m_entries.removeLast();
        return false;
    }
    return true;
}

bool CollectionLibrary::rename(const QString &from, const QString &to, QString *error)
{
    if (!contains(from)) {
        *error = tr("there is no scene collection named %1").arg(from);
        return false;
    }
    if (from == to)
        return true;
    if (!validName(to, error))
        return false;
    for (Entry &e : m_entries)
        if (e.name == from)
            e.name = to;
    if (m_current == from)
        m_current = to;
    return save(error);
}

bool CollectionLibrary::remove(const QString &name, QString *error)
{
    if (!contains(name)) {
        *error = tr("there is no scene collection named %1").arg(name);
        return false;
    }
    if (name == m_current) {
        *error = tr("%1 is the scene collection in use; switch to another first").arg(name);
        return false;
    }
    const QString path = pathOf(name);
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.name == name; }), m_entries.end());
    if (!save(error))
        return false;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".bak"));
    return true;
}

bool CollectionLibrary::setCurrent(const QString &name, QString *error)
{
    if (!contains(name)) {
        *error = tr("there is no scene collection named %1").arg(name);
        return false;
    }
    const QString before = m_current;
    m_current = name;
    if (!save(error)) {
        m_current = before;
        return false;
    }
    return true;
}

bool CollectionLibrary::save(QString *error) const
{
    QJsonArray entries;
    for (const Entry &e : m_entries)
        entries.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("file"), e.file}});
    QDir().mkpath(m_profileDir);
    QSaveFile file(QDir(m_profileDir).filePath(kIndex));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{QStringLiteral("current"), m_current}, {QStringLiteral("collections"), entries}}).toJson()) < 0
        || !file.commit()) {
        *error = tr("the list of scene collections cannot be written: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace shopcast::broadcast
