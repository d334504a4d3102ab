#pragma once

#include <QCoreApplication>

#include <QStringList>

namespace shopcast::cli {

// `shopcast-cli render --scene-collection FILE [--scene NAME] [--canvas WxH]
//  [--frames N] --out frame.png`: one frame of a scene as libobs composes it,
// filters and all, without opening the studio: for a user checking a
// collection, and for tests that look at pixels.
class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)
public:
    int run(const QStringList &arguments);
};

} // namespace shopcast::cli
