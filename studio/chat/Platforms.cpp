#include "Platforms.hpp"

#include <QHash>

namespace shopcast::chat {

QString Platforms::label(const QString &id)
{
    // The platforms of the bridge's examples and the studio's own plugins.
    static const QHash<QString, const char *> names{
        {QStringLiteral("douyin"), QT_TR_NOOP("Douyin")},       {QStringLiteral("kuaishou"), QT_TR_NOOP("Kuaishou")},
        {QStringLiteral("taobao"), QT_TR_NOOP("Taobao Live")},  {QStringLiteral("channels"), QT_TR_NOOP("WeChat Channels")},
        {QStringLiteral("bilibili"), QT_TR_NOOP("Bilibili")},   {QStringLiteral("twitch"), QT_TR_NOOP("Twitch")},
        {QStringLiteral("youtube"), QT_TR_NOOP("YouTube")},     {QStringLiteral("rehearsal"), QT_TR_NOOP("Rehearsal")},
        {QStringLiteral("bridge"), QT_TR_NOOP("Local bridge")},
    };
    const auto it = names.constFind(id.toLower());
    return it == names.cend() ? id : tr(*it);
}

} // namespace shopcast::chat
