#pragma once

#include "remote/RemoteServer.hpp"

#include "broadcast/BroadcastSettings.hpp"
#include "broadcast/EncoderProbe.hpp"
#include "core/MonotonicClock.hpp"
#include "core/UiSettings.hpp"
#include "show/ShowRecovery.hpp"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace shopcast::audio {
class AudioMixer;
}
namespace shopcast::broadcast {
class BroadcastController;
class ProgramScreenshots;
class BroadcastEngine;
class CollectionLibrary;
class SceneCollection;
class SceneCollectionStore;
class DestinationsModel;
class StatusMonitor;
class StudioMode;
struct CanvasSpec;
} // namespace shopcast::broadcast
namespace shopcast::chat {
class CommentHub;
class CommentSources;
} // namespace shopcast::chat
namespace shopcast::core {
class SecretStore;
}
namespace shopcast::show {
class ShowSession;
}
namespace shopcast::storage {
class Database;
}
namespace shopcast::remote {
class InputEvents;
class StudioEvents;
class StudioRequests;
} // namespace shopcast::remote

namespace shopcast::assembly {

class StudioHealth;

class RemoteControl;

struct StudioOptions
{
    // What to do with a show the last run did not end, when it can go on.
    enum class Resume { Ask, Always, Never };

    QString profileDir;
    bool freshDemo = false;  // ignore the saved scenes and start from the demo show
    bool verboseLog = false; // libobs' debug lines too (`--verbose`)
    Resume resume = Resume::Ask;
    QString runPlanPath;  // a plan file to load and run (rhythm timer on, auto-advance)
    QString collection;   // the scene collection to start with (`--collection`); empty: the last one
    QStringList warnings; // found before the studio existed (the language), shown with its own
    // The remote-control port (obs-websocket 5.x) to open; none: off.
    std::optional<remote::RemoteServer::Options> remoteControl;
};

// Makes the broadcast engine for a canvas: libobs for the studio, the fake
// engine in tests. Problems that do not stop it (a missing optional module)
// go to warnings; nullptr with error when there is no engine.
// Makes the engine for these settings (the canvas, the audio sample rate).
using EngineFactory
    = std::function<std::unique_ptr<broadcast::BroadcastEngine>(const broadcast::BroadcastSettings &settings, QStringList *warnings, QString *error)>;

// The composition root of the studio, without widgets: loads the profile,
// starts the engine it is given (an interface: libobs in the studio, the
// fake engine in tests), opens the database, recovers what the last run left
// and builds the ShowSession; runs the shutdown chain. It holds no show
// logic. The desktop studio (app::Studio) and the tests of startup, resume
// and shutdown build on it.
class StudioCore : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<StudioCore> create(const StudioOptions &options, const EngineFactory &engine, QString *error);
    ~StudioCore() override;

    broadcast::BroadcastEngine &engine();
    broadcast::BroadcastController &broadcast() { return *m_controller; }
    broadcast::ProgramScreenshots &screenshots() { return *m_screenshots; }
    broadcast::StatusMonitor &status() { return *m_status; }
    broadcast::StudioMode &studioMode() { return *m_studioMode; }
    audio::AudioMixer &mixer() { return *m_mixer; }
    broadcast::DestinationsModel &liveDestinations() { return *m_destinations; }
    broadcast::BroadcastSettings &settings() { return m_settings; }
    core::SecretStore &secrets() { return *m_secrets; }
    chat::CommentSources &commentSources() { return *m_commentSources; }
    show::ShowSession &show() { return *m_show; }
    // The remote-control server while it listens (StudioOptions::remoteControl), else null.
    remote::RemoteServer *remoteServer() { return m_remote.get(); }
    // Opens (or reopens, with new options) the remote-control port; false
    // with the reason when it cannot listen (the port is taken).
    bool startRemoteControl(const remote::RemoteServer::Options &options, QString *error);
    // The remote control as Settings sets it up (off by default; generated passwords).
    RemoteControl &remoteControl() { return *m_remoteControl; }
    void stopRemoteControl();
    // What the last run left unfinished (a killed show's recording), being recovered.
    show::ShowRecovery &recovery() { return *m_recovery; }
    // A show the last run did not end that can be resumed, while the user
    // has not answered (StudioOptions::Resume::Ask).
    const std::optional<show::ResumeOffer> &resumeOffer() const { return m_resumeOffer; }
    // The answer: resume it, or close it as interrupted. The startup goes on
    // (recovery of recordings, the demo show, a plan to run).
    // With restartOutputs, what the checkpoint says was running (streaming to
    // the same destinations, recording) starts again in the same answer.
    // Taken at once; acted on when the demo catalog is in (isCatalogReady).
    void answerResume(bool resume, bool restartOutputs = false);
    // The demo catalog (a fresh profile's, or --demo's) is read and stored
    // on workers: its products are in the lineup once this is true.
    bool isCatalogReady() const { return !m_catalogLoading; }
    // Start-up is over: the catalog is in, a resumable show was answered,
    // and what the flags asked (the demo show, --run-plan) has started.
    // startupFinished() says when.
    bool isStartupFinished() const { return m_startupFinished; }
    // Quitting, as a chain of steps each started by the last one's signal
    // (nothing here waits): streaming stops; the recording is finished into
    // its MP4 (two minutes at most); the show ends; what the writer holds
    // is committed; then shutdownFinished(). shutdownProgress() says which
    // step runs, for a note the user sees. A second call does nothing.
    void shutdown(const QString &reason);
    bool isShuttingDown() const { return m_shutdown != ShutdownStep::None; }
    const QString &profileDir() const { return m_profileDir; }
    // Problems found while loading (a damaged scene file, a missing module) for
    // the window to show once it is up; later ones come by warningAdded().
    const QStringList &startupWarnings() const { return m_warnings; }

