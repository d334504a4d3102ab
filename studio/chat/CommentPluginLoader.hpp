#pragma once

#include <QCoreApplication>

#include "pluginapi/CommentSource.hpp"
#include "pluginapi/PluginMetadata.hpp"

#include <QList>
#include <QString>
#include <QStringList>

namespace shopcast::chat {

struct CommentPlugin
{
    QString id;
    QString version;
    QString name;
    QString path;
    PluginMetadata metadata;                 // settings, secrets and badge, as the plugin declares them
    CommentSourceFactory *factory = nullptr; // owned by its QPluginLoader instance
};

// Finds comment source plugins in folders. A file that is not a plugin, a
// plugin of another interface, one whose metadata is missing or malformed
// (no id/version, a settings declaration that does not parse), or a
// second plugin with an id already loaded is reported and skipped: the studio
// still starts with the others.
class CommentPluginLoader
{
    Q_DECLARE_TR_FUNCTIONS(CommentPluginLoader)
public:
    struct Result
    {
        QList<CommentPlugin> plugins;
        QStringList problems;
    };
    static Result load(const QStringList &folders);
    // The folders searched by default: SHOPCAST_PLUGIN_PATH (colon-separated),
    // then the build's and the installation's plugin folders.
    static QStringList defaultFolders();
};

} // namespace shopcast::chat
