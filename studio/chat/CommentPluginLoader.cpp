#include "CommentPluginLoader.hpp"

#include "core/StudioPaths.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QLocale>
#include <QLibrary>
#include <QPluginLoader>

namespace shopcast::chat {

namespace {} // namespace

QStringList CommentPluginLoader::defaultFolders()
{
    return core::StudioPaths::pluginDirs();
}

CommentPluginLoader::Result CommentPluginLoader::load(const QStringList &folders)
{
    Result result;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            const QString path = dir.absoluteFilePath(file);
            if (!QLibrary::isLibrary(path))
                continue;
            QPluginLoader loader(path);
            const QJsonObject meta = loader.metaData();
            if (meta.isEmpty()) {
                result.problems.append(CommentPluginLoader::tr("%1 is not a Qt plugin; skipped").arg(path));
                continue;
            }
            if (meta.value(QStringLiteral("IID")).toString() != QLatin1String(ShopCastCommentSourceFactory_iid)) {
                result.problems.append(CommentPluginLoader::tr("%1 is not a comment source plugin (interface %2); skipped")
                                           .arg(path, meta.value(QStringLiteral("IID")).toString()));
                continue;
            }
            QString why;
            const auto metadata = PluginMetadata::fromJson(meta.value(QStringLiteral("MetaData")).toObject(), &why);
            if (!metadata) {
                result.problems.append(CommentPluginLoader::tr("%1: %2; skipped").arg(path, why));
                continue;
            }
            CommentPlugin plugin{metadata->id, metadata->version, metadata->nameFor(QLocale()), path, *metadata, nullptr};
            const auto same = std::find_if(result.plugins.cbegin(), result.plugins.cend(), [&](const CommentPlugin &p) { return p.id == plugin.id; });
            if (same != result.plugins.cend()) {
                result.problems.append(
                    CommentPluginLoader::tr("%1 is a second plugin with id '%2' (already loaded from %3); skipped").arg(path, plugin.id, same->path));
                continue;
            }
            QObject *instance = loader.instance();
            plugin.factory = qobject_cast<CommentSourceFactory *>(instance);
            if (!plugin.factory) {
                result.problems.append(CommentPluginLoader::tr("%1 could not be loaded: %2; skipped")
                                           .arg(path, loader.errorString().isEmpty() ? CommentPluginLoader::tr("no factory") : loader.errorString()));
                continue;
            }
            result.plugins.append(plugin);
        }
    }
    return result;
}

} // namespace shopcast::chat
