#include "StudioCore.hpp"

#include "RemoteControl.hpp"
#include "StudioHealth.hpp"

#include "remote/InputEvents.hpp"
#include "remote/InputRequests.hpp"
#include "remote/StudioEvents.hpp"
#include "remote/StudioRequests.hpp"
#include "show/ShowStateReport.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastActions.hpp"
#include "audio/AudioActions.hpp"
#include "audio/AudioMixer.hpp"
#include "broadcast/SceneActions.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "work/Work.hpp"
#include "broadcast/BroadcastController.hpp"
#include "broadcast/ProgramScreenshots.hpp"
#include "broadcast/CollectionLibrary.hpp"
#include "broadcast/SceneCollectionStore.hpp"
#include "broadcast/DestinationsModel.hpp"
#include "broadcast/StatusMonitor.hpp"
#include "broadcast/StudioMode.hpp"
#include "catalog/ProductRepository.hpp"
#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "chat/CommentSources.hpp"
#include "core/SecretStore.hpp"
#include "core/StudioPaths.hpp"
#include "rundown/PlanTableModel.hpp"
#include "show/PlanRepository.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowRecovery.hpp"
#include "show/ShowSession.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace shopcast::assembly {

using namespace shopcast::broadcast;

StudioCore::StudioCore() = default;

std::unique_ptr<StudioCore> StudioCore::create(const StudioOptions &options, const EngineFactory &engine, QString *error)
{
    std::unique_ptr<StudioCore> studio(new StudioCore);
    if (!studio->init(options, engine, error))
        return nullptr;
    return studio;
}

bool StudioCore::init(const StudioOptions &options, const EngineFactory &engine, QString *error)
{
    StudioCore *studio = this;
    studio->m_profileDir = options.profileDir;
    studio->m_warnings = options.warnings;
    QString uiWhy;
    studio->m_ui = core::UiSettings::load(core::UiSettings::path(options.profileDir), &uiWhy);
    if (!uiWhy.isEmpty())
        studio->m_warnings.append(uiWhy);
    QDir().mkpath(options.profileDir);

    const QString settingsPath = core::StudioPaths::settingsPath(options.profileDir);
    if (QFileInfo::exists(settingsPath)) {
        QString why;
        QStringList refused;
        if (auto loaded = BroadcastSettings::load(settingsPath, &why, &refused))
            studio->m_settings = *loaded;
        else
            studio->m_warnings.append(tr("Settings could not be read (%1); defaults are used and the file is left as it is.").arg(why));
        for (const QString &problem : std::as_const(refused))
            studio->m_warnings.append(tr("Settings: %1").arg(problem));
    }
    if (studio->m_settings.recordingDir.isEmpty())
        studio->m_settings.recordingDir = core::StudioPaths::defaultRecordingDir();
    studio->m_secrets
        = std::make_unique<core::SecretStore>(QStringLiteral("ShopCast Studio"), QDir(options.profileDir).filePath(QStringLiteral("secrets.ini")));
    // A keys file someone opened to others since the last run is closed
    // again now, and the window says so.
    if (const QString secretsWarning = studio->m_secrets->checkFallbackFile(); !secretsWarning.isEmpty())
        studio->m_warnings.append(secretsWarning);
    if (!studio->startEngine(options, engine, error) || !studio->openShow(options, error))
        return false;
    std::optional<remote::RemoteServer::Options> fromFlags;
    if (options.remoteControl) {
        QString why;
        if (studio->startRemoteControl(*options.remoteControl, &why)) {
            fromFlags = options.remoteControl;
            fromFlags->port = studio->m_remote->port(); // --websocket_port 0: the one it took
        } else
            studio->m_warnings.append(why);
    }
    StudioCore *core = studio;
    studio->m_remoteControl = std::make_unique<RemoteControl>(
        QDir(options.profileDir).filePath(QStringLiteral("remote.json")), *studio->m_secrets,
        [core](const remote::RemoteServer::Options &o, QString *why) { return core->startRemoteControl(o, why); }, [core] { core->stopRemoteControl(); });
    studio->m_remoteControl->load(fromFlags);
    return true;
}

