#include "ObsBeautyFilter.hpp"

#include <obs.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>

namespace shopcast::broadcast {

namespace {

constexpr const char *kEffect =
#include "BeautyEffect.inc"
    ;

struct Preset
{
    const char *id;
    int strength;
    int whiten;
    int sharpen;
};
// 自然 keeps the most texture; 精致 smooths the most. Percentages.
constexpr std::array<Preset, 3> kPresets{{{"natural", 40, 15, 20}, {"standard", 60, 30, 30}, {"refined", 85, 45, 40}}};
constexpr const char *kCustom = "custom";
// Colour distance falloff of the blur and of the upsampling in Apply: fine
// noise (a few levels) weighs about half, an edge (a quarter of the range
// and more) next to nothing.
constexpr float kRangeFalloff = 40.0f;

struct Beauty
{
    obs_source_t *context = nullptr;
    gs_effect_t *effect = nullptr;
    gs_texrender_t *input = nullptr;
    gs_texrender_t *quarter = nullptr; // a quarter of the width and height
    gs_texrender_t *across = nullptr;
    gs_texrender_t *down = nullptr;
    // The frame (libobs's video time) whose input and blur the texrenders
    // hold, and its size: a source drawn twice in one frame (a second
    // canvas, studio mode's preview, the Filters dialog) is smoothed once.
    uint64_t preparedFrameNs = 0;
    // libobs ticks every source once a frame before it draws: a draw outside
    // the graphics loop (between two frames, which keep one video time)
    // never hands its input to the next frame's draws.
    uint64_t ticks = 0;
    uint64_t preparedTicks = 0;
    uint32_t preparedWidth = 0;
    uint32_t preparedHeight = 0;
    // Counted on the graphics thread, read by anyone through the source's
    // proc handler (get_counts): how often it smoothed, how often it drew.
    std::atomic<long long> prepares{0};
    std::atomic<long long> draws{0};
    float strength = 0.6f;
    float whiten = 0.3f;
    float sharpen = 0.3f;
};

void update(void *data, obs_data_t *settings)
{
    auto *b = static_cast<Beauty *>(data);
    const char *preset = obs_data_get_string(settings, "preset");
    int strength = int(obs_data_get_int(settings, "strength"));
    int whiten = int(obs_data_get_int(settings, "whiten"));
    int sharpen = int(obs_data_get_int(settings, "sharpen"));
    for (const Preset &p : kPresets)
        if (std::strcmp(preset, p.id) == 0) {
            strength = p.strength;
            whiten = p.whiten;
            sharpen = p.sharpen;
        }
    b->strength = float(std::clamp(strength, 0, 100)) / 100.0f;
    b->whiten = float(std::clamp(whiten, 0, 100)) / 100.0f;
    b->sharpen = float(std::clamp(sharpen, 0, 100)) / 100.0f;
}

void destroy(void *data)
{
    auto *b = static_cast<Beauty *>(data);
    obs_enter_graphics();
    gs_effect_destroy(b->effect);
    gs_texrender_destroy(b->input);
    gs_texrender_destroy(b->quarter);
    gs_texrender_destroy(b->across);
    gs_texrender_destroy(b->down);
    obs_leave_graphics();
    delete b;
}

void getCounts(void *data, calldata_t *call)
{
    auto *b = static_cast<Beauty *>(data);
    calldata_set_int(call, "prepares", b->prepares.load());
    calldata_set_int(call, "draws", b->draws.load());
}

void *create(obs_data_t *settings, obs_source_t *context)
{
    auto *b = new Beauty;
    b->context = context;
    obs_enter_graphics();
    char *errors = nullptr;
    b->effect = gs_effect_create(kEffect, "shopcast-beauty.effect", &errors);
    if (!b->effect)
        blog(LOG_ERROR, "[shopcast beauty] the effect did not compile: %s", errors ? errors : "(no message)");
    bfree(errors);
    b->input = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
    b->quarter = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
    b->across = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
    b->down = gs_texrender_create(GS_RGBA, GS_ZS_NONE);
    obs_leave_graphics();
    update(b, settings);
    proc_handler_add(obs_source_get_proc_handler(context), "void get_counts(out int prepares, out int draws)", &getCounts, b);
    return b;
}

// Draws texture with technique into target at width x height.
bool pass(Beauty *b, gs_texrender_t *target, const char *technique, gs_texture_t *texture, uint32_t width, uint32_t height)
{
    gs_texrender_reset(target);
    if (!gs_texrender_begin(target, width, height))
        return false;
    gs_ortho(0.0f, float(width), 0.0f, float(height), -100.0f, 100.0f);
    gs_effect_set_texture(gs_effect_get_param_by_name(b->effect, "image"), texture);
    while (gs_effect_loop(b->effect, technique))
        gs_draw_sprite(texture, 0, width, height);
    gs_texrender_end(target);
    return true;
}

// The picture at a quarter of its size, each pixel the mean of a 4x4 block.
bool shrink(Beauty *b, gs_texture_t *original, uint32_t width, uint32_t height, uint32_t quarterWidth, uint32_t quarterHeight)
{
    vec2 step;
    vec2_set(&step, 1.0f / float(width), 1.0f / float(height));
    gs_effect_set_vec2(gs_effect_get_param_by_name(b->effect, "texel_step"), &step);
    return pass(b, b->quarter, "Shrink", original, quarterWidth, quarterHeight);
}

// One edge-aware blur pass along (stepX, stepY). Its uniforms are set here,
// right before the pass: libobs uploads a uniform to the shaders of the pass
// that runs after it changed and no later one, so a value set before the
// Shrink pass never reached the blur's shader (it blurred across edges).
bool blur(Beauty *b, gs_texrender_t *target, gs_texture_t *texture, uint32_t width, uint32_t height, float stepX, float stepY)
{
    gs_effect_set_float(gs_effect_get_param_by_name(b->effect, "range_falloff"), kRangeFalloff);
    vec2 step;
    vec2_set(&step, stepX, stepY);
    gs_effect_set_vec2(gs_effect_get_param_by_name(b->effect, "texel_step"), &step);
    return pass(b, target, "Blur", texture, width, height);
}

// The picture as the filters before this one leave it, full size, in
// b->input: one full-size pass, which on a software renderer is most of the
// filter's cost (a 1280x720 copy at 30 fps took a quarter of a core here).
// libobs's own way for an asynchronous source (a camera, a video) or one
// that draws itself, or when a filter comes before this one, renders the
// target into the filter's texture and then copies that: rendered here
// straight into b->input instead, as libobs renders it. Any other source
// goes through libobs, which draws it straight in (the filter is
// sRGB-aware like the source, so libobs need not convert through a texture
// of its own).
gs_texture_t *renderInput(Beauty *b, obs_source_t *target, uint32_t width, uint32_t height)
{
    obs_source_t *parent = obs_filter_get_parent(b->context);
    const bool selfDrawn = !parent || target != parent || (obs_source_get_output_flags(parent) & (OBS_SOURCE_ASYNC | OBS_SOURCE_CUSTOM_DRAW)) != 0;
    const bool viaLibobs = !selfDrawn && obs_source_process_filter_begin(b->context, GS_RGBA, OBS_ALLOW_DIRECT_RENDERING);
    if (!selfDrawn && !viaLibobs)
        return nullptr;
    gs_texrender_reset(b->input);
    if (!gs_texrender_begin(b->input, width, height))
        return nullptr;
    vec4 clear;
    vec4_zero(&clear);
    gs_clear(GS_CLEAR_COLOR, &clear, 0.0f, 0);
    gs_ortho(0.0f, float(width), 0.0f, float(height), -100.0f, 100.0f);
    if (viaLibobs) {
        obs_source_process_filter_end(b->context, obs_get_base_effect(OBS_EFFECT_DEFAULT), width, height);
    } else {
        // The picture's own values, as before this filter was sRGB-aware.
        const bool linear = gs_set_linear_srgb(false);
        gs_blend_state_push();
        gs_blend_function_separate(GS_BLEND_SRCALPHA, GS_BLEND_INVSRCALPHA, GS_BLEND_ONE, GS_BLEND_INVSRCALPHA);
        obs_source_video_render(target);
        gs_blend_state_pop();
        gs_set_linear_srgb(linear);
    }
    gs_texrender_end(b->input);
    return gs_texrender_get_texture(b->input);
}

// The input at full size in *original and its edge-aware blur at a quarter
// size (returned), or nullptr.
gs_texture_t *prepare(Beauty *b, obs_source_t *target, uint32_t width, uint32_t height, uint32_t quarterWidth, uint32_t quarterHeight, gs_texture_t **original)
{
    gs_blend_state_push();
    gs_blend_function(GS_BLEND_ONE, GS_BLEND_ZERO);
    *original = renderInput(b, target, width, height);
    bool ok = *original && shrink(b, *original, width, height, quarterWidth, quarterHeight);
    gs_texture_t *quarter = ok ? gs_texrender_get_texture(b->quarter) : nullptr;
    ok = quarter && blur(b, b->across, quarter, quarterWidth, quarterHeight, 1.0f / float(quarterWidth), 0.0f);
    gs_texture_t *across = ok ? gs_texrender_get_texture(b->across) : nullptr;
    ok = across && blur(b, b->down, across, quarterWidth, quarterHeight, 0.0f, 1.0f / float(quarterHeight));
    gs_blend_state_pop();
    return ok ? gs_texrender_get_texture(b->down) : nullptr;
}

void render(void *data, gs_effect_t *)
{
    auto *b = static_cast<Beauty *>(data);
    obs_source_t *target = obs_filter_get_target(b->context);
    const uint32_t width = target ? obs_source_get_base_width(target) : 0;
    const uint32_t height = target ? obs_source_get_base_height(target) : 0;
    if (!b->effect || width < 4 || height < 4 || (b->strength <= 0 && b->whiten <= 0 && b->sharpen <= 0)) {
        obs_source_skip_video_filter(b->context);
        return;
    }
    const bool srgb = gs_framebuffer_srgb_enabled();
    gs_enable_framebuffer_srgb(false); // skin tones are defined on the picture's own values
    const uint32_t quarterWidth = std::max<uint32_t>(2, width / 4);
    const uint32_t quarterHeight = std::max<uint32_t>(2, height / 4);
    // Every mix and display is drawn in one turn of libobs's graphics loop
    // under one video time, after the sources' tick: the same time means the
    // same input picture.
    const uint64_t frameNs = obs_get_video_frame_time();
    gs_texture_t *original = nullptr;
    gs_texture_t *smoothed = nullptr;
    if (frameNs != 0 && frameNs == b->preparedFrameNs && b->ticks == b->preparedTicks && width == b->preparedWidth && height == b->preparedHeight) {
        original = gs_texrender_get_texture(b->input);
        smoothed = gs_texrender_get_texture(b->down);
    } else {
        b->preparedFrameNs = 0;
        smoothed = prepare(b, target, width, height, quarterWidth, quarterHeight, &original);
        if (smoothed) {
            ++b->prepares;
            b->preparedFrameNs = frameNs;
            b->preparedTicks = b->ticks;
            b->preparedWidth = width;
            b->preparedHeight = height;
        }
    }

    if (!smoothed || !original) {
        gs_enable_framebuffer_srgb(srgb);
        obs_source_skip_video_filter(b->context);
        return;
    }
    gs_effect_set_texture(gs_effect_get_param_by_name(b->effect, "image"), original);
    gs_effect_set_texture(gs_effect_get_param_by_name(b->effect, "smoothed"), smoothed);
    vec2 smoothedSize;
    vec2_set(&smoothedSize, float(quarterWidth), float(quarterHeight));
    gs_effect_set_vec2(gs_effect_get_param_by_name(b->effect, "smoothed_size"), &smoothedSize);
    gs_effect_set_float(gs_effect_get_param_by_name(b->effect, "range_falloff"), kRangeFalloff);
    gs_effect_set_float(gs_effect_get_param_by_name(b->effect, "strength"), b->strength);
    gs_effect_set_float(gs_effect_get_param_by_name(b->effect, "whiten"), b->whiten);
    gs_effect_set_float(gs_effect_get_param_by_name(b->effect, "sharpen"), b->sharpen);
    // Differences from the smoothed picture above these are edges, kept.
    gs_effect_set_float(gs_effect_get_param_by_name(b->effect, "edge_low"), 0.10f);
    gs_effect_set_float(gs_effect_get_param_by_name(b->effect, "edge_high"), 0.22f);
    ++b->draws;
    gs_blend_state_push();
    gs_blend_function(GS_BLEND_ONE, GS_BLEND_INVSRCALPHA);
    while (gs_effect_loop(b->effect, "Apply"))
        gs_draw_sprite(original, 0, width, height);
    gs_blend_state_pop();
    gs_enable_framebuffer_srgb(srgb);
}

bool presetChosen(obs_properties_t *props, obs_property_t *, obs_data_t *settings)
{
    const bool custom = std::strcmp(obs_data_get_string(settings, "preset"), kCustom) == 0;
    for (const char *name : {"strength", "whiten", "sharpen"})
        obs_property_set_visible(obs_properties_get(props, name), custom);
    return true;
}

} // namespace

void ObsBeautyFilter::registerType()
{
    obs_source_info info{};
    info.id = kId;
    info.type = OBS_SOURCE_TYPE_FILTER;
    // sRGB-aware: it reads and writes the picture's own values whatever the
    // canvas does, and libobs then lets it draw an sRGB-aware source (an
    // image, a text) straight into its own texture (see renderInput).
    info.output_flags = OBS_SOURCE_VIDEO | OBS_SOURCE_SRGB;
    info.get_name = [](void *) -> const char * { return "ShopCast beauty (美颜)"; };
    info.create = &create;
    info.destroy = &destroy;
    info.update = &update;
    info.video_render = &render;
    info.video_tick = [](void *data, float) { ++static_cast<Beauty *>(data)->ticks; };
    info.get_defaults = [](obs_data_t *settings) {
        obs_data_set_default_string(settings, "preset", "standard");
        obs_data_set_default_int(settings, "strength", kPresets[1].strength);
        obs_data_set_default_int(settings, "whiten", kPresets[1].whiten);
        obs_data_set_default_int(settings, "sharpen", kPresets[1].sharpen);
    };
    // Asked on the Qt thread (the Filters dialog): the labels are the studio's own, translated.
    info.get_properties = [](void *) -> obs_properties_t * {
        obs_properties_t *props = obs_properties_create();
        obs_property_t *preset = obs_properties_add_list(props, "preset", tr("Preset").toUtf8().constData(), OBS_COMBO_TYPE_LIST, OBS_COMBO_FORMAT_STRING);
        obs_property_list_add_string(preset, tr("Natural (自然)").toUtf8().constData(), kPresets[0].id);
        obs_property_list_add_string(preset, tr("Standard (标准)").toUtf8().constData(), kPresets[1].id);
        obs_property_list_add_string(preset, tr("Refined (精致)").toUtf8().constData(), kPresets[2].id);
        obs_property_list_add_string(preset, tr("Custom").toUtf8().constData(), kCustom);
        obs_property_set_modified_callback(preset, &presetChosen);
        obs_properties_add_int_slider(props, "strength", tr("Skin smoothing").toUtf8().constData(), 0, 100, 1);
        obs_properties_add_int_slider(props, "whiten", tr("Brighten skin").toUtf8().constData(), 0, 100, 1);
        obs_properties_add_int_slider(props, "sharpen", tr("Sharpen edges").toUtf8().constData(), 0, 100, 1);
        return props;
    };
    obs_register_source(&info);
}

} // namespace shopcast::broadcast
