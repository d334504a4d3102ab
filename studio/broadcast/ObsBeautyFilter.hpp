#pragma once

#include <QCoreApplication>

namespace shopcast::broadcast {

// 美颜: the studio's own libobs video filter. Skin is smoothed where it has
// fine noise and kept where it has edges (eyes, hair, the letters on a
// product box), lifted a little and sharpened lightly; other colours are
// left alone. The work is an effect file shipped inside the studio
// (effects/beauty.effect): two edge-aware blur passes at a quarter size, then
// one full-size pass that brings the blur back up edge-aware and mixes by
// skin tone and edge strength — a cost a software renderer can carry at
// 720p30, unlike a full-size 2D bilateral. A source drawn more than once in
// a frame (the second canvas, studio mode's preview) is smoothed once and
// only mixed again.
class ObsBeautyFilter
{
    Q_DECLARE_TR_FUNCTIONS(ObsBeautyFilter)
public:
    static constexpr const char *kId = "shopcast_beauty_filter";

    // Once, after obs_startup (ObsContext).
    static void registerType();
};

} // namespace shopcast::broadcast
