#pragma once

#include <QCoreApplication>

#include "SceneCollection.hpp"

#include <QString>

namespace shopcast::broadcast {

// Loads and saves the scene collection file. Saving is atomic (QSaveFile) and
// keeps the previous good copy as FILE.bak. A file that fails to load is never
// overwritten: it is moved aside as FILE.corrupt-<time> and the .bak is tried,
// so the user loses neither the damaged file nor the last good state.
class SceneCollectionStore
{
    Q_DECLARE_TR_FUNCTIONS(SceneCollectionStore)
public:
    explicit SceneCollectionStore(QString path);

    struct LoadResult
    {
        std::optional<SceneCollection> collection; // empty: nothing usable on disk
        QString message;                           // for the UI when something went wrong
        QString movedAsidePath;                    // where a damaged file was put
    };
    LoadResult load() const;
    bool save(const SceneCollection &collection, QString *error) const;

    const QString &path() const { return m_path; }
    QString backupPath() const { return m_path + QStringLiteral(".bak"); }

private:
    QString m_path;
};

} // namespace shopcast::broadcast
