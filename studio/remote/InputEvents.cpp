#include "InputEvents.hpp"

#include "ObsWebSocketProtocol.hpp"
#include "RemoteServer.hpp"

#include "audio/AudioMixer.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <cmath>

namespace shopcast::remote {

InputEvents::InputEvents(RemoteServer &server, broadcast::SceneEditor &scenes, audio::AudioMixer &mixer, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_scenes(scenes)
    , m_mixer(mixer)
    , m_items(itemsNow())
{
    for (const QString &input : mixer.sources()) {
        const broadcast::AudioSpec a = mixer.audioOf(input);
        m_sounds.insert(input, {a.muted, a.volumeDb});
    }
    connect(&scenes, &broadcast::SceneEditor::collectionChanged, this, &InputEvents::onCollectionChanged);
    connect(&mixer, &audio::AudioMixer::audioChanged, this, &InputEvents::onAudioChanged);
}

QHash<QString, QList<InputEvents::Item>> InputEvents::itemsNow() const
{
    QHash<QString, QList<Item>> out;
    for (const broadcast::SceneSpec &scene : m_scenes.collection().scenes()) {
        QList<Item> &items = out[scene.name];
        for (const broadcast::SceneItemSpec &item : scene.items)
            items.append({item.sourceName, item.visible});
    }
    return out;
}

void InputEvents::onCollectionChanged()
{
    const QHash<QString, QList<Item>> now = itemsNow();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const QList<Item> before = m_items.value(it.key());
        // Items added, removed or moved: their ids changed, not their state.
        if (before.size() != it.value().size())
            continue;
        for (int i = 0; i < it.value().size(); ++i) {
            const Item &item = it.value().at(i);
            if (before.at(i).source != item.source || before.at(i).visible == item.visible)
                continue;
            m_server.broadcastEvent(
                QStringLiteral("SceneItemEnableStateChanged"), EventSubscription::SceneItems,
                {{QStringLiteral("sceneName"), it.key()}, {QStringLiteral("sceneItemId"), i + 1}, {QStringLiteral("sceneItemEnabled"), item.visible}});
        }
    }
    m_items = now;
}

void InputEvents::onAudioChanged(const QString &input)
{
    const broadcast::AudioSpec a = m_mixer.audioOf(input);
    const auto known = m_sounds.constFind(input);
    const bool mutedChanged = known == m_sounds.cend() || known->muted != a.muted;
    const bool volumeChanged = known == m_sounds.cend() || known->volumeDb != a.volumeDb;
    m_sounds.insert(input, {a.muted, a.volumeDb});
    if (mutedChanged)
        m_server.broadcastEvent(QStringLiteral("InputMuteStateChanged"), EventSubscription::Inputs,
                                {{QStringLiteral("inputName"), input}, {QStringLiteral("inputMuted"), a.muted}});
    if (volumeChanged)
        m_server.broadcastEvent(QStringLiteral("InputVolumeChanged"), EventSubscription::Inputs,
                                {{QStringLiteral("inputName"), input},
                                 {QStringLiteral("inputVolumeDb"), a.volumeDb},
                                 {QStringLiteral("inputVolumeMul"), std::pow(10.0, a.volumeDb / 20.0)}});
}

} // namespace shopcast::remote
