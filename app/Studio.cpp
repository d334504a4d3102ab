#include "Studio.hpp"

#include "core/StudioPaths.hpp"
#include "catalog/CatalogImport.hpp"
#include "rundown/PlanGenerator.hpp"
#include "overlay/ProductCardRenderer.hpp"

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
    if (!studio->openShow(options.freshDemo, error))
        return nullptr;

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
    // Controllers hold references into the engine and the database: drop them first.
    m_commentSources.reset(); // sources stop before the hub goes
    if (m_chatLog)
        m_chatLog->close(); // flush every comment still queued
    m_chatLog.reset();
    m_chatModel.reset();
    m_hub.reset();
    m_planEditor.reset();
    m_rundown.reset();
    m_plans.reset();
    m_live.reset();
    m_timeline.reset();
    m_lineup.reset();
    m_products.reset();
    m_database.reset();
    m_status.reset();
    m_controller.reset();
    m_engine.reset();
}

bool Studio::openShow(bool demo, QString *error)
{
    const QString path = QDir(m_profileDir).filePath(QStringLiteral("studio.db"));
    QString why;
    m_database = catalog::CatalogDatabase::open(path, &why);
    if (!m_database) {
        // Never overwrite a database we cannot read: run this session from
        // memory and say so; the file stays for recovery.
        m_warnings.append(tr("The studio database %1 cannot be used (%2). This session keeps products in memory only.").arg(path, why));
        m_database = catalog::CatalogDatabase::open(QStringLiteral(":memory:"), error);
        if (!m_database)
            return false;
    }
    m_products = std::make_unique<catalog::ProductRepository>(*m_database);
    m_lineup = std::make_unique<catalog::LineupModel>(*m_database, *m_products);
    if (!m_lineup->load(&why))
        m_warnings.append(tr("The lineup could not be loaded: %1").arg(why));
    m_timeline = show::ShowTimeline::begin(*m_database, m_clock,
                                           tr("Show %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))), error);
    if (!m_timeline)
        return false;
    m_live = std::make_unique<show::LiveProductController>(*m_lineup, *m_timeline, m_clock);
    const CanvasSpec canvas = m_engine->canvas();
    m_live->setCardSize(overlay::ProductCardRenderer::defaultSize({canvas.widthPx, canvas.heightPx}));
    connect(m_live.get(), &show::LiveProductController::cardChanged, this,
            [this](const QImage &card) { m_engine->setOverlayImage(QStringLiteral("product_card"), card); });
    connect(m_timeline.get(), &show::ShowTimeline::writeFailed, this, [this](const QString &e) {
        qWarning("timeline write failed: %s", qPrintable(e));
    });
    if (demo || m_products->count() == 0)
        loadDemoProducts(demo);
    openRundown();
    openChat(demo);
    return true;
}

void Studio::openChat(bool demo)
{
    m_hub = std::make_unique<chat::CommentHub>(m_clock);
    m_chatModel = std::make_unique<chat::ChatModel>();
    connect(m_hub.get(), &chat::CommentHub::accepted, m_chatModel.get(), &chat::ChatModel::append);
    if (m_database->path() != QLatin1String(":memory:")) {
        m_chatLog = std::make_unique<chat::ChatLog>(m_database->path(), m_timeline->showId());
        connect(m_hub.get(), &chat::CommentHub::accepted, m_chatLog.get(), &chat::ChatLog::append);
        connect(m_chatLog.get(), &chat::ChatLog::writeFailed, this, [](const QString &e) { qWarning("chat log: %s", qPrintable(e)); });
    }
    m_commentSources = std::make_unique<CommentSourcesController>(*m_hub, m_profileDir, m_secrets.get());
    for (const QString &problem : m_commentSources->pluginProblems())
        m_warnings.append(tr("Comment plugin: %1").arg(problem));
    if (!demo)
        for (const QString &problem : m_commentSources->restore())
            m_warnings.append(problem);
    if (demo) {
        // The demo show has a lively chat: a recorded capture, replayed in a loop.
        QString why;
        const QString capture = QDir(core::StudioPaths::resourceDir()).filePath(QStringLiteral("demo/chat-rehearsal.jsonl"));
        if (!m_commentSources->startSource(QStringLiteral("rehearsal"),
                                           {{QStringLiteral("file"), capture}, {QStringLiteral("protocol"), QStringLiteral("bridge")},
                                            {QStringLiteral("speed"), 1.0}, {QStringLiteral("loop"), true}},
                                           &why, false))
            m_warnings.append(tr("The demo chat could not start: %1").arg(why));
    }
}

void Studio::openRundown()
{
    m_plans = std::make_unique<show::PlanRepository>(*m_database);
    m_rundown = std::make_unique<show::RundownSession>(m_clock, m_timeline.get(), m_lineup.get());
    m_planEditor = std::make_unique<rundown::PlanTableModel>();
    QString why;
    std::optional<rundown::ShowPlan> plan = m_plans->current(&why);
    if (!why.isEmpty())
        m_warnings.append(tr("The saved show plan could not be read (%1); it is kept in the database and a new plan was made.").arg(why));
    if (!plan) {
        // A first plan from the lineup, following the 332 rule, so the timer
        // has something to run; the producer edits it in the Plan dock.
        QStringList skus;
        for (int r = 0; r < m_lineup->rowCount(); ++r)
            skus.append(m_lineup->productAt(r).sku);
        plan = rundown::PlanGenerator::generate(skus, rundown::RhythmRule::preset332(), {tr("Today's show"), 300'000, 180'000});
    }
    m_rundown->setPlan(*plan);
    m_planEditor->setPlan(*plan);
}

void Studio::loadDemoProducts(bool putFirstOnAir)
{
    const QString demoCatalog = QDir(core::StudioPaths::resourceDir()).filePath(QStringLiteral("demo/products.csv"));
    const catalog::CatalogImport result = catalog::CatalogImport::run(demoCatalog, *m_products);
    if (!result.ok()) {
        m_warnings.append(result.summary(demoCatalog));
        return;
    }
    if (m_lineup->rowCount() == 0) {
        QString ignored;
        for (const catalog::Product &p : result.parsed.products)
            m_lineup->addProduct(p.sku, &ignored);
    }
    if (putFirstOnAir && m_lineup->rowCount() > 0)
        m_lineup->setCurrentRow(0);
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
    m_live->setCardSize(overlay::ProductCardRenderer::defaultSize({canvas.widthPx, canvas.heightPx}));
    return saveSettings(error);
}

} // namespace shopcast::app
