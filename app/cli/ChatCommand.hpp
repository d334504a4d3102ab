#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli chat decode --protocol twitch-irc|bilibili|bridge < capture`:
// a raw capture to JSON lines of comments and events, with the decoders the
// comment sources use. Bad input becomes an error line; decoding goes on.
class ChatCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChatCommand)
public:
    int run(const QStringList &arguments);
};

} // namespace shopcast::cli
