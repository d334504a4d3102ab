#include "ObsCanvasView.hpp"

#include <QCoreApplication>

#include <obs.h>

#include <algorithm>

namespace shopcast::broadcast {

std::unique_ptr<ObsCanvasView> ObsCanvasView::create(const CanvasSpec &canvas, QString *error)
{
    obs_video_info ovi{};
    if (!obs_get_video_info(&ovi)) {
        *error = QCoreApplication::translate("ObsCanvasView", "libobs has no video yet");
        return nullptr;
    }
    // The program's frame rate and colour: one clock drives both mixes.
    ovi.base_width = ovi.output_width = uint32_t(canvas.widthPx);
    ovi.base_height = ovi.output_height = uint32_t(canvas.heightPx);
    std::unique_ptr<ObsCanvasView> view(new ObsCanvasView);
    view->m_canvas = canvas;
    view->m_canvas.fps = int(ovi.fps_num / std::max(ovi.fps_den, 1U));
    view->m_view = obs_view_create();
    view->m_video = view->m_view ? obs_view_add2(view->m_view, &ovi) : nullptr;
    if (!view->m_video) {
        *error = QCoreApplication::translate("ObsCanvasView", "libobs could not add a %1 canvas").arg(canvas.sizeText());
        return nullptr;
    }
    return view;
}

ObsCanvasView::~ObsCanvasView()
{
    if (!m_view)
        return;
    if (m_video)
        obs_view_remove(m_view);
    setSources(nullptr, nullptr);
    obs_view_destroy(m_view);
}

void ObsCanvasView::setSources(obs_source *scene, obs_source *overlays)
{
    // Setting the same source again would hide and show it (a video restarts).
    const auto set = [this](uint32_t channel, obs_source_t *source) {
        obs_source_t *old = obs_view_get_source(m_view, channel);
        if (old != source)
            obs_view_set_source(m_view, channel, source);
        obs_source_release(old);
    };
    set(0, scene);
    set(1, overlays);
}

void ObsCanvasView::render() const
{
    obs_view_render(m_view);
}

} // namespace shopcast::broadcast
