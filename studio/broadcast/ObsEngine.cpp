#include "ObsEngine.hpp"

#include "ObsEncoders.hpp"
#include "ObsPreview.hpp"
#include "ObsRecorder.hpp"
#include "ObsSceneGraph.hpp"
#include "ObsStreamOutput.hpp"

#include <obs.h>

#include <QCoreApplication>

namespace shopcast::broadcast {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ObsEngine", text);
}
} // namespace

ObsEngine::ObsEngine() = default;

std::unique_ptr<ObsEngine> ObsEngine::create(const ObsContextOptions &options, QString *error)
{
    std::unique_ptr<ObsEngine> engine(new ObsEngine);
    engine->m_context = ObsContext::create(options, error);
    if (!engine->m_context)
        return nullptr;
    engine->m_graph = std::make_unique<ObsSceneGraph>();
    engine->m_encoders = std::make_unique<ObsEncoders>();
    engine->m_recorder = std::make_unique<ObsRecorder>();
    connect(engine->m_recorder.get(), &ObsRecorder::started, engine.get(), &BroadcastEngine::recordingStarted);
    connect(engine->m_recorder.get(), &ObsRecorder::finished, engine.get(), &BroadcastEngine::recordingFinished);
    obs_add_main_render_callback(&ObsEngine::onMainRender, engine.get());
    return engine;
}

ObsEngine::~ObsEngine()
{
    if (!m_context)
        return;
    obs_remove_main_render_callback(&ObsEngine::onMainRender, this);
    // Outputs before encoders before sources before libobs itself (the
    // wrong order crashes at exit).
    m_recorder.reset();
    m_outputs.clear();
    m_encoders.reset();
    m_graph.reset();
}

ObsContextOptions ObsEngine::defaultOptions(const CanvasSpec &canvas, const QString &configDir)
{
    ObsContextOptions options;
    options.canvas = canvas;
    options.pluginDir = qEnvironmentVariable("SHOPCAST_OBS_PLUGIN_DIR", QStringLiteral(SHOPCAST_OBS_PLUGIN_DIR));
    options.dataDir = qEnvironmentVariable("SHOPCAST_OBS_DATA_DIR", QStringLiteral(SHOPCAST_OBS_DATA_DIR));
    options.configDir = configDir;
    return options;
}

QStringList ObsEngine::missingOptionalModules() const
{
    return m_context->missingOptionalModules();
}

void ObsEngine::onMainRender(void *param, uint32_t, uint32_t)
{
    auto *self = static_cast<ObsEngine *>(param);
    if (!self->m_firstFrameSeen.exchange(true))
        QMetaObject::invokeMethod(self, &BroadcastEngine::firstFrameRendered, Qt::QueuedConnection);
}

CanvasSpec ObsEngine::canvas() const
{
    return m_context->canvas();
}

bool ObsEngine::setCanvas(const CanvasSpec &canvas, QString *error)
{
    if (m_streaming || isRecording()) {
        *error = tr("stop streaming and recording before changing the canvas");
        return false;
    }
    if (canvas == m_context->canvas())
        return true;
    m_outputs.clear();
    m_encoders->release();
    return m_context->resetVideo(canvas, error);
}

bool ObsEngine::loadCollection(const SceneCollection &collection, QString *error)
{
    if (!m_graph->build(collection, error)) {
        // Keep libobs and the model in step: rebuild what was there.
        QString ignored;
        m_graph->build(m_collection, &ignored);
        return false;
    }
    m_collection = collection;
    emit collectionChanged();
    return true;
}

