#pragma once

#include <QString>

namespace shopcast::core {

// Where the studio finds its shipped resources and keeps a profile's files.
// Every location can be redirected by an environment variable so tests and
// several studio instances never share state by accident.
class StudioPaths
{
public:
    // SHOPCAST_RESOURCE_DIR, else the source tree's resources/ (developer
    // builds), else <prefix>/share/shopcast.
    static QString resourceDir();
    // SHOPCAST_PROFILE_DIR, else <config>/shopcast/profiles/<profile>.
    static QString profileDir(const QString &profile = QStringLiteral("default"));
    static QString sceneCollectionPath(const QString &profileDir);
    static QString settingsPath(const QString &profileDir);
    static QString obsConfigDir(const QString &profileDir);
    static QString defaultRecordingDir();
};

} // namespace shopcast::core
