#pragma once

#include "CatchQt.hpp"

#include "chat/CommentPluginLoader.hpp"

#include <QJsonObject>

namespace shopcast::test {

// A plugin's settings as the studio hands them to configure(): the test's
// values completed with the defaults of the plugin's metadata (the only place
// they are written).
inline QJsonObject normalizedSettings(const QString &pluginDir, const QString &pluginId, const QJsonObject &values)
{
    for (const auto &plugin : chat::CommentPluginLoader::load({pluginDir}).plugins) {
        if (plugin.id != pluginId)
            continue;
        QStringList errors;
        const std::optional<QJsonObject> normalized = plugin.metadata.normalize(values, &errors);
        INFO(errors.join(QStringLiteral("; ")).toStdString());
        REQUIRE(normalized);
        return *normalized;
    }
    FAIL("no plugin " << pluginId.toStdString() << " in " << pluginDir.toStdString());
    return {};
}

} // namespace shopcast::test
