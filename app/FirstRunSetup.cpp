#include "FirstRunSetup.hpp"

#include "Studio.hpp"

#include "audio/VoicePreset.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/SceneCollection.hpp"
#include "core/SecretStore.hpp"
#include "core/StudioPaths.hpp"
#include "core/UiSettings.hpp"

#include <QDir>
#include <QFileInfo>

namespace shopcast::app {

bool FirstRunSetup::isFirstRun(const QString &profileDir)
{
    const QDir dir(profileDir);
    for (const QString &file : {core::UiSettings::path(profileDir), core::StudioPaths::settingsPath(profileDir),
                                core::StudioPaths::sceneCollectionPath(profileDir), dir.filePath(QStringLiteral("studio.db"))})
        if (QFileInfo::exists(file))
            return false;
    return true;
}

QStringList FirstRunSetup::skip(Studio &studio)
{
    QString error;
    if (!studio.saveUi(&error))
        return {tr("Settings not saved: %1").arg(error)};
    return {};
}

QStringList FirstRunSetup::apply(Studio &studio, const FirstRunChoices &choices)
{
    QStringList problems;
    QString error;
    studio.ui().language = choices.language;
    if (!studio.saveUi(&error))
        problems.append(tr("Settings not saved: %1").arg(error));
    if (!studio.applyCanvas(choices.canvas, &error))
        problems.append(tr("The canvas %1 could not be set: %2").arg(choices.canvas.sizeText(), error));
    if (choices.destination) {
        studio.settings().destinations.append(*choices.destination);
        // The keyring answers later; a key it refuses is said on stderr, as the
        // first run's other problems are.
        const QString name = choices.destination->name;
        studio.secrets().writeLater(choices.destination->secretKey(), choices.streamKey, &studio, [name](bool stored, const QString &why) {
            if (!stored)
                qWarning("%s", qPrintable(tr("The stream key for %1 was not stored (%2): add it in Destinations.").arg(name, why)));
        });
        if (!studio.saveSettings(&error))
            problems.append(tr("Settings not saved: %1").arg(error));
    }
    // Part of the scene from the start, not an edit Ctrl+Z would take back.
    const QList<broadcast::FilterSpec> voice
        = choices.voiceChain ? audio::VoicePreset::chain(audio::VoicePreset::hasRnnoise(studio.engine().scenes())) : QList<broadcast::FilterSpec>{};
    const broadcast::SceneCollection scene = broadcast::SceneCollection::starter(studio.settings().canvas, core::StudioPaths::resourceDir(),
                                                                                 choices.cameraDeviceId, choices.microphoneDeviceId, choices.beauty, voice);
    if (!studio.engine().scenes().loadCollection(scene, &error))
        problems.append(tr("The first scene could not be built (%1); the demo scene stays.").arg(error));
    return problems;
}

} // namespace shopcast::app