bool StudioCore::startRemoteControl(const remote::RemoteServer::Options &options, QString *error)
{
    stopRemoteControl();
    m_remoteRequests = std::make_unique<remote::StudioRequests>(m_engine->scenes(), *m_studioMode, *m_controller, m_engine->outputs(), m_show->actions(),
                                                                QCoreApplication::applicationVersion());
    m_remoteRequests->setShowState([this] { return show::ShowStateReport::build(*m_show); });
    m_remoteRequests->setHealth([this] {
        QJsonObject health = m_health->report(m_engine->outputs().stats());
        health.insert(QStringLiteral("storagePendingJobs"), m_database->writer().pendingJobs());
        const chat::CommentHub::Counters &hub = m_hub->counters();
        health.insert(QStringLiteral("commentHub"), QJsonObject{{QStringLiteral("accepted"), hub.accepted},
                                                                {QStringLiteral("sales"), hub.sales},
                                                                {QStringLiteral("audience"), hub.audience},
                                                                {QStringLiteral("duplicates"), hub.duplicates},
                                                                {QStringLiteral("errors"), hub.errors},
                                                                {QStringLiteral("lastError"), hub.lastError}});
        return health;
    });
    remote::InputRequests::registerOn(*m_remoteRequests, m_engine->scenes(), *m_mixer);
    m_remote = std::make_unique<remote::RemoteServer>(*m_remoteRequests);
    if (!m_remote->listen(options, error)) {
        m_remote.reset();
        m_remoteRequests.reset();
        return false;
    }
    m_remoteEvents
        = std::make_unique<remote::StudioEvents>(*m_remote, m_engine->scenes(), *m_studioMode, *m_controller, m_engine->outputs(), m_show->actions());
    m_remoteInputEvents = std::make_unique<remote::InputEvents>(*m_remote, m_engine->scenes(), *m_mixer);
    emit remoteControlChanged();
    return true;
}

void StudioCore::stopRemoteControl()
{
    if (!m_remote)
        return;
    m_remoteInputEvents.reset();
    m_remoteEvents.reset();
    m_remote.reset(); // closes every client with 1001 Going Away
    m_remoteRequests.reset();
    emit remoteControlChanged();
}

bool StudioCore::startEngine(const StudioOptions &options, const EngineFactory &engine, QString *error)
{
    m_engine = engine(m_settings, &m_warnings, error);
    if (!m_engine)
        return false;

    m_collections = std::make_unique<CollectionLibrary>(options.profileDir);
    if (!options.collection.isEmpty() && options.collection != m_collections->current()) {
        QString why;
        if (!m_collections->setCurrent(options.collection, &why))
            m_warnings.append(tr("--collection %1: %2; %3 is used (the profile has: %4).")
                                  .arg(options.collection, why, m_collections->current(), m_collections->names().join(QStringLiteral(", "))));
    }
    m_sceneStore = std::make_unique<SceneCollectionStore>(m_collections->pathOf(m_collections->current()));
    std::optional<SceneCollection> collection;
    if (!options.freshDemo) {
        auto loaded = m_sceneStore->load();
        if (!loaded.message.isEmpty())
            m_warnings.append(loaded.message);
        collection = loaded.collection;
    }
    const SceneCollection demo = SceneCollection::demo(m_settings.canvas, core::StudioPaths::resourceDir());
    QString why;
    if (!m_engine->scenes().loadCollection(collection.value_or(demo), &why)) {
        m_warnings.append(tr("The saved scenes could not be built (%1); the demo show was loaded instead.").arg(why));
        m_engine->scenes().loadCollection(demo, &why);
    }
    if (m_settings.secondCanvas
        && (!m_engine->program().setSecondCanvas(m_settings.secondCanvas, &why) || !ensureSecondCanvasScene(*m_settings.secondCanvas, &why)))
        m_warnings.append(tr("The second canvas (%1) could not be made: %2").arg(m_settings.secondCanvas->sizeText(), why));
    // Edits come in bursts (dragging, toggling); save once they settle.
    m_sceneSaveTimer.setSingleShot(true);
    m_sceneSaveTimer.setInterval(500);
    connect(&m_sceneSaveTimer, &QTimer::timeout, this, [this] {
        QString saveError;
        if (!m_sceneStore->save(m_engine->scenes().collection(), &saveError))
            qWarning("scene collection not saved: %s", qPrintable(saveError));
    });
    connect(&m_engine->scenes(), &SceneEditor::collectionChanged, &m_sceneSaveTimer, qOverload<>(&QTimer::start));
    m_sceneSaveTimer.start();

    m_controller = std::make_unique<BroadcastController>(
        m_engine->outputs(), m_settings,
        [this](const QList<DestinationEntry> &entries, const std::function<void(const BroadcastController::Keys &)> &answer) {
            // Asked of the keyring without waiting; Start goes on when it answers.
            QStringList keys;
            for (const DestinationEntry &e : entries)
                keys.append(e.secretKey());
            m_secrets->readLater(keys, this, [answer](const QHash<QString, QString> &found, const QStringList &) { answer(found); });
        },
        [] { return QDateTime::currentDateTime(); });
    // About 100 KB of JSON, read once; the Destinations dialog says what was wrong with it.
    m_controller->setServiceCatalog(ServiceCatalog::load(ServiceCatalog::defaultPath()));
    m_screenshots = std::make_unique<ProgramScreenshots>(m_engine->program(), m_settings);
    m_status = std::make_unique<StatusMonitor>(m_engine->outputs());
    m_destinations = std::make_unique<DestinationsModel>(m_engine->outputs());
    return true;
}

