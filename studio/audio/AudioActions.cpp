#include "AudioActions.hpp"

#include "AudioMixer.hpp"
#include "VoicePreset.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/SceneEditor.hpp"

namespace shopcast::audio {

using actions::ActionParam;
using actions::ActionResult;
using actions::ActionSpec;
using actions::Caller;
using actions::Permission;
using broadcast::AudioSpec;

namespace {
constexpr const char *kContext = "shopcast::audio::AudioActions";

ActionParam sourceParam()
{
    return ActionParam{QStringLiteral("source"), ActionParam::Type::String, true, QStringLiteral("the audio source's name"), 0, 0, 256};
}

QJsonObject stateOf(const AudioMixer &mixer, const QString &source)
{
    const AudioSpec a = mixer.audioOf(source);
    return {{QStringLiteral("source"), source},
            {QStringLiteral("muted"), a.muted},
            {QStringLiteral("volumeDb"), a.volumeDb},
            {QStringLiteral("monitoring"), AudioSpec::monitoringKey(a.monitoring)}};
}
} // namespace

void AudioActions::registerOn(actions::ActionRegistry &registry, AudioMixer &mixer, broadcast::SceneEditor &editor)
{
    AudioMixer *m = &mixer;
    broadcast::SceneEditor *e = &editor;
    registry.add(ActionSpec{QStringLiteral("audio.mute"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::audio::AudioActions", "Mute or unmute a source"),
                            QStringLiteral("audio-volume-muted"),
                            {sourceParam(),
                             ActionParam{QStringLiteral("muted"), ActionParam::Type::Boolean, false, QStringLiteral("muted or not; without it, toggles")}},
                            Permission::Producer,
                            {}},
                 [m](const QJsonObject &params, const Caller &) {
                     const QString source = params.value(QStringLiteral("source")).toString();
                     const bool muted = params.contains(QStringLiteral("muted")) ? params.value(QStringLiteral("muted")).toBool() : !m->audioOf(source).muted;
                     QString error;
                     if (!m->setMuted(source, muted, &error))
                         return ActionResult::failed(error);
                     return ActionResult::done(stateOf(*m, source));
                 });
    registry.add(ActionSpec{QStringLiteral("audio.volume"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::audio::AudioActions", "Set a source's volume"),
                            {},
                            {sourceParam(), ActionParam{QStringLiteral("db"), ActionParam::Type::Number, true, QStringLiteral("the volume in dB (0: as it is)"),
                                                        AudioSpec::kMinVolumeDb, AudioSpec::kMaxVolumeDb}},
                            Permission::Producer,
                            {}},
                 [m](const QJsonObject &params, const Caller &) {
                     const QString source = params.value(QStringLiteral("source")).toString();
                     QString error;
                     if (!m->setVolumeDb(source, params.value(QStringLiteral("db")).toDouble(), &error))
                         return ActionResult::failed(error);
                     return ActionResult::done(stateOf(*m, source));
                 });
    registry.add(ActionSpec{QStringLiteral("audio.monitoring"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::audio::AudioActions", "Set how a source is monitored"),
                            {},
                            {sourceParam(),
                             ActionParam{QStringLiteral("mode"), ActionParam::Type::String, true, QStringLiteral("off, monitor (only) or both"), 0, 0, 16}},
                            Permission::Producer,
                            {}},
                 [m](const QJsonObject &params, const Caller &) {
                     const QString source = params.value(QStringLiteral("source")).toString();
                     const auto mode = AudioSpec::monitoringFromKey(params.value(QStringLiteral("mode")).toString());
                     if (!mode)
                         return ActionResult::failed(tr("monitoring is off, monitor or both"));
                     AudioSpec audio = m->audioOf(source);
                     audio.monitoring = *mode;
                     QString error;
                     if (!m->setAudio(source, audio, &error))
                         return ActionResult::failed(error);
                     return ActionResult::done(stateOf(*m, source));
                 });
    registry.add(
        ActionSpec{QStringLiteral("audio.voicePreset"),
                   kContext,
                   QT_TRANSLATE_NOOP("shopcast::audio::AudioActions", "Put the host voice chain (主播人声) on a microphone"),
                   {},
                   {sourceParam()},
                   Permission::Producer,
                   {}},
        [e](const QJsonObject &params, const Caller &) {
            const QString source = params.value(QStringLiteral("source")).toString();
            QString error;
            if (!VoicePreset::applyTo(*e, source, &error))
                return ActionResult::failed(error);
            return ActionResult::done({{QStringLiteral("source"), source}, {QStringLiteral("filters"), int(e->collection().filtersOf(source)->size())}});
        });
}

} // namespace shopcast::audio
