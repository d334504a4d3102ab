#include "AudioMixer.hpp"

#include "broadcast/AudioMeters.hpp"
#include "broadcast/SceneEditor.hpp"

namespace shopcast::audio {

using broadcast::AudioMonitoring;
using broadcast::AudioSpec;

AudioMixer::AudioMixer(broadcast::SceneEditor &scenes, broadcast::AudioMeters &meters, QObject *parent)
    : QObject(parent)
    , m_scenes(scenes)
    , m_meters(meters)
{
    m_timer.setInterval(kUpdateIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 elapsed = m_sinceTick.restart();
        tick(int(std::min<qint64>(elapsed, 1000)));
    });
    connect(&m_scenes, &broadcast::SceneEditor::collectionChanged, this, &AudioMixer::refresh);
    refresh();
}

void AudioMixer::refresh()
{
    const broadcast::SceneCollection &c = m_scenes.collection();
    QStringList sources = c.globalAudio();
    for (const QString &sceneName : {c.currentScene(), c.secondCanvasScene()}) {
        const broadcast::SceneSpec *scene = c.findScene(sceneName);
        if (!scene)
            continue;
        for (const broadcast::SceneItemSpec &item : scene->items)
            if (!sources.contains(item.sourceName) && m_scenes.hasAudio(item.sourceName))
                sources.append(item.sourceName);
    }
    const bool listChanged = sources != m_sources;
    m_sources = sources;
    std::map<QString, AudioSpec> audio;
    for (const QString &name : std::as_const(m_sources))
        if (const broadcast::SourceSpec *s = c.findSource(name))
            audio.emplace(name, s->audio);
    for (auto it = m_ballistics.begin(); it != m_ballistics.end();)
        it = m_sources.contains(it->first) ? std::next(it) : m_ballistics.erase(it);
    for (const QString &name : std::as_const(m_sources))
        m_ballistics.try_emplace(name);
    // Always: a source remade under its name (new settings) needs a new meter.
    m_meters.meter(m_sources);
    std::swap(audio, m_audio);
    if (listChanged)
        emit sourcesChanged();
    for (const auto &[name, spec] : m_audio)
        if (const auto before = audio.find(name); before == audio.end() || before->second != spec)
            emit audioChanged(name);
    warnIfCannotMonitor();
}

void AudioMixer::warnIfCannotMonitor()
{
    if (m_monitorWarned)
        return;
    const bool wanted = std::any_of(m_audio.cbegin(), m_audio.cend(), [](const auto &a) { return a.second.monitoring != AudioMonitoring::Off; });
    QString why;
    if (!wanted || m_meters.canMonitor(&why))
        return;
    m_monitorWarned = true;
    emit notice(tr("Audio monitoring is set but cannot be heard: %1. The stream and the recording are not affected.").arg(why));
}

AudioSpec AudioMixer::audioOf(const QString &source) const
{
    const auto it = m_audio.find(source);
    if (it != m_audio.end())
        return it->second;
    const broadcast::SourceSpec *s = m_scenes.collection().findSource(source);
    return s ? s->audio : AudioSpec{};
}

const MeterBallistics *AudioMixer::meterOf(const QString &source) const
{
    const auto it = m_ballistics.find(source);
    if (it != m_ballistics.end())
        return &it->second;
    return nullptr;
}

bool AudioMixer::setVolumeDb(const QString &source, double db, QString *error, bool merge)
{
    AudioSpec audio = audioOf(source);
    audio.volumeDb = std::clamp(db, AudioSpec::kMinVolumeDb, AudioSpec::kMaxVolumeDb);
    return m_scenes.setSourceAudio(source, audio, error, merge);
}

bool AudioMixer::setMuted(const QString &source, bool muted, QString *error)
{
    return m_scenes.setSourceMuted(source, muted, error);
}

bool AudioMixer::setAudio(const QString &source, const AudioSpec &audio, QString *error, bool merge)
{
    return m_scenes.setSourceAudio(source, audio, error, merge);
}

