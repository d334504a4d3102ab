#include "RehearsalPlugin.hpp"

#include "RehearsalSource.hpp"

namespace shopcast::plugins {

chat::CommentSource *RehearsalPlugin::create(QObject *parent)
{
    return new RehearsalSource(parent);
}

} // namespace shopcast::plugins