bool StudioCore::openShow(const StudioOptions &options, QString *error)
{
    const QString path = QDir(m_profileDir).filePath(QStringLiteral("studio.db"));
    QString why;
    m_database = storage::Database::open(path, &why);
    if (!m_database) {
        // Never overwrite a database we cannot read: run this session on a
        // temporary one and say so; the file stays for recovery.
        m_warnings.append(tr("The studio database %1 cannot be used (%2). This session keeps its data in a temporary database.").arg(path, why));
        m_database = storage::Database::openTemporary(error);
        if (!m_database)
            return false;
    }
    // A show the last run did not end (killed, crashed): its recordings are
    // remuxed and it is closed, or, if the user wants, it goes on. A show
    // that goes on keeps one time line: this run's clock continues from
    // where the last one stopped, before anything reads it.
    m_recovery = std::make_unique<show::ShowRecovery>(*m_database);
    m_interrupted = m_recovery->interrupted();
    if (options.resume != StudioOptions::Resume::Never)
        m_resumeOffer = m_recovery->resumable(m_interrupted, QDateTime::currentDateTimeUtc());
    if (m_resumeOffer)
        m_clock.continueFrom(m_resumeOffer->continueAtMs());
    m_hub = std::make_unique<chat::CommentHub>(m_clock);
    m_commentSources = std::make_unique<chat::CommentSources>(*m_hub, m_profileDir, m_secrets.get());
    for (const QString &problem : m_commentSources->pluginProblems())
        m_warnings.append(tr("Comment plugin: %1").arg(problem));
    m_show = std::make_unique<show::ShowSession>(*m_database, *m_engine, *m_hub, m_clock, QDir(m_profileDir).filePath(QStringLiteral("moderation.json")));
    // A signed push address that ends before the plan does is said at Start.
    m_controller->setPlannedLength([this] { return m_show->planEditor().plan().totalPlannedMs(); });
    // The outputs' actions join the show's: one registry for keys, docks and remote clients.
    BroadcastActions::registerOn(m_show->actions(), *m_controller, *m_screenshots);
    m_studioMode = std::make_unique<StudioMode>(m_engine->scenes());
    SceneActions::registerOn(m_show->actions(), m_engine->scenes(), *m_studioMode);
    probeEncoders();
    m_mixer = std::make_unique<audio::AudioMixer>(m_engine->scenes(), m_engine->audio());
    audio::AudioActions::registerOn(m_show->actions(), *m_mixer, m_engine->scenes());
    m_commentSources->applyBadges(m_show->chat());
    // SHOPCAST_HEAP_TRIM_SECONDS (0: never) is for measuring what the trims do; see BENCHMARKS.md.
    bool trimSet = false;
    const int trimSeconds = qEnvironmentVariableIntValue("SHOPCAST_HEAP_TRIM_SECONDS", &trimSet);
    m_health = std::make_unique<StudioHealth>(m_show->chat(), m_clock, trimSet ? std::max(0, trimSeconds) * 1000 : StudioHealth::kHeapTrimPeriodMs);
    m_warnings += m_show->load();
    m_demo = options.freshDemo;
    m_runPlanPath = options.runPlanPath;
    if (m_demo || m_show->products().count() == 0) {
        // Read and stored on workers; the rest of start-up (the demo show on
        // its first product, a plan to run, a resumed show's product) waits
        // for it, not the GUI thread.
        m_catalogLoading = true;
        m_show->loadDemo(core::StudioPaths::resourceDir(), [this](const QStringList &problems) {
            m_catalogLoading = false;
            for (const QString &problem : problems)
                warn(problem);
            finishStartupWhenReady();
        });
    }
    if (m_demo)
        startDemoChat();
    else
        m_warnings += m_commentSources->restore();
    if (m_resumeOffer && options.resume == StudioOptions::Resume::Always)
        m_resumeAnswer = ResumeAnswer{true, false};
    // else, with an offer, the window asks, then answerResume()
    finishStartupWhenReady();
    return true;
}

