#include "PluginMetadata.hpp"

#include <QCoreApplication>
#include <QJsonArray>

namespace shopcast::chat {

std::optional<PluginMetadata> PluginMetadata::fromJson(const QJsonObject &json, QString *error)
{
    PluginMetadata m;
    m.id = json.value(QStringLiteral("id")).toString();
    m.version = json.value(QStringLiteral("version")).toString();
    if (m.id.isEmpty() || m.version.isEmpty()) {
        *error = tr("no id or version in its metadata");
        return std::nullopt;
    }
    const QJsonValue name = json.value(QStringLiteral("name"));
    m.name = name.isString() ? QJsonObject{{QStringLiteral("en"), name.toString()}} : name.toObject();
    auto readBadge = [&](const QString &platform, const QJsonObject &badge) {
        const PlatformBadge b{badge.value(QStringLiteral("text")).toString(platform.left(1).toUpper()).left(2),
                              QColor(badge.value(QStringLiteral("color")).toString(QStringLiteral("#757575")))};
        if (!b.color.isValid()) {
            *error = tr("badge colour '%1' is not a colour").arg(badge.value(QStringLiteral("color")).toString());
            return false;
        }
        m.badges.insert(platform, b);
        return true;
    };
    if (!readBadge(m.id, json.value(QStringLiteral("badge")).toObject()))
        return std::nullopt;
    const QJsonObject platforms = json.value(QStringLiteral("platforms")).toObject();
    for (auto it = platforms.begin(); it != platforms.end(); ++it)
        if (!readBadge(it.key(), it.value().toObject()))
            return std::nullopt;
    for (const QJsonValue v : json.value(QStringLiteral("settings")).toArray()) {
        QString why;
        auto setting = PluginSetting::fromJson(v.toObject(), &why);
        if (!setting) {
            *error = why;
            return std::nullopt;
        }
        if (m.setting(setting->key)) {
            *error = tr("setting '%1' is declared twice").arg(setting->key);
            return std::nullopt;
        }
        m.settings.append(*setting);
    }
    return m;
}

QString PluginMetadata::missingSettings(const QJsonObject &settings, const QStringList &keys)
{
    QStringList missing;
    for (const QString &key : keys)
        if (!settings.contains(key))
            missing.append(key);
    return missing.isEmpty()
               ? QString()
               : tr("settings missing: %1 (their defaults are in the plugin's metadata; the studio fills them in)").arg(missing.join(QStringLiteral(", ")));
}

QString PluginMetadata::nameFor(const QLocale &locale) const
{
    for (const QString &n : {locale.name(), locale.name().section(QLatin1Char('_'), 0, 0), QStringLiteral("en")})
        if (name.contains(n))
            return name.value(n).toString();
    return id;
}

const PluginSetting *PluginMetadata::setting(const QString &key) const
{
    for (const PluginSetting &s : settings)
        if (s.key == key)
            return &s;
    return nullptr;
}

QStringList PluginMetadata::secretKeys() const
{
    QStringList keys;
    for (const PluginSetting &s : settings)
        if (s.secret)
            keys.append(s.key);
    return keys;
}

std::optional<QJsonObject> PluginMetadata::normalize(const QJsonObject &values, QStringList *errors) const
{
    QJsonObject out;
    const int before = int(errors->size());
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!setting(it.key()))
            errors->append(tr("%1: not a setting of %2").arg(it.key(), id));
    for (const PluginSetting &s : settings) {
        QString why;
        const auto value = s.check(values.value(s.key), &why);
        if (!value)
            errors->append(why);
        else if (!value->isNull() && !value->isUndefined())
            out.insert(s.key, *value);
    }
    if (errors->size() > before)
        return std::nullopt;
    return out;
}

} // namespace shopcast::chat
