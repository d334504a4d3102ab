#include "ObsProgram.hpp"

#include "ObsCanvasSlot.hpp"
#include "ObsCanvasView.hpp"
#include "ObsContext.hpp"
#include "ObsFrameTap.hpp"
#include "ObsOutputs.hpp"
#include "ObsPreview.hpp"
#include "ObsSceneGraph.hpp"

#include <obs.h>

#include <QPointer>

#include <algorithm>
#include <cstring>

namespace shopcast::broadcast {

ObsProgram::ObsProgram(ObsContext &context, ObsSceneGraph &graph, ObsOutputs &outputs, QObject *parent)
    : ProgramView(parent)
    , m_context(context)
    , m_graph(graph)
    , m_outputs(outputs)
    , m_secondCanvasSlot(std::make_shared<ObsCanvasSlot>())
{
    obs_add_main_render_callback(&ObsProgram::onMainRender, this);
}

// One frame asked for: libobs converts the program to RGBA for it on its
// video thread, where onRawFrame copies the frame out once.
struct ObsProgram::FrameGrab
{
    ObsProgram *program = nullptr;
    std::atomic<int> framesToSkip{0};
    std::atomic<bool> taken{false};
    QPointer<QObject> receiver;
    std::function<void(const QImage &)> done;
    int widthPx = 0;
    int heightPx = 0;
    // The output that taps the second canvas's mix, for a grab of it; null
    // for the program's.
    obs_output_t *tap = nullptr;
};

ObsProgram::~ObsProgram()
{
    dropSecondCanvas();
    obs_remove_main_render_callback(&ObsProgram::onMainRender, this);
    // After this no frame callback runs for a grab (libobs holds its lock
    // while it calls them).
    for (const auto &grab : m_grabs)
        obs_remove_raw_video_callback(&ObsProgram::onRawFrame, grab.get());
}

std::unique_ptr<ObsProgram::FrameGrab> ObsProgram::makeGrab(const CanvasSpec &canvas, int skipFrames, QObject *receiver,
                                                            std::function<void(const QImage &frame)> done)
{
    auto grab = std::make_unique<FrameGrab>();
    grab->program = this;
    grab->framesToSkip = std::max(0, skipFrames);
    grab->receiver = receiver;
    grab->done = std::move(done);
    grab->widthPx = canvas.widthPx;
    grab->heightPx = canvas.heightPx;
    return grab;
}

namespace {

// No frame reaches the grab after this: the output's raw callback is
// unhooked under libobs's video output lock.
void stopTap(obs_output_t *tap)
{
    obs_output_force_stop(tap);
    obs_output_release(tap);
}

video_scale_info rgbaOf(const CanvasSpec &canvas)
{
    video_scale_info rgba{};
    rgba.format = VIDEO_FORMAT_RGBA;
    rgba.width = uint32_t(canvas.widthPx);
    rgba.height = uint32_t(canvas.heightPx);
    rgba.range = VIDEO_RANGE_FULL;
    rgba.colorspace = VIDEO_CS_DEFAULT;
    return rgba;
}

} // namespace

void ObsProgram::grabFrame(int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done)
{
    const CanvasSpec c = m_context.canvas();
    auto grab = makeGrab(c, skipFrames, receiver, std::move(done));
    const video_scale_info rgba = rgbaOf(c);
    obs_add_raw_video_callback(&rgba, &ObsProgram::onRawFrame, grab.get());
    m_grabs.push_back(std::move(grab));
}

void ObsProgram::grabSecondCanvasFrame(int skipFrames, QObject *receiver, std::function<void(const QImage &frame)> done)
{
    if (!m_secondCanvas) {
        ProgramView::grabSecondCanvasFrame(skipFrames, receiver, std::move(done));
        return;
    }
    const CanvasSpec c = m_secondCanvas->canvas();
    auto grab = makeGrab(c, skipFrames, receiver, std::move(done));
    grab->tap = ObsFrameTap::start(m_secondCanvas->video(), c.widthPx, c.heightPx, &ObsProgram::onRawFrame, grab.get());
    if (!grab->tap) {
        ProgramView::grabSecondCanvasFrame(skipFrames, grab->receiver, std::move(grab->done));
        return;
    }
    m_grabs.push_back(std::move(grab));
}

void ObsProgram::onRawFrame(void *param, video_data *frame)
{
    // libobs' video thread.
    auto *grab = static_cast<FrameGrab *>(param);
    if (grab->taken.load() || grab->framesToSkip.fetch_sub(1) > 0)
        return;
    QImage image(grab->widthPx, grab->heightPx, QImage::Format_RGBA8888);
    for (int y = 0; y < grab->heightPx; ++y)
        std::memcpy(image.scanLine(y), frame->data[0] + size_t(y) * frame->linesize[0], size_t(grab->widthPx) * 4);
    grab->taken = true;
    ObsProgram *program = grab->program;
    QMetaObject::invokeMethod(
        program, [program, grab, image] { program->finishGrab(grab, image); }, Qt::QueuedConnection);
}

void ObsProgram::finishGrab(FrameGrab *grab, const QImage &frame)
{
    const auto it = std::find_if(m_grabs.begin(), m_grabs.end(), [grab](const auto &g) { return g.get() == grab; });
    if (it == m_grabs.end())
        return;
    if (grab->tap)
        stopTap(grab->tap);
    else
        obs_remove_raw_video_callback(&ObsProgram::onRawFrame, grab);
    const std::unique_ptr<FrameGrab> done = std::move(*it);
    m_grabs.erase(it);
    if (done->receiver)
        QMetaObject::invokeMethod(
            done->receiver.data(), [callback = done->done, frame] { callback(frame); }, Qt::QueuedConnection);
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
    if (m_outputs.isStreaming() || m_outputs.isRecording() || m_outputs.isReplayBufferActive()) {
        *error = tr("stop streaming, recording and the replay buffer before changing the canvas");
        return false;
    }
    if (canvas == m_context.canvas())
        return true;
    // libobs frees every mix on a video reset: the second canvas is made anew.
    const std::optional<CanvasSpec> second = secondCanvas();
    dropSecondCanvas();
    m_outputs.releaseForCanvasChange();
    const bool reset = m_context.resetVideo(canvas, error);
    if (second) {
        QString ignored; // it was made before at this size
        createSecondCanvas(*second, &ignored);
    }
    if (!reset)
        return false;
    emit canvasChanged(canvas);
    return true;
}

std::optional<CanvasSpec> ObsProgram::secondCanvas() const
{
    if (!m_secondCanvas)
        return std::nullopt;
    return m_secondCanvas->canvas();
}

bool ObsProgram::setSecondCanvas(const std::optional<CanvasSpec> &canvas, QString *error)
{
    if (m_outputs.isStreaming() || m_outputs.isRecording() || m_outputs.isReplayBufferActive()) {
        *error = tr("stop streaming, recording and the replay buffer before changing the second canvas");
        return false;
    }
    const std::optional<CanvasSpec> before = secondCanvas();
    if (canvas.has_value() == before.has_value() && (!canvas || (canvas->widthPx == before->widthPx && canvas->heightPx == before->heightPx)))
        return true;
    dropSecondCanvas();
    if (canvas && !createSecondCanvas(*canvas, error)) {
        emit secondCanvasChanged();
        return false;
    }
    emit secondCanvasChanged();
    return true;
}

bool ObsProgram::createSecondCanvas(const CanvasSpec &canvas, QString *error)
{
    std::unique_ptr<ObsCanvasView> view = ObsCanvasView::create(canvas, error);
    if (!view)
        return false;
    m_secondCanvas = std::move(view);
    m_graph.attachSecondCanvas(m_secondCanvas.get());
    m_outputs.setSecondCanvasVideo(m_secondCanvas->video());
    // Its previews draw it from now on, also those made for the one before.
    QMutexLocker lock(&m_secondCanvasSlot->lock);
    m_secondCanvasSlot->view = m_secondCanvas.get();
    return true;
}

void ObsProgram::dropSecondCanvas()
{
    if (!m_secondCanvas)
        return;
    // Grabs of it end with it, unanswered.
    for (auto it = m_grabs.begin(); it != m_grabs.end();)
        if ((*it)->tap) {
            stopTap((*it)->tap);
            it = m_grabs.erase(it);
        } else {
            ++it;
        }
    // Encoders of its mix first, then the view: libobs frees the mix after.
    m_outputs.setSecondCanvasVideo(nullptr);
    m_graph.attachSecondCanvas(nullptr);
    {
        // Waits for a preview's draw of it in progress (one render of the
        // canvas), so that it is destroyed here and not under that draw.
        QMutexLocker lock(&m_secondCanvasSlot->lock);
        m_secondCanvasSlot->view = nullptr;
    }
    m_secondCanvas.reset();
}

std::unique_ptr<PreviewSurface> ObsProgram::createSecondCanvasPreview(quintptr nativeWindow, QSize sizePx, QString *error)
{
    if (!m_secondCanvas) {
        *error = tr("there is no second canvas");
        return nullptr;
    }
    auto preview = std::make_unique<ObsPreview>(nativeWindow, sizePx, m_secondCanvasSlot);
    if (!preview->isValid()) {
        *error = tr("libobs could not create a preview display on this window");
        return nullptr;
    }
    return preview;
}

int ObsProgram::setOverlayImage(const QString &role, const QImage &image)
{
    return m_graph.setOverlayImage(role, image);
}

std::unique_ptr<PreviewSurface> ObsProgram::createPreview(quintptr nativeWindow, QSize sizePx, const QString &sourceName, QString *error)
{
    OBSSourceAutoRelease source;
    if (!sourceName.isEmpty()) {
        source = obs_get_source_by_name(sourceName.toUtf8().constData());
        if (!source) {
            *error = tr("libobs has no source named %1").arg(sourceName);
            return nullptr;
        }
    }
    // A scene is previewed with the show's cards over it, as it would go on air.
    obs_source_t *overlays = source && obs_scene_from_source(source) ? m_graph.overlayLayerOf(sourceName) : nullptr;
    auto preview = std::make_unique<ObsPreview>(nativeWindow, sizePx, source.Get(), overlays);
    if (!preview->isValid()) {
        *error = tr("libobs could not create a preview display on this window");
        return nullptr;
    }
    return preview;
}

} // namespace shopcast::broadcast
