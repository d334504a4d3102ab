#include "TwitchPlugin.hpp"

#include "TwitchIrcSource.hpp"

namespace shopcast::plugins {

chat::CommentSource *TwitchPlugin::create(QObject *parent)
{
    return new TwitchIrcSource(parent);
}

} // namespace shopcast::plugins