    bool saveSettings(QString *error);
    // The profile's look, language and shortcuts (ui.json).
    core::UiSettings &ui() { return m_ui; }
    bool saveUi(QString *error);
    bool applyCanvas(const broadcast::CanvasSpec &canvas, QString *error);
    // The profile's scene collections (OBS's Scene Collection menu). Each
    // change is refused while streaming or recording: the scenes on air
    // would change under the show.
    const broadcast::CollectionLibrary &collections() const { return *m_collections; }
    bool switchCollection(const QString &name, QString *error);
    // A new collection holding content (none: one empty scene), switched to
    // when switchTo; its name is name or, when taken, "name 2" (*added).
    bool addCollection(const QString &name, const std::optional<broadcast::SceneCollection> &content, bool switchTo, QString *added, QString *error);
    bool renameCollection(const QString &from, const QString &to, QString *error);
    bool removeCollection(const QString &name, QString *error);
    // The current collection as saved now (for an export).
    bool saveScenes(QString *error);
    // The video encoders this PC can open, as the start-up probe (on a
    // worker) found them; until it has answered, all but x264 say "checking".
    const QList<broadcast::EncoderChoice> &encoderChoices() const { return m_encoderChoices; }
    bool encodersProbed() const { return m_encodersProbed; }
    // Turns the second canvas on (a scene laid out for it is made from the
    // program's when the collection has none), changes or removes it.
    bool applySecondCanvas(const std::optional<broadcast::CanvasSpec> &canvas, broadcast::RecordedCanvas recorded, QString *error);

signals:
    void encoderChoicesChanged();
    // The remote-control port opened, closed or changed its options.
    void remoteControlChanged();
    void shutdownProgress(const QString &text);
    void shutdownFinished();
    void startupFinished();
    // A start-up problem found after create() returned (the demo catalog, a show that could not resume).
    void warningAdded(const QString &text);

protected:
    StudioCore();
    // The steps of create(), for a composition root that adds to this one.
    bool init(const StudioOptions &options, const EngineFactory &engine, QString *error);

private:
    // A scene laid out for the second canvas, made from the program's when the collection has none.
    bool ensureSecondCanvasScene(const broadcast::CanvasSpec &canvas, QString *error);
    enum class ShutdownStep { None, Recording, Saving, Done };
    void endShowAndSave();
    bool startEngine(const StudioOptions &options, const EngineFactory &engine, QString *error);
    bool openShow(const StudioOptions &options, QString *error);
    // Runs once the catalog is in and a resumable show has its answer.
    void finishStartupWhenReady();
    void finishStartup(bool resume);
    void warn(const QString &text);
    void startDemoChat();

    QString m_profileDir;
    broadcast::BroadcastSettings m_settings;
    core::UiSettings m_ui;
    core::SteadyClock m_clock;
    std::unique_ptr<core::SecretStore> m_secrets;
    std::unique_ptr<broadcast::CollectionLibrary> m_collections;
    std::unique_ptr<broadcast::SceneCollectionStore> m_sceneStore;
    std::unique_ptr<broadcast::BroadcastEngine> m_engine;
    std::unique_ptr<broadcast::BroadcastController> m_controller;
    std::unique_ptr<broadcast::ProgramScreenshots> m_screenshots;
    std::unique_ptr<broadcast::StatusMonitor> m_status;
    std::unique_ptr<broadcast::StudioMode> m_studioMode;
    std::unique_ptr<audio::AudioMixer> m_mixer;
    std::unique_ptr<broadcast::DestinationsModel> m_destinations;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<chat::CommentHub> m_hub;
    std::unique_ptr<chat::CommentSources> m_commentSources;
    std::unique_ptr<show::ShowSession> m_show;
    std::unique_ptr<show::ShowRecovery> m_recovery;
    std::unique_ptr<StudioHealth> m_health;
    // After the show: destroyed before it (a client's request runs on its actions).
    std::unique_ptr<remote::StudioRequests> m_remoteRequests;
    std::unique_ptr<remote::RemoteServer> m_remote;
    std::unique_ptr<remote::StudioEvents> m_remoteEvents;
    std::unique_ptr<remote::InputEvents> m_remoteInputEvents;
    std::unique_ptr<RemoteControl> m_remoteControl;
    QList<broadcast::EncoderChoice> m_encoderChoices;
    bool m_encodersProbed = false;
    void probeEncoders();
    QTimer m_sceneSaveTimer{this};
    QStringList m_warnings;
    QList<show::InterruptedShow> m_interrupted;
    std::optional<show::ResumeOffer> m_resumeOffer;
    struct ResumeAnswer
    {
        bool resume = false;
        bool restartOutputs = false;
    };
    std::optional<ResumeAnswer> m_resumeAnswer;
    bool m_catalogLoading = false;
    bool m_startupFinished = false;
    bool m_demo = false;
    QString m_runPlanPath;
    ShutdownStep m_shutdown = ShutdownStep::None;
    QString m_shutdownReason;
    QTimer m_recordingDeadline{this};
};

} // namespace shopcast::assembly
