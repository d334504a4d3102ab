#pragma once

#include "broadcast/BroadcastController.hpp"
#include "broadcast/BroadcastSettings.hpp"
#include "broadcast/ObsEngine.hpp"
#include "broadcast/SceneCollectionStore.hpp"
#include "broadcast/StatusMonitor.hpp"
#include "CommentSourcesController.hpp"

#include "catalog/CatalogDatabase.hpp"
#include "chat/ChatLog.hpp"
#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "core/MonotonicClock.hpp"
#include "core/SecretStore.hpp"
#include "rundown/PlanTableModel.hpp"
#include "show/LiveProductController.hpp"
#include "show/PlanRepository.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowTimeline.hpp"

#include <QObject>
#include <QTimer>

#include <memory>

namespace shopcast::app {

struct StudioOptions
{
    QString profileDir;
    bool freshDemo = false; // ignore the saved scenes and start from the demo show
    void *x11Display = nullptr;
};

// The composition root of the desktop studio: loads the profile, starts the
// engine and builds the controllers the docks receive. Nothing here draws.
class Studio : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<Studio> create(const StudioOptions &options, QString *error);
    ~Studio() override;

    broadcast::BroadcastEngine &engine() { return *m_engine; }
    broadcast::BroadcastController &broadcast() { return *m_controller; }
    broadcast::StatusMonitor &status() { return *m_status; }
    broadcast::BroadcastSettings &settings() { return m_settings; }
    core::SecretStore &secrets() { return *m_secrets; }
    catalog::ProductRepository &products() { return *m_products; }
    catalog::LineupModel &lineup() { return *m_lineup; }
    show::ShowTimeline &timeline() { return *m_timeline; }
    show::LiveProductController &live() { return *m_live; }
    show::PlanRepository &plans() { return *m_plans; }
    show::RundownSession &rundown() { return *m_rundown; }
    rundown::PlanTableModel &planEditor() { return *m_planEditor; }
    chat::CommentHub &comments() { return *m_hub; }
    chat::ChatModel &chat() { return *m_chatModel; }
    CommentSourcesController &commentSources() { return *m_commentSources; }
    const QString &profileDir() const { return m_profileDir; }
    // Problems found while loading (a damaged scene file, a missing module) for
    // the window to show once it is up.
    const QStringList &startupWarnings() const { return m_warnings; }

    bool saveSettings(QString *error);
    // Applies a new canvas and rebuilds the demo-relative layout if needed.
    bool applyCanvas(const broadcast::CanvasSpec &canvas, QString *error);

private:
    Studio() = default;
    void scheduleSceneSave();
    bool openShow(bool demo, QString *error);
    void loadDemoProducts(bool putFirstOnAir);
    void openRundown();
    void openChat(bool demo);

    QString m_profileDir;
    broadcast::BroadcastSettings m_settings;
    std::unique_ptr<core::SecretStore> m_secrets;
    std::unique_ptr<broadcast::SceneCollectionStore> m_sceneStore;
    std::unique_ptr<broadcast::ObsEngine> m_engine;
    std::unique_ptr<broadcast::BroadcastController> m_controller;
    std::unique_ptr<broadcast::StatusMonitor> m_status;
    core::SteadyClock m_clock;
    std::unique_ptr<catalog::CatalogDatabase> m_database;
    std::unique_ptr<catalog::ProductRepository> m_products;
    std::unique_ptr<catalog::LineupModel> m_lineup;
    std::unique_ptr<show::ShowTimeline> m_timeline;
    std::unique_ptr<show::LiveProductController> m_live;
    std::unique_ptr<show::PlanRepository> m_plans;
    std::unique_ptr<show::RundownSession> m_rundown;
    std::unique_ptr<rundown::PlanTableModel> m_planEditor;
    std::unique_ptr<chat::CommentHub> m_hub;
    std::unique_ptr<chat::ChatModel> m_chatModel;
    std::unique_ptr<chat::ChatLog> m_chatLog;
    std::unique_ptr<CommentSourcesController> m_commentSources;
    QTimer m_sceneSaveTimer;
    QStringList m_warnings;
};

} // namespace shopcast::app
