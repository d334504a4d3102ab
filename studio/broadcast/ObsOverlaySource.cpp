#include "ObsOverlaySource.hpp"

#include <obs.hpp>

#include <atomic>
#include <cstring>
#include <mutex>

namespace shopcast::broadcast {

namespace {

struct Overlay
{
    std::mutex mutex;
    QImage pending; // premultiplied BGRA in memory, as GS_BGRA wants
    bool dirty = false;
    gs_texture_t *texture = nullptr; // graphics thread only
    std::atomic<uint32_t> width{0};
    std::atomic<uint32_t> height{0};
};

void render(void *data, gs_effect_t *)
{
    auto *o = static_cast<Overlay *>(data);
    {
        std::lock_guard lock(o->mutex);
        if (o->dirty) {
            if (o->texture)
                gs_texture_destroy(o->texture);
            o->texture = nullptr;
            if (!o->pending.isNull()) {
                const uint8_t *bits = o->pending.constBits();
                o->texture = gs_texture_create(uint32_t(o->pending.width()), uint32_t(o->pending.height()), GS_BGRA, 1, &bits, 0);
            }
            o->width = o->texture ? uint32_t(o->pending.width()) : 0;
            o->height = o->texture ? uint32_t(o->pending.height()) : 0;
            o->dirty = false;
        }
    }
    if (!o->texture)
        return;
    gs_effect_t *effect = obs_get_base_effect(OBS_EFFECT_DEFAULT);
    gs_effect_set_texture(gs_effect_get_param_by_name(effect, "image"), o->texture);
    // QPainter draws premultiplied alpha: blend with ONE, not SRCALPHA.
    gs_blend_state_push();
    gs_blend_function(GS_BLEND_ONE, GS_BLEND_INVSRCALPHA);
    while (gs_effect_loop(effect, "Draw"))
        gs_draw_sprite(o->texture, 0, o->width, o->height);
    gs_blend_state_pop();
}

} // namespace

void ObsOverlaySource::registerType()
{
    obs_source_info info{};
    info.id = kId;
    info.type = OBS_SOURCE_TYPE_INPUT;
    info.output_flags = OBS_SOURCE_VIDEO | OBS_SOURCE_CUSTOM_DRAW;
    info.get_name = [](void *) -> const char * { return "ShopCast overlay"; };
    info.create = [](obs_data_t *, obs_source_t *) -> void * { return new Overlay; };
    info.destroy = [](void *data) {
        auto *o = static_cast<Overlay *>(data);
        if (o->texture) {
            obs_enter_graphics();
            gs_texture_destroy(o->texture);
            obs_leave_graphics();
        }
        delete o;
    };
    info.get_width = [](void *data) -> uint32_t { return static_cast<Overlay *>(data)->width; };
    info.get_height = [](void *data) -> uint32_t { return static_cast<Overlay *>(data)->height; };
    info.video_render = &render;
    obs_register_source(&info);
}

QString ObsOverlaySource::roleOf(obs_source_t *source)
{
    if (!source || std::strcmp(obs_source_get_id(source), kId) != 0)
        return {};
    OBSDataAutoRelease settings = obs_source_get_settings(source);
    return QString::fromUtf8(obs_data_get_string(settings, "role"));
}

bool ObsOverlaySource::setImage(obs_source_t *source, const QImage &image)
{
    if (!source || std::strcmp(obs_source_get_id(source), kId) != 0)
        return false;
    auto *o = static_cast<Overlay *>(obs_obj_get_data(source));
    if (!o)
        return false;
    QImage converted = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    std::lock_guard lock(o->mutex);
    o->pending = std::move(converted);
    o->dirty = true;
    return true;
}

} // namespace shopcast::broadcast
