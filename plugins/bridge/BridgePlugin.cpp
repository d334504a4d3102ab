#include "BridgePlugin.hpp"

#include "BridgeSource.hpp"

namespace shopcast::plugins {

chat::CommentSource *BridgePlugin::create(QObject *parent)
{
    return new BridgeSource(parent);
}

} // namespace shopcast::plugins
