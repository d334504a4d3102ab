#pragma once

#include "CommentSource.hpp"

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
    CommentSourceFactory *factory = nullptr; // owned by its QPluginLoader instance
};

// Finds comment source plugins in folders. A file that is not a plugin, a
// plugin of another interface, one without id/version in its metadata, or a
// second plugin with an id already loaded is reported and skipped: the studio
// still starts with the others.
class CommentPluginLoader
{
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
