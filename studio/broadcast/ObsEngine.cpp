#include "ObsEngine.hpp"

#include "ObsAudioMeters.hpp"
#include "ObsOutputs.hpp"
#include "ObsProgram.hpp"
#include "ObsSceneEditor.hpp"
#include "ObsSceneGraph.hpp"

namespace shopcast::broadcast {

ObsEngine::ObsEngine() = default;

std::unique_ptr<ObsEngine> ObsEngine::create(const ObsContextOptions &options, QString *error)
{
    std::unique_ptr<ObsEngine> engine(new ObsEngine);
    engine->m_context = ObsContext::create(options, error);
    if (!engine->m_context)
        return nullptr;
    engine->m_graph = std::make_unique<ObsSceneGraph>();
    engine->m_outputs = std::make_unique<ObsOutputs>(*engine->m_context);
    engine->m_scenes = std::make_unique<ObsSceneEditor>(*engine->m_graph);
    engine->m_audio = std::make_unique<ObsAudioMeters>(*engine->m_graph);
    engine->m_program = std::make_unique<ObsProgram>(*engine->m_context, *engine->m_graph, *engine->m_outputs);
    return engine;
}

ObsEngine::~ObsEngine()
{
    if (!m_context)
        return;
    // Outputs before encoders before sources before libobs itself (the
    // wrong order crashes at exit).
    m_program.reset();
    m_outputs.reset();
    m_audio.reset();
    m_scenes.reset();
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

SceneEditor &ObsEngine::scenes()
{
    return *m_scenes;
}

OutputControl &ObsEngine::outputs()
{
    return *m_outputs;
}

AudioMeters &ObsEngine::audio()
{
    return *m_audio;
}

ProgramView &ObsEngine::program()
{
    return *m_program;
}

} // namespace shopcast::broadcast
