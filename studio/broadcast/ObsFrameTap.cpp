#include "ObsFrameTap.hpp"

#include <obs.h>

namespace shopcast::broadcast {

namespace {

struct Tap
{
    obs_output_t *output = nullptr;
    ObsFrameTap::Callback callback = nullptr;
    void *param = nullptr;
};

} // namespace

void ObsFrameTap::registerType()
{
    obs_output_info info{};
    info.id = kId;
    info.flags = OBS_OUTPUT_VIDEO;
    info.get_name = [](void *) -> const char * { return "ShopCast frame tap"; };
    info.create = [](obs_data_t *, obs_output_t *output) -> void * { return new Tap{output}; };
    info.destroy = [](void *data) { delete static_cast<Tap *>(data); };
    info.start = [](void *data) {
        auto *tap = static_cast<Tap *>(data);
        return obs_output_can_begin_data_capture(tap->output, 0) && obs_output_begin_data_capture(tap->output, 0);
    };
    info.stop = [](void *data, uint64_t) { obs_output_end_data_capture(static_cast<Tap *>(data)->output); };
    info.raw_video = [](void *data, video_data *frame) {
        auto *tap = static_cast<Tap *>(data);
        if (tap->callback)
            tap->callback(tap->param, frame);
    };
    obs_register_output(&info);
}

obs_output *ObsFrameTap::start(video_output *video, int widthPx, int heightPx, Callback callback, void *param)
{
    obs_output_t *output = obs_output_create(kId, "shopcast frame tap", nullptr, nullptr);
    if (!output)
        return nullptr;
    // The callback is set before the output starts, so before any frame.
    auto *tap = static_cast<Tap *>(obs_obj_get_data(output));
    tap->callback = callback;
    tap->param = param;
    obs_output_set_media(output, video, obs_get_audio());
    video_scale_info rgba{};
    rgba.format = VIDEO_FORMAT_RGBA;
    rgba.width = uint32_t(widthPx);
    rgba.height = uint32_t(heightPx);
    rgba.range = VIDEO_RANGE_FULL;
    rgba.colorspace = VIDEO_CS_DEFAULT;
    obs_output_set_video_conversion(output, &rgba);
    if (!obs_output_start(output)) {
        obs_output_release(output);
        return nullptr;
    }
    return output;
}

} // namespace shopcast::broadcast
