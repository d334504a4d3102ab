#pragma once

#include "BroadcastEngine.hpp"
#include "ObsContext.hpp"

#include <memory>

namespace shopcast::broadcast {

class ObsAudioMeters;
class ObsOutputs;
class ObsProgram;
class ObsSceneEditor;
class ObsSceneGraph;

// The libobs implementation of BroadcastEngine: starts libobs (ObsContext)
// and owns its three parts. Its header stays free of libobs types so the app
// can construct it without including obs.h.
class ObsEngine final : public BroadcastEngine
{
public:
    static std::unique_ptr<ObsEngine> create(const ObsContextOptions &options, QString *error);
    ~ObsEngine() override;

    // The install locations libobs was configured with, overridable through
    // SHOPCAST_OBS_PLUGIN_DIR / SHOPCAST_OBS_DATA_DIR.
    static ObsContextOptions defaultOptions(const CanvasSpec &canvas, const QString &configDir);
    QStringList missingOptionalModules() const;

    SceneEditor &scenes() override;
    OutputControl &outputs() override;
    ProgramView &program() override;
    AudioMeters &audio() override;

private:
    ObsEngine();

    // Declared first so it is destroyed last: libobs must outlive every object.
    std::unique_ptr<ObsContext> m_context;
    std::unique_ptr<ObsSceneGraph> m_graph;
    std::unique_ptr<ObsOutputs> m_outputs;
    std::unique_ptr<ObsSceneEditor> m_scenes;
    std::unique_ptr<ObsAudioMeters> m_audio;
    std::unique_ptr<ObsProgram> m_program;
};

} // namespace shopcast::broadcast