void StudioCore::answerResume(bool resume, bool restartOutputs)
{
    if (!m_resumeOffer || m_resumeAnswer)
        return;
    m_resumeAnswer = ResumeAnswer{resume, restartOutputs};
    finishStartupWhenReady();
}

void StudioCore::warn(const QString &text)
{
    m_warnings.append(text);
    emit warningAdded(text);
}

void StudioCore::finishStartupWhenReady()
{
    if (m_startupFinished || m_catalogLoading || (m_resumeOffer && !m_resumeAnswer))
        return;
    const std::optional<show::ShowCheckpoint> checkpoint = m_resumeOffer ? std::optional(m_resumeOffer->checkpoint) : std::nullopt;
    const ResumeAnswer answer = m_resumeAnswer.value_or(ResumeAnswer{});
    finishStartup(answer.resume);
    if (checkpoint && answer.resume && answer.restartOutputs) {
        // What was running when the last run stopped, as the buttons would start it.
        if (checkpoint->streaming && !m_controller->isStreaming())
            m_show->actions().invoke(QStringLiteral("output.stream"), actions::Origin::Startup);
        if (checkpoint->recording && !m_controller->isRecording())
            m_show->actions().invoke(QStringLiteral("output.record"), actions::Origin::Startup);
    }
    m_startupFinished = true;
    emit startupFinished();
}

void StudioCore::finishStartup(bool resume)
{
    // From here the studio is the host's: start-up's own long turns are not what a host waits on.
    m_health->start();
    QString why;
    qint64 resumed = 0;
    if (resume && m_resumeOffer) {
        if (m_show->resume(*m_resumeOffer, &why))
            resumed = m_resumeOffer->show.showId;
        else
            warn(tr("The show \"%1\" could not be resumed (%2); it is closed where it stopped.").arg(m_resumeOffer->show.title, why));
    }
    for (const show::InterruptedShow &s : std::as_const(m_interrupted))
        if (s.showId != resumed)
            warn(s.unfinishedRecordings.isEmpty()
                     ? tr("The show \"%1\" stopped without an end; it is closed at its last recorded moment.").arg(s.title)
                     : tr("The show \"%1\" stopped without an end while recording; its recording is being recovered.").arg(s.title));
    m_recovery->start(m_interrupted, resumed);
    m_resumeOffer.reset();
    if (m_demo && !resumed) {
        // The demo show is on from the start, so its timeline and chat log fill.
        const actions::ActionResult started = m_show->actions().invoke(QStringLiteral("show.start"), {}, actions::Origin::Startup); // named after the demo plan
        if (!started.ok)
            warn(started.error);
    }
    if (!m_runPlanPath.isEmpty() && !m_show->rundown().clock().state().started) {
        std::optional<rundown::ShowPlan> plan = rundown::ShowPlan::load(m_runPlanPath, &why);
        if (!plan) {
            warn(tr("The plan %1 cannot be run: %2").arg(m_runPlanPath, why));
        } else {
            m_show->plans().save(*plan);
            m_show->rundown().setPlan(*plan);
            m_show->planEditor().setPlan(*plan);
            m_show->rundown().clock().setAutoAdvance(true);
            const actions::ActionResult started = m_show->actions().invoke(QStringLiteral("rhythm.start"), actions::Origin::Startup);
            if (!started.ok)
                warn(tr("The plan %1 cannot be run: %2").arg(m_runPlanPath, started.error));
        }
    }
}

