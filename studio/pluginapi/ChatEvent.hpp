#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace shopcast::chat {

// What a comment source reports: a comment, a deletion or clear ordered by
// the platform's moderators, a gift, another platform event, an order line
// or its refund (extra holds the order's fields), the room's size (extra:
// online, viewers, views, whichever the platform gives), or a decoding error
// (bad input never stops a source; it becomes an error event).
struct ChatEvent
{
    enum class Type { Comment, Delete, Clear, Gift, Event, Order, Refund, Error, Audience };

    Type type = Type::Comment;
    QString platform; // "twitch", "bilibili", "bridge"
    QString id;       // platform message id (de-duplication)
    QString userId;
    QString userName;
    QString text;     // comments; the message of an error
    QString targetId; // Delete: the message; Clear: the user ("" = whole chat)
    QStringList badges;
    qint64 sentAtMs = 0;    // platform timestamp (ms since epoch) when it gives one
    qint64 arrivedAtMs = 0; // the show's monotonic clock, stamped by the hub
    QJsonObject extra;      // gift details, event name, emotes, ...

    static QString typeName(Type type);
    QJsonObject toJson() const;

    static ChatEvent error(const QString &platform, const QString &message);
};

} // namespace shopcast::chat
