#pragma once

#include "pluginapi/CommentSource.hpp"

#include <QObject>

namespace shopcast::plugins {

class RehearsalPlugin : public QObject, public chat::CommentSourceFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ShopCastCommentSourceFactory_iid FILE "rehearsal.json")
    Q_INTERFACES(shopcast::chat::CommentSourceFactory)
public:
    chat::CommentSource *create(QObject *parent) override;
};

} // namespace shopcast::plugins
