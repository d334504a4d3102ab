#pragma once

#include <QCoreApplication>

#include "pluginapi/ChatEvent.hpp"

#include <QStringView>

namespace shopcast::chat {

// Twitch chat over IRC with IRCv3 tags: PRIVMSG becomes a comment (display
// name, user id, badges, emotes, message id), CLEARMSG a deletion, CLEARCHAT a
// clear (of one user or of the whole chat), USERNOTICE a gift or event,
// PING/RECONNECT events the connection acts on. Exactly one event per line.
class TwitchIrcDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TwitchIrcDecoder)
public:
    static ChatEvent decodeLine(QStringView line);
    // The longest line Twitch sends is 4096 bytes of tags + 512 of message;
    // anything far longer is garbage and is refused unparsed.
    static constexpr qsizetype kMaxLineLength = 16 * 1024;
};

} // namespace shopcast::chat
