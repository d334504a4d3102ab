#pragma once

#include <QCoreApplication>
#include "PluginSetting.hpp"

#include <QColor>
#include <QList>
#include <QMap>

namespace shopcast::chat {

// What a comment plugin says about itself in its Qt plugin metadata (the
// JSON file beside its source): identity, the badge the chat shows for its
// platform, and the settings it takes. The host needs nothing else to offer,
// configure and remember a source of the plugin.
struct PlatformBadge
{
    QString text;
    QColor color;
};

struct PluginMetadata
{
    QString id;
    QString version;
    QJsonObject name; // locale -> text
    // The plugin's own platform (key: its id) and any platform it relays
    // (the bridge carries douyin, kuaishou ... comments): "badge" and
    // "platforms" in the JSON.
    QMap<QString, PlatformBadge> badges;
    QList<PluginSetting> settings;

    static std::optional<PluginMetadata> fromJson(const QJsonObject &json, QString *error);
    QString nameFor(const QLocale &locale) const;
    const PluginSetting *setting(const QString &key) const;
    QStringList secretKeys() const;
    // Checks values against the declared settings: fills defaults, turns
    // numbers typed as text into numbers, refuses unknown keys, and lists every
    // problem. The result is what the plugin's configure() receives.
    std::optional<QJsonObject> normalize(const QJsonObject &values, QStringList *errors) const;
    // For a plugin's configure(): the defaults live in the metadata only, so
    // settings that were not normalized lack them. Names the missing keys
    // (empty when none is).
    static QString missingSettings(const QJsonObject &settings, const QStringList &keys);

    Q_DECLARE_TR_FUNCTIONS(PluginMetadata)
};

} // namespace shopcast::chat
