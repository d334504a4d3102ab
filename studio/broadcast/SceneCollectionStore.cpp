#include "SceneCollectionStore.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace shopcast::broadcast {

namespace {

std::optional<SceneCollection> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return SceneCollection::fromJson(file.readAll(), error);
}

} // namespace

SceneCollectionStore::SceneCollectionStore(QString path)
    : m_path(std::move(path))
{}

SceneCollectionStore::LoadResult SceneCollectionStore::load() const
{
    LoadResult result;
    if (!QFileInfo::exists(m_path)) {
        if (QFileInfo::exists(backupPath())) {
            QString error;
            result.collection = readFile(backupPath(), &error);
            if (result.collection)
                result.message = SceneCollectionStore::tr("%1 was missing; restored the previous copy %2").arg(m_path, backupPath());
        }
        return result;
    }

    QString error;
    result.collection = readFile(m_path, &error);
    if (result.collection)
        return result;

    const QString aside = m_path + QStringLiteral(".corrupt-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::rename(m_path, aside))
        result.movedAsidePath = aside;
    QString backupError;
    result.collection = readFile(backupPath(), &backupError);
    const QString kept = result.movedAsidePath.isEmpty() ? m_path : result.movedAsidePath;
    if (result.collection)
        result.message = SceneCollectionStore::tr("Scene collection %1 could not be read (%2). The damaged file is kept as %3; "
                                                  "the previous copy was loaded.")
                             .arg(m_path, error, kept);
    else
        result.message = SceneCollectionStore::tr("Scene collection %1 could not be read (%2). The damaged file is kept as %3; "
                                                  "no previous copy was usable, so the demo scenes were loaded.")
                             .arg(m_path, error, kept);
    return result;
}

bool SceneCollectionStore::save(const SceneCollection &collection, QString *error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = SceneCollectionStore::tr("cannot create folder %1").arg(info.absolutePath());
        return false;
    }
    // Only a file that still parses becomes the backup; a damaged one must not
    // replace the last good copy.
    if (QFileInfo::exists(m_path)) {
        QString ignored;
        if (readFile(m_path, &ignored)) {
            QFile::remove(backupPath());
            QFile::copy(m_path, backupPath());
        }
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(collection.toJson());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace shopcast::broadcast
