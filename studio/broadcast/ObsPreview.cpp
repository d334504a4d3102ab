#include "ObsPreview.hpp"

#include <obs-nix-platform.h>

#include <algorithm>

namespace shopcast::broadcast {

ObsPreview::ObsPreview(quintptr nativeWindow, QSize sizePx, obs_source_t *source)
    : m_source(source ? obs_source_get_weak_source(source) : nullptr)
{
    gs_init_data info{};
    info.cx = uint32_t(std::max(1, sizePx.width()));
    info.cy = uint32_t(std::max(1, sizePx.height()));
    info.format = GS_BGRA;
    info.zsformat = GS_ZS_NONE;
    info.window.id = nativeWindow;
    info.window.display = obs_get_nix_platform_display();
    m_display = obs_display_create(&info, 0xff202020);
    if (m_display)
        obs_display_add_draw_callback(m_display, &ObsPreview::draw, this);
}

ObsPreview::~ObsPreview()
{
    if (m_display) {
        obs_display_remove_draw_callback(m_display, &ObsPreview::draw, this);
        obs_display_destroy(m_display);
    }
}

void ObsPreview::resize(QSize sizePx)
{
    if (m_display)
        obs_display_resize(m_display, uint32_t(std::max(1, sizePx.width())), uint32_t(std::max(1, sizePx.height())));
}

void ObsPreview::draw(void *param, uint32_t cx, uint32_t cy)
{
    auto *self = static_cast<ObsPreview *>(param);
    OBSSourceAutoRelease source = self->m_source ? obs_weak_source_get_source(self->m_source) : nullptr;
    uint32_t baseWidth = 0;
    uint32_t baseHeight = 0;
    if (self->m_source) {
        if (!source)
            return; // removed meanwhile
        baseWidth = obs_source_get_width(source);
        baseHeight = obs_source_get_height(source);
    } else if (obs_video_info ovi{}; obs_get_video_info(&ovi)) {
        baseWidth = ovi.base_width;
        baseHeight = ovi.base_height;
    }
    if (baseWidth == 0 || baseHeight == 0 || cx == 0 || cy == 0)
        return;
    const double scale = std::min(double(cx) / baseWidth, double(cy) / baseHeight);
    const int width = int(baseWidth * scale);
    const int height = int(baseHeight * scale);
    const int x = (int(cx) - width) / 2;
    const int y = (int(cy) - height) / 2;

    gs_viewport_push();
    gs_projection_push();
    gs_ortho(0.0f, float(baseWidth), 0.0f, float(baseHeight), -100.0f, 100.0f);
    gs_set_viewport(x, y, width, height);
    if (source)
        obs_source_video_render(source);
    else
        obs_render_main_texture();
    gs_projection_pop();
    gs_viewport_pop();
}

} // namespace shopcast::broadcast
