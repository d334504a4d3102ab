#pragma once

#include <QHash>
#include <QList>
#include <QObject>

namespace shopcast::audio {
class AudioMixer;
}
namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::remote {

class RemoteServer;

// obs-websocket's events for scene items and inputs, from whoever made the
// change (a dock, a hotkey, an undo, a remote client):
// SceneItemEnableStateChanged, InputMuteStateChanged, InputVolumeChanged.
// The scenes and the mixer say that something changed; this keeps what each
// item and input was, so only a real change is sent.
class InputEvents : public QObject
{
    Q_OBJECT
public:
    InputEvents(RemoteServer &server, broadcast::SceneEditor &scenes, audio::AudioMixer &mixer, QObject *parent = nullptr);

private:
    struct Item
    {
        QString source;
        bool visible = true;
    };
    struct Sound
    {
        bool muted = false;
        double volumeDb = 0;
    };
    void onCollectionChanged();
    void onAudioChanged(const QString &input);
    QHash<QString, QList<Item>> itemsNow() const;

    RemoteServer &m_server;
    broadcast::SceneEditor &m_scenes;
    audio::AudioMixer &m_mixer;
    QHash<QString, QList<Item>> m_items; // scene -> its items, bottom first
    QHash<QString, Sound> m_sounds;
};

} // namespace shopcast::remote
