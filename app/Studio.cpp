#include "Studio.hpp"

#include "audio/AudioMixer.hpp"

#include "broadcast/ObsEngine.hpp"
#include "core/StudioPaths.hpp"
#include "show/ShowSession.hpp"

namespace shopcast::app {

std::unique_ptr<Studio> Studio::create(const StudioOptions &options, QString *error)
{
    std::unique_ptr<Studio> studio(new Studio);
    const QString profileDir = options.profileDir;
    void *const display = options.x11Display;
    const QString obsLocale = options.language == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
    const bool verbose = options.verboseLog;
    const auto obs = [profileDir, display, obsLocale, verbose](const broadcast::BroadcastSettings &settings, QStringList *warnings, QString *why) {
        broadcast::ObsContextOptions obsOptions = broadcast::ObsEngine::defaultOptions(settings.canvas, core::StudioPaths::obsConfigDir(profileDir));
        obsOptions.audioSampleRateHz = settings.audioSampleRateHz;
        obsOptions.verboseLog = verbose;
        obsOptions.x11Display = display;
        obsOptions.locale = obsLocale;
        std::unique_ptr<broadcast::ObsEngine> engine = broadcast::ObsEngine::create(obsOptions, why);
        if (engine)
            for (const QString &module : engine->missingOptionalModules())
                warnings->append(tr("libobs module %1 is not available; its sources cannot be added.").arg(module));
        return std::unique_ptr<broadcast::BroadcastEngine>(std::move(engine));
    };
    if (!studio->init(options, obs, error))
        return nullptr;
    studio->m_hotkeys = std::make_unique<HotkeyMap>(HotkeyMap::bindingsOf(studio->show().actions()), studio->ui().hotkeys);
    // One key, one meaning: a push key is never a show action's shortcut, nor the other way round.
    HotkeyMap *hotkeys = studio->m_hotkeys.get();
    audio::AudioMixer *mixer = &studio->mixer();
    mixer->setKeyOwner([hotkeys](const QString &key) {
        const QString id = hotkeys->conflict({}, QKeySequence::fromString(key, QKeySequence::PortableText));
        return id.isEmpty() ? QString() : hotkeys->label(id);
    });
    hotkeys->setReservedBy([mixer](const QKeySequence &keys) {
        for (const audio::AudioMixer::PushKey &push : mixer->pushKeys())
            if (QKeySequence::fromString(push.key, QKeySequence::PortableText) == keys)
                return audio::AudioMixer::pushKeyRole(push);
        return QString();
    });
    return studio;
}

} // namespace shopcast::app
