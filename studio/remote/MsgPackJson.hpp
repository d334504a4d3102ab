#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace shopcast::remote {

// obs-websocket's other encoding (subprotocol obswebsocket.msgpack, what
// obs-websocket-js uses under Node, so Companion and scripts): MessagePack
// to and from the JSON the session speaks, through msgpack-c.
class MsgPackJson
{
    Q_DECLARE_TR_FUNCTIONS(MsgPackJson)
public:
    // Deeper nesting than this is refused (a crafted message cannot recurse the stack away).
    static constexpr int kMaxDepth = 64;

    // A message's map, or nothing with why (not MessagePack, not a map,
    // binary or extension values, too deep, bytes left over).
    static std::optional<QJsonObject> decode(const QByteArray &bytes, QString *error);
    static QByteArray encode(const QJsonObject &object);
};

} // namespace shopcast::remote
