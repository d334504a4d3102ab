#include "StudioPaths.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace shopcast::core {

bool StudioPaths::inBuildTree()
{
    const QString build = QDir(QStringLiteral(SHOPCAST_BUILD_DIR)).canonicalPath();
    const QString app = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    return !build.isEmpty() && (app == build || app.startsWith(build + QLatin1Char('/')));
}

QString StudioPaths::resourceDir()
{
    if (qEnvironmentVariableIsSet("SHOPCAST_RESOURCE_DIR"))
        return qEnvironmentVariable("SHOPCAST_RESOURCE_DIR");
    if (inBuildTree())
        return QStringLiteral(SHOPCAST_SOURCE_RESOURCE_DIR);
    return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/shopcast")));
}

QString StudioPaths::translationsDir()
{
    if (qEnvironmentVariableIsSet("SHOPCAST_TRANSLATIONS_DIR"))
        return qEnvironmentVariable("SHOPCAST_TRANSLATIONS_DIR");
    if (inBuildTree())
        return QStringLiteral(SHOPCAST_BUILD_DIR "/translations");
    return QDir(resourceDir()).filePath(QStringLiteral("translations"));
}

QStringList StudioPaths::pluginDirs()
{
    QStringList folders;
    if (qEnvironmentVariableIsSet("SHOPCAST_PLUGIN_PATH"))
        folders += qEnvironmentVariable("SHOPCAST_PLUGIN_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (inBuildTree())
        folders.append(QStringLiteral(SHOPCAST_BUILD_DIR "/plugins"));
    else
        folders.append(QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../lib/shopcast/plugins"))));
    return folders;
}

QString StudioPaths::profileDir(const QString &profile)
{
    if (qEnvironmentVariableIsSet("SHOPCAST_PROFILE_DIR"))
        return qEnvironmentVariable("SHOPCAST_PROFILE_DIR");
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(config).filePath(QStringLiteral("shopcast/profiles/") + profile);
}

QString StudioPaths::profilesRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(QStringLiteral("shopcast/profiles"));
}

QString StudioPaths::sceneCollectionPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("scenes.json"));
}

QString StudioPaths::settingsPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("studio.json"));
}

QString StudioPaths::obsConfigDir(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("obs"));
}

QString StudioPaths::defaultRecordingDir()
{
    QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (movies.isEmpty())
        movies = QDir::homePath();
    return QDir(movies).filePath(QStringLiteral("ShopCast"));
}

} // namespace shopcast::core
