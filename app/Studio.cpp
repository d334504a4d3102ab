#include "Studio.hpp"

#include "core/StudioPaths.hpp"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace shopcast::app {

using namespace shopcast::broadcast;

std::unique_ptr<Studio> Studio::create(const StudioOptions &options, QString *error)
{
    std::unique_ptr<Studio> studio(new Studio);
    studio->m_profileDir = options.profileDir;
    QDir().mkpath(options.profileDir);

    const QString settingsPath = core::StudioPaths::settingsPath(options.profileDir);
    if (QFileInfo::exists(settingsPath)) {
        QString why;
        if (auto loaded = BroadcastSettings::load(settingsPath, &why))
            studio->m_settings = *loaded;
        else
            studio->m_warnings.append(tr("Settings could not be read (%1); defaults are used and the file is left as it is.").arg(why));
    }
    if (studio->m_settings.recordingDir.isEmpty())
        studio->m_settings.recordingDir = core::StudioPaths::defaultRecordingDir();
    studio->m_secrets = std::make_unique<core::SecretStore>(
        QStringLiteral("ShopCast Studio"), QDir(options.profileDir).filePath(QStringLiteral("secrets.ini")));

    ObsContextOptions obsOptions = ObsEngine::defaultOptions(studio->m_settings.canvas,
                                                             core::StudioPaths::obsConfigDir(options.profileDir));
    obsOptions.x11Display = options.x11Display;
    studio->m_engine = ObsEngine::create(obsOptions, error);
    if (!studio->m_engine)
        return nullptr;
    for (const QString &module : studio->m_engine->missingOptionalModules())
        studio->m_warnings.append(tr("libobs module %1 is not available; its sources cannot be added.").arg(module));

    studio->m_sceneStore = std::make_unique<SceneCollectionStore>(core::StudioPaths::sceneCollectionPath(options.profileDir));
    std::optional<SceneCollection> collection;
    if (!options.freshDemo) {
        auto loaded = studio->m_sceneStore->load();
        if (!loaded.message.isEmpty())
            studio->m_warnings.append(loaded.message);
        collection = loaded.collection;
    }
    if (!collection)
        collection = SceneCollection::demo(studio->m_settings.canvas, core::StudioPaths::resourceDir());
    QString why;
    if (!studio->m_engine->loadCollection(*collection, &why)) {
        studio->m_warnings.append(tr("The saved scenes could not be built (%1); the demo show was loaded instead.").arg(why));
        studio->m_engine->loadCollection(SceneCollection::demo(studio->m_settings.canvas, core::StudioPaths::resourceDir()), &why);
    }

    Studio *self = studio.get();
    studio->m_controller = std::make_unique<BroadcastController>(
        *studio->m_engine, studio->m_settings,
        [self](const DestinationEntry &entry) { return self->m_secrets->read(entry.secretKey()); },
        [] { return QDateTime::currentDateTime(); });
    studio->m_status = std::make_unique<StatusMonitor>(*studio->m_engine);

    // Edits come in bursts (dragging, toggling); save once they settle.
    studio->m_sceneSaveTimer.setSingleShot(true);
    studio->m_sceneSaveTimer.setInterval(500);
    connect(&studio->m_sceneSaveTimer, &QTimer::timeout, self, [self] {
        QString saveError;
        if (!self->m_sceneStore->save(self->m_engine->collection(), &saveError))
            qWarning("scene collection not saved: %s", qPrintable(saveError));
    });
    connect(studio->m_engine.get(), &BroadcastEngine::collectionChanged, self, &Studio::scheduleSceneSave);
    studio->scheduleSceneSave();
    return studio;
}

Studio::~Studio()
{
    if (m_sceneSaveTimer.isActive()) {
        QString ignored;
        m_sceneStore->save(m_engine->collection(), &ignored);
    }
    // Controllers hold references into the engine: drop them first.
    m_status.reset();
    m_controller.reset();
    m_engine.reset();
}

void Studio::scheduleSceneSave()
{
    m_sceneSaveTimer.start();
}

bool Studio::saveSettings(QString *error)
{
    return m_settings.save(core::StudioPaths::settingsPath(m_profileDir), error);
}

bool Studio::applyCanvas(const CanvasSpec &canvas, QString *error)
{
    if (!m_engine->setCanvas(canvas, error))
        return false;
    m_settings.canvas = canvas;
    return saveSettings(error);
}

} // namespace shopcast::app
