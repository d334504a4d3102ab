#include "StudioPaths.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace shopcast::core {

QString StudioPaths::resourceDir()
{
    if (qEnvironmentVariableIsSet("SHOPCAST_RESOURCE_DIR"))
        return qEnvironmentVariable("SHOPCAST_RESOURCE_DIR");
    const QString source = QStringLiteral(SHOPCAST_SOURCE_RESOURCE_DIR);
    if (QFileInfo::exists(source + QStringLiteral("/demo/product.png")))
        return source;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/shopcast"));
}

QString StudioPaths::profileDir(const QString &profile)
{
    if (qEnvironmentVariableIsSet("SHOPCAST_PROFILE_DIR"))
        return qEnvironmentVariable("SHOPCAST_PROFILE_DIR");
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(config).filePath(QStringLiteral("shopcast/profiles/") + profile);
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