void StudioCore::startDemoChat()
{
    // The demo show has a lively chat: a recorded capture, replayed in a loop.
    QString why;
    const QString capture = QDir(core::StudioPaths::resourceDir()).filePath(QStringLiteral("demo/chat-rehearsal.jsonl"));
    if (!m_commentSources->startSource(QStringLiteral("rehearsal"),
                                       {{QStringLiteral("file"), capture},
                                        {QStringLiteral("protocol"), QStringLiteral("bridge")},
                                        {QStringLiteral("speed"), 1.0},
                                        {QStringLiteral("loop"), true}},
                                       &why, false))
        m_warnings.append(tr("The demo chat could not start: %1").arg(why));
}

void StudioCore::shutdown(const QString &reason)
{
    if (m_shutdown != ShutdownStep::None)
        return;
    m_shutdownReason = reason;
    if (m_remoteEvents)
        m_remoteEvents->exitStarted();
    if (m_controller->isStreaming())
        m_controller->stopStreaming();
    if (!m_controller->isRecording()) {
        endShowAndSave();
        return;
    }
    // The MP4 is made after the muxer stops (a remux on the media pool):
    // the next step starts on its signal, or when the deadline passes.
    m_shutdown = ShutdownStep::Recording;
    emit shutdownProgress(tr("Finishing the recording…"));
    connect(&m_engine->outputs(), &OutputControl::recordingFinished, this, &StudioCore::endShowAndSave, Qt::SingleShotConnection);
    m_recordingDeadline.setSingleShot(true);
    connect(&m_recordingDeadline, &QTimer::timeout, this, &StudioCore::endShowAndSave);
    m_recordingDeadline.start(120'000);
    m_controller->stopRecording();
}

void StudioCore::endShowAndSave()
{
    if (m_shutdown == ShutdownStep::Saving || m_shutdown == ShutdownStep::Done)
        return;
    m_recordingDeadline.stop();
    m_shutdown = ShutdownStep::Saving;
    m_show->endShow(m_shutdownReason);
    emit shutdownProgress(tr("Saving the show…"));
    m_database->writer().whenCommitted(this, [this](bool) {
        if (m_remote)
            m_remote->close();
        m_shutdown = ShutdownStep::Done;
        emit shutdownFinished();
    });
}

void StudioCore::probeEncoders()
{
    m_encoderChoices = EncoderProbe::known();
    for (EncoderChoice &c : m_encoderChoices) {
        c.available = c.id == QLatin1String(EncoderSettings::kX264);
        if (!c.available)
            c.reason = tr("checking this PC…");
    }
    work::Work::run(
        work::Pool::Blocking, this, [types = m_engine->outputs().videoEncoderTypes()] { return EncoderProbe::probe(types); },
        [this](QList<EncoderChoice> choices) {
            m_encoderChoices = std::move(choices);
            m_encodersProbed = true;
            emit encoderChoicesChanged();
        });
}

StudioCore::~StudioCore()
{
    if (m_sceneSaveTimer.isActive()) {
        QString ignored;
        m_sceneStore->save(m_engine->scenes().collection(), &ignored);
    }
    // Sources stop before the hub goes; the show ends (and its writes land)
    // before the database closes; everything holding engine parts goes
    // before the engine.
    // No client may call into the show while it goes.
    m_remoteControl.reset();
    m_remoteInputEvents.reset();
    m_remoteEvents.reset();
    m_remote.reset();
    m_remoteRequests.reset();
    m_commentSources.reset();
    m_recovery.reset();
    m_show.reset();
    m_hub.reset();
    m_database.reset();
    m_destinations.reset();
    m_status.reset();
    m_controller.reset();
    m_mixer.reset();
    m_studioMode.reset();
    m_engine.reset();
}

BroadcastEngine &StudioCore::engine()
{
    return *m_engine;
}

bool StudioCore::saveUi(QString *error)
{
    return m_ui.save(core::UiSettings::path(m_profileDir), error);
}

bool StudioCore::saveSettings(QString *error)
{
    return m_settings.save(core::StudioPaths::settingsPath(m_profileDir), error);
}

bool StudioCore::ensureSecondCanvasScene(const CanvasSpec &canvas, QString *error)
{
    SceneEditor &scenes = m_engine->scenes();
    if (!scenes.collection().secondCanvasScene().isEmpty())
        return true;
    const QString from = scenes.collection().currentScene();
    QString name = tr("%1 (%2)").arg(from, canvas.sizeText());
    for (int n = 2; scenes.collection().findScene(name); ++n)
        name = tr("%1 (%2) %3").arg(from, canvas.sizeText()).arg(n);
    return scenes.apply(edit::AddSceneForCanvas{from, name, m_settings.canvas, canvas}, error) && scenes.setSecondCanvasScene(name, error);
}

bool StudioCore::applySecondCanvas(const std::optional<CanvasSpec> &canvas, RecordedCanvas recorded, QString *error)
{
    if (!m_engine->program().setSecondCanvas(canvas, error) || (canvas && !ensureSecondCanvasScene(*canvas, error)))
        return false;
    m_settings.secondCanvas = canvas;
    m_settings.recordedCanvas = recorded;
    return saveSettings(error);
}

bool StudioCore::switchCollection(const QString &name, QString *error)
{
    if (m_controller->isStreaming() || m_controller->isRecording()) {
        *error = tr("stop streaming and recording before switching the scene collection");
        return false;
    }
    if (!m_collections->contains(name)) {
        *error = tr("there is no scene collection named %1").arg(name);
        return false;
    }
    if (name == m_collections->current())
        return true;
    // What is on screen is saved first: a switch never loses an edit.
    if (!m_sceneStore->save(m_engine->scenes().collection(), error))
        return false;
    auto next = std::make_unique<SceneCollectionStore>(m_collections->pathOf(name));
    const SceneCollectionStore::LoadResult loaded = next->load();
    if (!loaded.collection) {
        *error = loaded.message.isEmpty() ? tr("the scene collection %1 has no scenes on disk").arg(name) : loaded.message;
        return false;
    }
    const SceneCollection before = m_engine->scenes().collection();
    if (!m_engine->scenes().loadCollection(*loaded.collection, error)) {
        QString ignored; // it was built before
        m_engine->scenes().loadCollection(before, &ignored);
        return false;
    }
    m_sceneStore = std::move(next);
    return m_collections->setCurrent(name, error);
}

bool StudioCore::addCollection(const QString &name, const std::optional<SceneCollection> &content, bool switchTo, QString *added, QString *error)
{
    if (switchTo && (m_controller->isStreaming() || m_controller->isRecording())) {
        *error = tr("stop streaming and recording before switching the scene collection");
        return false;
    }
    SceneCollection collection;
    if (content)
        collection = *content;
    else if (!collection.addScene(tr("Scene"), error))
        return false;
    const QString unique = m_collections->uniqueName(name);
    if (!m_collections->add(unique, error))
        return false;
    if (!SceneCollectionStore(m_collections->pathOf(unique)).save(collection, error)) {
        QString ignored;
        m_collections->remove(unique, &ignored);
        return false;
    }
    *added = unique;
    return !switchTo || switchCollection(unique, error);
}

bool StudioCore::renameCollection(const QString &from, const QString &to, QString *error)
{
    return m_collections->rename(from, to.trimmed(), error);
}

bool StudioCore::removeCollection(const QString &name, QString *error)
{
    return m_collections->remove(name, error);
}

bool StudioCore::saveScenes(QString *error)
{
    return m_sceneStore->save(m_engine->scenes().collection(), error);
}

bool StudioCore::applyCanvas(const CanvasSpec &canvas, QString *error)
{
    if (!m_engine->program().setCanvas(canvas, error))
        return false;
    m_settings.canvas = canvas;
    return saveSettings(error);
}

} // namespace shopcast::assembly
