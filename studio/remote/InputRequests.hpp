#pragma once

#include <QCoreApplication>

namespace shopcast::audio {
class AudioMixer;
}
namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::remote {

class StudioRequests;

// obs-websocket's input and scene-item requests on the studio's scenes and
// mixer: GetInputList, GetSceneItemList, GetSceneItemId,
// Get/SetSceneItemEnabled, Get/Set/ToggleInputMute, Get/SetInputVolume.
// Changes go through the actions (scene.itemVisible, audio.mute,
// audio.volume), as a dock's. A scene item's id is its index from the
// bottom plus one: the studio's scenes keep no other id, so an id names the
// same item until the scene's order changes.
class InputRequests
{
    Q_DECLARE_TR_FUNCTIONS(InputRequests)
public:
    static void registerOn(StudioRequests &requests, broadcast::SceneEditor &scenes, audio::AudioMixer &mixer);
    // "color_source_v3" → "color_source": the kind without its version, as obs-websocket lists it.
    static QString unversionedKind(const QString &kind);
};

} // namespace shopcast::remote
