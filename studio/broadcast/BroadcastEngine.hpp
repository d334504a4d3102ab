#pragma once

#include "AudioMeters.hpp"
#include "OutputControl.hpp"
#include "ProgramView.hpp"
#include "SceneEditor.hpp"

namespace shopcast::broadcast {

// What the rest of the studio knows of the capture → composite → encode →
// output pipeline, split by responsibility: scene editing, outputs, the
// program picture (canvas, overlays, previews) and the audio meters. Each part is handed to the
// code that needs only it. The libobs implementation lives beside it and is
// the only code that includes obs.h; tests use a fake (tests/support).
class BroadcastEngine
{
public:
    virtual ~BroadcastEngine() = default;
    virtual SceneEditor &scenes() = 0;
    virtual OutputControl &outputs() = 0;
    virtual ProgramView &program() = 0;
    virtual AudioMeters &audio() = 0;
};

} // namespace shopcast::broadcast
