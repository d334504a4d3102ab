#include "ObsPreview.hpp"

#include "ObsCanvasSlot.hpp"
#include "ObsCanvasView.hpp"
#include "PreviewFit.hpp"

#include <obs-nix-platform.h>

#include <QLineF>

#include <algorithm>

namespace shopcast::broadcast {

ObsPreview::ObsPreview(quintptr nativeWindow, QSize sizePx, obs_source_t *source, obs_source_t *overlays)
    : m_source(source ? obs_source_get_weak_source(source) : nullptr)
    , m_overlays(overlays ? obs_source_get_weak_source(overlays) : nullptr)
{
    createDisplay(nativeWindow, sizePx);
}

ObsPreview::ObsPreview(quintptr nativeWindow, QSize sizePx, std::shared_ptr<ObsCanvasSlot> canvas)
    : m_canvas(std::move(canvas))
{
    createDisplay(nativeWindow, sizePx);
}

void ObsPreview::createDisplay(quintptr nativeWindow, QSize sizePx)
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
    if (self->m_canvas) {
        // Held through the render: the studio clears the slot under this
        // lock before it destroys the canvas.
        QMutexLocker lock(&self->m_canvas->lock);
        if (const ObsCanvasView *canvas = self->m_canvas->view)
            self->drawFitted(cx, cy, uint32_t(canvas->canvas().widthPx), uint32_t(canvas->canvas().heightPx), [canvas] { canvas->render(); });
        return;
    }
    if (self->m_source) {
        OBSSourceAutoRelease source = obs_weak_source_get_source(self->m_source);
        if (!source)
            return; // removed meanwhile
        self->drawFitted(cx, cy, obs_source_get_width(source), obs_source_get_height(source), [self, &source] {
            obs_source_video_render(source);
            if (OBSSourceAutoRelease overlays = self->m_overlays ? obs_weak_source_get_source(self->m_overlays) : nullptr)
                obs_source_video_render(overlays);
        });
        return;
    }
    if (obs_video_info ovi{}; obs_get_video_info(&ovi))
        self->drawFitted(cx, cy, ovi.base_width, ovi.base_height, [] { obs_render_main_texture(); });
}

template<typename Render>
void ObsPreview::drawFitted(uint32_t cx, uint32_t cy, uint32_t baseWidth, uint32_t baseHeight, Render render)
{
    if (baseWidth == 0 || baseHeight == 0 || cx == 0 || cy == 0)
        return;
    const PreviewFit fit(QSize(int(cx), int(cy)), QSizeF(baseWidth, baseHeight));
    if (!fit.isValid())
        return;
    const QRect viewport = fit.viewportPx();

    gs_viewport_push();
    gs_projection_push();
    gs_ortho(0.0f, float(baseWidth), 0.0f, float(baseHeight), -100.0f, 100.0f);
    gs_set_viewport(viewport.x(), viewport.y(), viewport.width(), viewport.height());
    render();
    drawMarks(fit.canvasPerPx());
    gs_projection_pop();
    gs_viewport_pop();
}

void ObsPreview::setSelectionMarks(const QList<QPolygonF> &outlines, const QList<QPointF> &handles)
{
    QMutexLocker lock(&m_marksLock);
    m_outlines = outlines;
    m_handles = handles;
}

void ObsPreview::drawMarks(double canvasPerPx)
{
    QMutexLocker lock(&m_marksLock);
    if (m_outlines.isEmpty() && m_handles.isEmpty())
        return;
    // Two screen pixels wide whatever the preview's scale, like OBS's red box.
    const float halfLine = float(canvasPerPx);
    const float halfHandle = float(4 * canvasPerPx);
    gs_effect_t *solid = obs_get_base_effect(OBS_EFFECT_SOLID);
    gs_eparam_t *color = gs_effect_get_param_by_name(solid, "color");
    vec4 red;
    vec4_set(&red, 1.0f, 0.3f, 0.3f, 1.0f);
    gs_effect_set_vec4(color, &red);
    while (gs_effect_loop(solid, "Solid")) {
        for (const QPolygonF &outline : std::as_const(m_outlines))
            for (qsizetype i = 0; i + 1 < outline.size(); ++i) {
                const QLineF edge(outline.at(i), outline.at(i + 1));
                if (edge.length() <= 0)
                    continue;
                const QPointF normal = QPointF(-edge.dy(), edge.dx()) / edge.length() * halfLine;
                gs_render_start(true);
                gs_vertex2f(float(edge.p1().x() - normal.x()), float(edge.p1().y() - normal.y()));
                gs_vertex2f(float(edge.p1().x() + normal.x()), float(edge.p1().y() + normal.y()));
                gs_vertex2f(float(edge.p2().x() - normal.x()), float(edge.p2().y() - normal.y()));
                gs_vertex2f(float(edge.p2().x() + normal.x()), float(edge.p2().y() + normal.y()));
                gs_render_stop(GS_TRISTRIP);
            }
        for (const QPointF &handle : std::as_const(m_handles)) {
            gs_render_start(true);
            gs_vertex2f(float(handle.x()) - halfHandle, float(handle.y()) - halfHandle);
            gs_vertex2f(float(handle.x()) + halfHandle, float(handle.y()) - halfHandle);
            gs_vertex2f(float(handle.x()) - halfHandle, float(handle.y()) + halfHandle);
            gs_vertex2f(float(handle.x()) + halfHandle, float(handle.y()) + halfHandle);
            gs_render_stop(GS_TRISTRIP);
        }
    }
}

} // namespace shopcast::broadcast