void AudioMixer::resetClip(const QString &source)
{
    if (source.isEmpty())
        m_master.resetClip();
    else if (const auto it = m_ballistics.find(source); it != m_ballistics.end())
        it->second.resetClip();
}

QStringList AudioMixer::mutedSources() const
{
    QStringList out;
    for (const QString &name : m_sources)
        if (audioOf(name).muted)
            out.append(name);
    return out;
}

QList<AudioMixer::PushKey> AudioMixer::pushKeys() const
{
    QList<PushKey> keys;
    for (const QString &name : m_sources) {
        const AudioSpec a = audioOf(name);
        if (!a.pushToTalkKey.isEmpty())
            keys.append({name, a.pushToTalkKey, true});
        if (!a.pushToMuteKey.isEmpty())
            keys.append({name, a.pushToMuteKey, false});
    }
    return keys;
}

bool AudioMixer::holdPushKey(const PushKey &key, bool held, QString *error)
{
    return setMuted(key.source, key.talk ? !held : held, error);
}

namespace {

const broadcast::SourceSpec *globalOfKind(const broadcast::SceneCollection &c, const QString &kind)
{
    for (const QString &name : c.globalAudio())
        if (const broadcast::SourceSpec *s = c.findSource(name); s && s->kind == kind)
            return s;
    return nullptr;
}

} // namespace

QString AudioMixer::kindOf(GlobalDevice which)
{
    return which == GlobalDevice::Desktop ? QStringLiteral("pulse_output_capture") : QStringLiteral("pulse_input_capture");
}

QString AudioMixer::globalDevice(GlobalDevice which) const
{
    const broadcast::SourceSpec *s = globalOfKind(m_scenes.collection(), kindOf(which));
    return s ? s->settings.value(QStringLiteral("device_id")).toString() : QString();
}

bool AudioMixer::setGlobalDevice(GlobalDevice which, const QString &deviceId, QString *error)
{
    // Found by its kind, so a name given in another language is still the one.
    const broadcast::SourceSpec *existing = globalOfKind(m_scenes.collection(), kindOf(which));
    QString name = existing ? existing->name : which == GlobalDevice::Desktop ? tr("Desktop Audio") : tr("Mic/Aux");
    if (!existing && m_scenes.collection().findSource(name))
        name = which == GlobalDevice::Desktop ? tr("Desktop Audio (global)") : tr("Mic/Aux (global)");
    if (!existing && deviceId.isEmpty())
        return true;
    return m_scenes.setGlobalAudio(name, kindOf(which), deviceId, error);
}

QList<broadcast::DeviceChoice> AudioMixer::globalDeviceChoices(GlobalDevice which) const
{
    return m_scenes.deviceChoices(kindOf(which));
}

QString AudioMixer::pushKeyRole(const PushKey &key)
{
    return key.talk ? tr("push-to-talk of %1").arg(key.source) : tr("push-to-mute of %1").arg(key.source);
}

bool AudioMixer::setPushKey(const QString &source, bool talk, const QString &key, QString *error)
{
    // A key held to talk that also switches a product would do both.
    if (const QString owner = key.isEmpty() || !m_keyOwner ? QString() : m_keyOwner(key); !owner.isEmpty()) {
        *error = tr("%1 is already the key of \"%2\"; choose another, or change that one in Settings → Hotkeys").arg(key, owner);
        return false;
    }
    AudioSpec audio = audioOf(source);
    (talk ? audio.pushToTalkKey : audio.pushToMuteKey) = key;
    if (!setAudio(source, audio, error))
        return false;
    return !(talk && !key.isEmpty()) || setMuted(source, true, error);
}

void AudioMixer::setMetering(bool on)
{
    if (on == m_timer.isActive())
        return;
    if (on) {
        m_sinceTick.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void AudioMixer::tick(int elapsedMs)
{
    for (const QString &name : std::as_const(m_sources))
        m_ballistics[name].update(m_meters.take(name), elapsedMs);
    m_master.update(m_meters.takeMaster(), elapsedMs);
    emit levelsUpdated();
}

} // namespace shopcast::audio
