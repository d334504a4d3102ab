#include "BilibiliPlugin.hpp"

#include "BilibiliSource.hpp"

namespace shopcast::plugins {

chat::CommentSource *BilibiliPlugin::create(QObject *parent)
{
    return new BilibiliSource(parent);
}

} // namespace shopcast::plugins
