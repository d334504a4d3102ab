#include "ObsProgram.hpp"

#include "ObsContext.hpp"
#include "ObsOutputs.hpp"
#include "ObsPreview.hpp"
#include "ObsSceneGraph.hpp"

#include <obs.h>

namespace shopcast::broadcast {

ObsProgram::ObsProgram(ObsContext &context, ObsSceneGraph &graph, ObsOutputs &outputs, QObject *parent)
    : ProgramView(parent)
    , m_context(context)
    , m_graph(graph)
    , m_outputs(outputs)
{
    obs_add_main_render_callback(&ObsProgram::onMainRender, this);
}

ObsProgram::~ObsProgram()
{
    obs_remove_main_render_callback(&ObsProgram::onMainRender, this);
}

void ObsProgram::onMainRender(void *param, uint32_t, uint32_t)
{
    // A libobs graphics thread: hop to the Qt thread, once.
    auto *self = static_cast<ObsProgram *>(param);
    if (!self->m_firstFrameSeen.exchange(true))
        QMetaObject::invokeMethod(self, &ProgramView::firstFrameRendered, Qt::QueuedConnection);
}

CanvasSpec ObsProgram::canvas() const
{
    return m_context.canvas();
}

bool ObsProgram::setCanvas(const CanvasSpec &canvas, QString *error)
{
    if (m_outputs.isStreaming() || m_outputs.isRecording()) {
        *error = tr("stop streaming and recording before changing the canvas");
        return false;
    }
    if (canvas == m_context.canvas())
        return true;
    m_outputs.releaseForCanvasChange();
    if (!m_context.resetVideo(canvas, error))
        return false;
    emit canvasChanged(canvas);
    return true;
}

int ObsProgram::setOverlayImage(const QString &role, const QImage &image)
{
    return m_graph.setOverlayImage(role, image);
}

std::unique_ptr<PreviewSurface> ObsProgram::createPreview(quintptr nativeWindow, QSize sizePx, QString *error)
{
    auto preview = std::make_unique<ObsPreview>(nativeWindow, sizePx);
    if (!preview->isValid()) {
        *error = tr("libobs could not create a preview display on this window");
        return nullptr;
    }
    return preview;
}

} // namespace shopcast::broadcast
