#pragma once

struct obs_output;
struct video_data;
struct video_output;

namespace shopcast::broadcast {

// A libobs output of raw frames with no encoder: it hands each frame of one
// video mix, converted as asked, to a callback on libobs's video thread.
// libobs sends a mix's frames out only while an output or encoder takes
// them, and the call that marks the main mix as taken has no counterpart
// for a view's mix: this output is how a frame of the second canvas is read.
class ObsFrameTap
{
public:
    static constexpr const char *kId = "shopcast_frame_tap";
    using Callback = void (*)(void *param, video_data *frame);

    // Once, after obs_startup (ObsContext).
    static void registerType();
    // Started on video (RGBA at width x height); null when libobs refused it.
    // The caller stops and releases it.
    static obs_output *start(video_output *video, int widthPx, int heightPx, Callback callback, void *param);
};

} // namespace shopcast::broadcast
