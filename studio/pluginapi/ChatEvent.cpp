#include "ChatEvent.hpp"

#include <QJsonArray>

namespace shopcast::chat {

QString ChatEvent::typeName(Type type)
{
    switch (type) {
    case Type::Comment: return QStringLiteral("comment");
    case Type::Delete: return QStringLiteral("delete");
    case Type::Clear: return QStringLiteral("clear");
    case Type::Gift: return QStringLiteral("gift");
    case Type::Event: return QStringLiteral("event");
    case Type::Order: return QStringLiteral("order");
    case Type::Refund: return QStringLiteral("refund");
    case Type::Error: return QStringLiteral("error");
    case Type::Audience: return QStringLiteral("audience");
    }
    return {};
}

QJsonObject ChatEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), typeName(type)},
                  {QStringLiteral("platform"), platform},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("userId"), userId},
                  {QStringLiteral("userName"), userName}};
    if (type == Type::Comment || type == Type::Error || !text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (type == Type::Delete || type == Type::Clear)
        o.insert(QStringLiteral("targetId"), targetId);
    if (!badges.isEmpty())
        o.insert(QStringLiteral("badges"), QJsonArray::fromStringList(badges));
    if (sentAtMs > 0)
        o.insert(QStringLiteral("sentAtMs"), sentAtMs);
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

ChatEvent ChatEvent::error(const QString &platform, const QString &message)
{
    ChatEvent e;
    e.type = Type::Error;
    e.platform = platform;
    e.text = message;
    return e;
}

} // namespace shopcast::chat
