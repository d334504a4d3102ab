#pragma once

#include <QString>
#include <QStringList>

namespace shopcast::core {

// Where the studio finds its shipped resources and keeps a profile's files.
// Every location can be redirected by an environment variable so tests and
// several studio instances never share state by accident.
class StudioPaths
{
public:
    // True for a binary inside the build tree it was built in (a developer
    // build, the tests); an installed studio never looks at a source or build tree.
    static bool inBuildTree();
    // SHOPCAST_RESOURCE_DIR, else the source tree's resources/ (a build-tree
    // binary), else <prefix>/share/shopcast.
    static QString resourceDir();
    // The compiled translations (.qm): SHOPCAST_TRANSLATIONS_DIR, else the
    // build tree's, else <prefix>/share/shopcast/translations.
    static QString translationsDir();
    // Where comment source plugins are: SHOPCAST_PLUGIN_PATH (colon-separated),
    // then the build tree's (a build-tree binary) or <prefix>/lib/shopcast/plugins.
    static QStringList pluginDirs();
    // SHOPCAST_PROFILE_DIR, else <config>/shopcast/profiles/<profile>.
    static QString profileDir(const QString &profile = QStringLiteral("default"));
    // Where named profiles live (~/.config/shopcast/profiles), whatever
    // SHOPCAST_PROFILE_DIR says: `--profile NAME` is a folder in it.
    static QString profilesRoot();
    static QString sceneCollectionPath(const QString &profileDir);
    static QString settingsPath(const QString &profileDir);
    static QString obsConfigDir(const QString &profileDir);
    static QString defaultRecordingDir();
};

} // namespace shopcast::core
