#pragma once

#include <QCoreApplication>

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::audio {

class AudioMixer;

// The mixer's show actions, one path for the dock, hotkeys and a producer's
// remote: mute or unmute a source (push-to-mute and push-to-talk are these
// on a key's press and release), set its volume in dB, its monitoring, and
// put the 主播人声 chain on a microphone.
class AudioActions
{
    Q_DECLARE_TR_FUNCTIONS(AudioActions)
public:
    static void registerOn(actions::ActionRegistry &registry, AudioMixer &mixer, broadcast::SceneEditor &editor);
};

} // namespace shopcast::audio
