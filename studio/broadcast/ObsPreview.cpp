#include "ObsPreview.hpp"

#include <obs-nix-platform.h>

#include <algorithm>

namespace shopcast::broadcast {

ObsPreview::ObsPreview(quintptr nativeWindow, QSize sizePx)
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

void ObsPreview::draw(void *, uint32_t cx, uint32_t cy)
{
    obs_video_info ovi{};
    if (!obs_get_video_info(&ovi) || cx == 0 || cy == 0)
        return;
    const double scale = std::min(double(cx) / ovi.base_width, double(cy) / ovi.base_height);
    const int width = int(ovi.base_width * scale);
    const int height = int(ovi.base_height * scale);
    const int x = (int(cx) - width) / 2;
    const int y = (int(cy) - height) / 2;

    gs_viewport_push();
    gs_projection_push();
    gs_ortho(0.0f, float(ovi.base_width), 0.0f, float(ovi.base_height), -100.0f, 100.0f);
    gs_set_viewport(x, y, width, height);
    obs_render_main_texture();
    gs_projection_pop();
    gs_viewport_pop();
}

} // namespace shopcast::broadcast