bool ObsEngine::addScene(const QString &name, QString *error)
{
    SceneCollection next = m_collection;
    if (!next.addScene(name, error))
        return false;
    m_graph->addScene(name);
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::removeScene(const QString &name, QString *error)
{
    SceneCollection next = m_collection;
    if (!next.removeScene(name, error))
        return false;
    m_graph->removeScene(name);
    m_graph->pruneSources(next);
    m_graph->activate(next.currentScene());
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::setCurrentScene(const QString &name, QString *error)
{
    SceneCollection next = m_collection;
    if (!next.setCurrentScene(name, error))
        return false;
    m_graph->activate(name);
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::addItem(const QString &scene, const SourceSpec &source, const SceneItemSpec &item, QString *error)
{
    SceneCollection next = m_collection;
    if (!next.addItem(scene, source, item, error))
        return false;
    if (!m_graph->addItem(scene, *next.findSource(source.name), item, error))
        return false;
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::removeItem(const QString &scene, int index, QString *error)
{
    SceneCollection next = m_collection;
    if (!next.removeItem(scene, index, error))
        return false;
    m_graph->removeItem(scene, index);
    m_graph->pruneSources(next);
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::moveItem(const QString &scene, int from, int to, QString *error)
{
    SceneCollection next = m_collection;
    if (!next.moveItem(scene, from, to, error))
        return false;
    m_graph->moveItem(scene, from, to);
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::setItemVisible(const QString &scene, int index, bool visible, QString *error)
{
    SceneCollection next = m_collection;
    if (!next.setItemVisible(scene, index, visible, error))
        return false;
    m_graph->setItemVisible(scene, index, visible);
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::setItemGeometry(const QString &scene, int index, double xPx, double yPx, double widthPx, double heightPx,
                                QString *error)
{
    SceneCollection next = m_collection;
    if (!next.setItemGeometry(scene, index, xPx, yPx, widthPx, heightPx, error))
        return false;
    m_graph->setItemGeometry(scene, index, next.findScene(scene)->items.at(index));
    m_collection = next;
    emit collectionChanged();
    return true;
}

bool ObsEngine::ensureEncoders(const EncoderSettings &settings, QString *error)
{
    // Active outputs pin the encoders; a new output joins them as they are.
    const bool busy = m_streaming || isRecording();
    if (busy && m_encoders->isCreated())
        return true;
    if (!m_streaming)
        m_outputs.clear();
    return m_encoders->create(settings, error);
}

bool ObsEngine::startStreaming(const QList<Destination> &destinations, const EncoderSettings &encoder, QString *error)
{
    if (m_streaming) {
        *error = tr("already streaming");
        return false;
    }
    if (destinations.isEmpty()) {
        *error = tr("no destination: add one in Destinations");
        return false;
    }
    if (!ensureEncoders(encoder, error))
        return false;
    m_outputs.clear();
    QStringList failures;
    for (int i = 0; i < destinations.size(); ++i) {
        auto output = std::make_unique<ObsStreamOutput>(i, destinations.at(i), *m_context);
        connect(output.get(), &ObsStreamOutput::stateChanged, this, &BroadcastEngine::outputStateChanged);
        connect(output.get(), &ObsStreamOutput::finished, this, &ObsEngine::onOutputFinished);
        connect(output.get(), &ObsStreamOutput::stateChanged, this, &ObsEngine::startPendingRecording, Qt::QueuedConnection);
        QString why;
        if (!output->start(m_encoders->video(), m_encoders->audio(), &why))
            failures.append(why);
        m_outputs.push_back(std::move(output));
    }
    if (int(failures.size()) == destinations.size()) {
        *error = failures.join(QLatin1Char('\n'));
        return false;
    }
    m_streaming = true;
    return true;
}

void ObsEngine::stopStreaming()
{
    if (!m_streaming)
        return;
    for (auto &output : m_outputs)
        output->stop();
    onOutputFinished();
}

void ObsEngine::onOutputFinished()
{
    if (!m_streaming)
        return;
    for (const auto &output : m_outputs)
        if (output->isActive())
            return;
    m_streaming = false;
    emit streamingStopped();
}

bool ObsEngine::anyOutputConnecting() const
{
    for (const auto &output : m_outputs)
        if (output->stats().state == OutputState::Connecting)
            return true;
    return false;
}

bool ObsEngine::startRecording(const QString &mkvPath, const EncoderSettings &encoder, QString *error)
{
    if (isRecording()) {
        *error = tr("already recording");
        return false;
    }
    if (anyOutputConnecting()) {
        m_pendingRecording = PendingRecording{mkvPath, encoder};
        return true;
    }
    if (!ensureEncoders(encoder, error))
        return false;
    return m_recorder->start(mkvPath, m_encoders->video(), m_encoders->audio(), error);
}

void ObsEngine::startPendingRecording()
{
    if (!m_pendingRecording || anyOutputConnecting())
        return;
    const PendingRecording pending = *m_pendingRecording;
    m_pendingRecording.reset();
    QString error;
    if (!startRecording(pending.path, pending.encoder, &error))
        emit recordingFinished(pending.path, error);
}

void ObsEngine::stopRecording()
{
    if (m_pendingRecording) {
        const QString path = m_pendingRecording->path;
        m_pendingRecording.reset();
        emit recordingFinished(path, tr("recording stopped before the destinations connected; nothing was recorded"));
        return;
    }
    m_recorder->stop();
}

bool ObsEngine::isRecording() const
{
    return m_pendingRecording.has_value() || (m_recorder && m_recorder->isActive());
}

int ObsEngine::setOverlayImage(const QString &role, const QImage &image)
{
    return m_graph->setOverlayImage(role, image);
}

EngineStats ObsEngine::stats() const
{
    EngineStats s;
    s.renderedFrames = obs_get_total_frames();
    s.laggedFrames = obs_get_lagged_frames();
    s.averageFrameTimeNs = obs_get_average_frame_time_ns();
    if (video_t *video = obs_get_video()) {
        s.encodedFrames = video_output_get_total_frames(video);
        s.skippedFrames = video_output_get_skipped_frames(video);
    }
    for (const auto &output : m_outputs)
        s.outputs.append(output->stats());
    s.recording = isRecording();
    s.recordingBytes = m_recorder->bytes();
    s.recordingDurationMs = m_recorder->durationMs();
    return s;
}

std::unique_ptr<PreviewSurface> ObsEngine::createPreview(quintptr nativeWindow, QSize sizePx, QString *error)
{
    auto preview = std::make_unique<ObsPreview>(nativeWindow, sizePx);
    if (!preview->isValid()) {
        *error = tr("libobs could not create a preview display on this window");
        return nullptr;
    }
    return preview;
}

} // namespace shopcast::broadcast
