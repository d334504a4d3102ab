#pragma once

#include <obs.h>

#include <QImage>

namespace shopcast::broadcast {

// A libobs source type ("shopcast_overlay") that shows an image the studio
// draws with QPainter (product card, countdown, lottery winner, poll bars).
// The drawing stays in studio/overlay; this only uploads and composites it.
// Its "role" setting says which overlay it shows, so one card can be placed
// in several scenes. An image set from the Qt thread is uploaded by the
// graphics thread at its next frame.
class ObsOverlaySource
{
public:
    static constexpr const char *kId = "shopcast_overlay";
    static void registerType(); // once, after obs_startup

    static QString roleOf(obs_source_t *source);
    // false when the source is not an overlay
    static bool setImage(obs_source_t *source, const QImage &image);
};

} // namespace shopcast::broadcast
