#include "MainWindow.hpp"

#include "EditMenu.hpp"
#include "CentralView.hpp"
#include "PreviewWidget.hpp"
#include "PushKeyFilter.hpp"
#include "Studio.hpp"
#include "Theme.hpp"
#include "WindowFit.hpp"
#include "dialogs/DestinationsDialog.hpp"
#include "CollectionMenu.hpp"
#include "ProfileMenu.hpp"
#include "StudioTray.hpp"
#include "dialogs/ModerationDialog.hpp"
#include "dialogs/ResumeShowPrompt.hpp"
#include "dialogs/RemoteControlPage.hpp"
#include "dialogs/SettingsDialog.hpp"
#include "audio/AudioMixer.hpp"
#include "dialogs/FiltersDialog.hpp"
#include "docks/AudioMixerDock.hpp"
#include "docks/ChatDock.hpp"
#include "docks/ControlsDock.hpp"
#include "docks/DestinationsDock.hpp"
#include "docks/HostNotesDock.hpp"
#include "docks/SalesDock.hpp"
#include "docks/LineupDock.hpp"
#include "docks/LotteryDock.hpp"
#include "docks/PlanEditorDock.hpp"
#include "docks/PollDock.hpp"
#include "docks/QuestionsDock.hpp"
#include "docks/ReviewQueueDock.hpp"
#include "docks/RhythmDock.hpp"
#include "docks/ScenesDock.hpp"
#include "docks/SourcesDock.hpp"
#include "widgets/TonedText.hpp"
#include "replay/ShowLibraryDialog.hpp"
#include "widgets/NoticeBanner.hpp"
#include "widgets/ProducerNoteBanner.hpp"
#include "widgets/StockOutBanner.hpp"

#include "actions/ActionRegistry.hpp"
#include "assembly/RemoteControl.hpp"
#include "broadcast/BroadcastController.hpp"
#include "core/StudioPaths.hpp"
#include "broadcast/ProgramScreenshots.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/PreviewEditController.hpp"
#include "broadcast/StatusMonitor.hpp"
#include "catalog/CatalogExport.hpp"
#include "catalog/CatalogImport.hpp"
#include "catalog/ProductRepository.hpp"
#include "dialogs/OrderMappingDialog.hpp"
#include "sales/OrderImport.hpp"
#include "chat/CommentSources.hpp"
#include "moderation/ModerationController.hpp"
#include "show/LiveProductController.hpp"
#include "show/ShowRecovery.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "interact/PollController.hpp"
#include "show/ShowSession.hpp"

#include "style/Tones.hpp"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QGuiApplication>
#include <QScreen>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace shopcast::app {

using namespace shopcast::broadcast;

MainWindow::MainWindow(Studio &studio, QWidget *parent)
    : QMainWindow(parent)
    , m_studio(studio)
{
    setWindowTitle(tr("ShopCast Studio"));
    setObjectName(QStringLiteral("mainWindow"));
    show::ShowSession &session = studio.show();

    // The banner sits over the preview, where the host looks.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_banner = new NoticeBanner(centre);
    auto *placement = new PreviewEditController(studio.engine().scenes(), this);
    placement->setObjectName(QStringLiteral("previewEditing"));
    placement->setSnapping({studio.ui().snapping, double(studio.ui().snapDistancePx)});
    connect(placement, &PreviewEditController::snappingChanged, this, [this, placement] {
        m_studio.ui().snapping = placement->snapping().enabled;
        m_studio.ui().snapDistancePx = int(placement->snapping().distancePx);
        if (QString error; !m_studio.saveUi(&error))
            statusBar()->showMessage(error, 10'000);
    });
    // The second canvas' scene is placed in its own view, with the same snapping.
    auto *secondPlacement = new PreviewEditController(studio.engine().scenes(), this);
    secondPlacement->setObjectName(QStringLiteral("secondCanvasEditing"));
    secondPlacement->setSnapping(placement->snapping());
    connect(placement, &PreviewEditController::snappingChanged, secondPlacement,
            [placement, secondPlacement] { secondPlacement->setSnapping(placement->snapping()); });
    auto *central = new CentralView(studio.engine().program(), studio.studioMode(), *placement, *secondPlacement, session.actions(), centre);
    m_preview = central->preview();
    connect(central, &CentralView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    centreLayout->addWidget(m_banner);
    centreLayout->addWidget(new ProducerNoteBanner(session.producerNotes(), session.actions(), centre));
    centreLayout->addWidget(new StockOutBanner(session.live(), session.lineup(), session.actions(), centre));
    centreLayout->addWidget(central, 1);
    setCentralWidget(centre);
    // The side columns run the full height: the lineup and the comments are
    // what a host reads, and they need rows more than the bottom row needs width.
    setCorner(Qt::TopLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    auto *scenes = new ScenesDock(studio.engine().scenes(), studio.studioMode(), studio.engine().program(), this);
    auto *sources = new SourcesDock(studio.engine().scenes(), studio.engine().program(), *placement, this);
    auto *controls = new ControlsDock(studio.broadcast(), session, studio.studioMode(), this);
    auto *mixer = new AudioMixerDock(studio.mixer(), this);
    mixer->setVertical(studio.ui().mixerVertical);
    connect(mixer, &AudioMixerDock::verticalChanged, this, [this](bool vertical) {
        m_studio.ui().mixerVertical = vertical;
        if (QString error; !m_studio.saveUi(&error))
            statusBar()->showMessage(error, 10'000);
    });
    connect(mixer, &AudioMixerDock::filtersRequested, this,
            [this](const QString &source) { FiltersDialog::open(m_studio.engine().scenes(), m_studio.engine().program(), source, this); });
    connect(mixer, &AudioMixerDock::message, this, [this](const QString &text) { showMessage(text, true); });
    addDockWidget(Qt::BottomDockWidgetArea, scenes);
    addDockWidget(Qt::BottomDockWidgetArea, sources);
    addDockWidget(Qt::BottomDockWidgetArea, mixer);
    addDockWidget(Qt::BottomDockWidgetArea, controls);
    auto *destinations = new DestinationsDock(studio.engine().outputs(), studio.liveDestinations(), this);
    addDockWidget(Qt::BottomDockWidgetArea, destinations);
    tabifyDockWidget(controls, destinations);
    controls->raise();
    auto *lineup = new LineupDock(session.lineup(), session.products(), session.live(), session.actions(), this);
    auto *notes = new HostNotesDock(session.live(), this);
    auto *lottery = new LotteryDock(session.interactions(), session.actions(), this);
    auto *poll = new PollDock(session.poll(), session.actions(), this);
    auto *sales
        = new SalesDock(session.sales(), session.salesTicker(), session.actions(), QDir(studio.profileDir()).filePath(QStringLiteral("sales.ini")), this);
    addDockWidget(Qt::RightDockWidgetArea, lineup);
    addDockWidget(Qt::RightDockWidgetArea, notes);
    addDockWidget(Qt::RightDockWidgetArea, lottery);
    addDockWidget(Qt::RightDockWidgetArea, poll);
    addDockWidget(Qt::RightDockWidgetArea, sales);
    tabifyDockWidget(notes, lottery);
    tabifyDockWidget(lottery, poll);
    tabifyDockWidget(poll, sales);
    notes->raise();
    auto *rhythm = new RhythmDock(session.rundown(), session.actions(), this);
    auto *plan = new PlanEditorDock(session.planEditor(), session.rundown(), session.plans(), session.lineup(), this);
    addDockWidget(Qt::LeftDockWidgetArea, rhythm);
    auto *chat = new ChatDock(session.chat(), studio.commentSources(), &session.moderation(), &session.actions(), this);
    addDockWidget(Qt::LeftDockWidgetArea, chat);
    auto *review = new ReviewQueueDock(session.moderation(), this);
    auto *questions = new QuestionsDock(session.moderation().questions(), this);
    addDockWidget(Qt::LeftDockWidgetArea, review);
    addDockWidget(Qt::LeftDockWidgetArea, questions);
    tabifyDockWidget(chat, review);
    tabifyDockWidget(review, questions);
    chat->raise();
    addDockWidget(Qt::BottomDockWidgetArea, plan);
    tabifyDockWidget(sources, plan);
    sources->raise();
    fitToScreen({lineup, notes, rhythm, chat, scenes, sources, mixer, controls});
    connect(controls, &ControlsDock::destinationsRequested, this, &MainWindow::editDestinations);
    connect(controls, &ControlsDock::settingsRequested, this, &MainWindow::editSettings);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Destinations…"), this, &MainWindow::editDestinations);
    file->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    file->addAction(tr("&Remote control and producer console (场控台)…"), this, [this] { editSettingsAt(true); });
    file->addAction(tr("&Moderation…"), this, &MainWindow::editModeration);
    file->addAction(tr("Show &library (review 复盘)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this, &MainWindow::openShowLibrary);
    // The same action as its hotkey (F12 unless changed in Settings).
    file->addAction(tr("Screenshot of the &program"), this,
                    [this] { m_studio.show().actions().invoke(QStringLiteral("program.screenshot"), actions::Origin::Menu); });
    file->addSeparator();
    file->addAction(tr("&Import products…"), this, &MainWindow::importProducts);
    file->addAction(tr("&Export products…"), this, &MainWindow::exportProducts);
    file->addAction(tr("Import &orders…"), this, [this] { importOrders({}, {}); })->setObjectName(QStringLiteral("importOrders"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_tray = new StudioTray(studio.broadcast(), session.actions(), *this);
    auto *collections = new CollectionMenu(studio, this);
    connect(collections, &CollectionMenu::message, this, &MainWindow::showMessage);
    menuBar()->addMenu(collections);
    auto *profiles = new ProfileMenu(
        core::StudioPaths::profilesRoot(), studio.profileDir(), [this] { return busyReason(); }, this);
    connect(profiles, &ProfileMenu::message, this, &MainWindow::showMessage);
    connect(profiles, &ProfileMenu::switchRequested, this, &MainWindow::switchProfile);
    menuBar()->insertMenu(collections->menuAction(), profiles);
    menuBar()->addMenu(new EditMenu(studio.engine().scenes(), session.actions(), studio.hotkeys(), this));
    QMenu *view = menuBar()->addMenu(tr("&Docks"));
    for (QDockWidget *dock :
         std::initializer_list<QDockWidget *>{scenes, sources, mixer, controls, lineup, notes, lottery, poll, sales, rhythm, chat, review, questions, plan})
        view->addAction(dock->toggleViewAction());

    m_liveLabel = new QLabel(this);
    m_statsLabel = new QLabel(this);
    m_recordLabel = new QLabel(this);
    m_mutedLabel = new QLabel(this);
    m_mutedLabel->setObjectName(QStringLiteral("mutedSources"));
    TonedText::apply(m_mutedLabel, style::Tone::Danger, QStringLiteral("font-weight:bold"));
    statusBar()->addPermanentWidget(m_mutedLabel);
    connect(&studio.mixer(), &audio::AudioMixer::audioChanged, this, &MainWindow::showMuted);
    connect(&studio.mixer(), &audio::AudioMixer::sourcesChanged, this, &MainWindow::showMuted);
    connect(&studio.mixer(), &audio::AudioMixer::notice, m_banner, &NoticeBanner::post);
    // Push-to-talk and push-to-mute keys: held while pressed, anywhere in the studio.
    auto *pushKeys = new PushKeyFilter(studio.mixer(), this);
    pushKeys->setObjectName(QStringLiteral("pushKeys"));
    qApp->installEventFilter(pushKeys);
    connect(pushKeys, &PushKeyFilter::refused, this, [this](const QString &text) { showMessage(text, true); });
    showMuted();
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_statsLabel);
    statusBar()->addPermanentWidget(m_recordLabel);
    connect(&studio.status(), &StatusMonitor::updated, this, &MainWindow::showStatus);
    connect(&studio.broadcast(), &BroadcastController::message, this, &MainWindow::showMessage);
    connect(&studio.screenshots(), &broadcast::ProgramScreenshots::message, this, &MainWindow::showMessage);
    connect(&studio.broadcast(), &BroadcastController::streamFailed, m_banner, &NoticeBanner::post);
    connect(&studio.engine().outputs(), &OutputControl::encoderFellBack, m_banner, &NoticeBanner::post);
    connect(&session, &show::ShowSession::message, this, &MainWindow::showMessage);
    connect(&studio.commentSources(), &chat::CommentSources::sourceFailed, this, [this](const QString &text) { showMessage(text, true); });
    connect(&studio.remoteControl(), &assembly::RemoteControl::message, this, &MainWindow::showMessage);
    showStatus(studio.status().sample());

    QSettings layout(layoutFile(), QSettings::IniFormat);
    restoreGeometry(layout.value(QStringLiteral("geometry")).toByteArray());
    restoreState(layout.value(QStringLiteral("state")).toByteArray());
    // Saved on a larger screen (or a docked laptop): brought inside this one.
    WindowFit::fit(this);

    // A shortcut for every show action, invoked by id through the registry
    // like the buttons; the user's keys, now and when Settings change them.
    studio.hotkeys().install(this, session.actions());
    connect(&studio.hotkeys(), &HotkeyMap::refused, this,
            [this](const QString &label, const QString &reason) { showMessage(tr("%1: not done: %2").arg(label, reason), true); });

    // What a producer did from a console or a control surface, for the host to see.
    connect(&session.actions(), &actions::ActionRegistry::invoked, this, [this](const actions::Invocation &invocation) {
        if (invocation.caller.origin != actions::Origin::Remote)
            return;
        const actions::ActionSpec *spec = m_studio.show().actions().find(invocation.actionId);
        const QString label = spec ? spec->label() : invocation.actionId;
        statusBar()->showMessage(invocation.result.ok ? tr("Remote (%1): %2").arg(invocation.caller.client, label)
                                                      : tr("Remote (%1): %2: not done: %3").arg(invocation.caller.client, label, invocation.result.error),
                                 5000);
    });

    for (const QString &warning : studio.startupWarnings())
        showMessage(warning, true);
    connect(&studio, &assembly::StudioCore::warningAdded, this, [this](const QString &warning) { showMessage(warning, true); });
    if (studio.resumeOffer()) {
        // Asked once the window is up, so the host sees the studio behind the question.
        QTimer::singleShot(0, this, [this, &studio] {
            const ResumeShowPrompt::Answer answer = ResumeShowPrompt::ask(this, *studio.resumeOffer(), studio.show().products());
            studio.answerResume(answer != ResumeShowPrompt::Answer::End, answer == ResumeShowPrompt::Answer::ResumeAndRestart);
        });
    }
    connect(&studio.recovery(), &show::ShowRecovery::progress, this, [this](const QString &file, double fraction) {
        statusBar()->showMessage(tr("Recovering %1: %2%").arg(QFileInfo(file).fileName()).arg(int(fraction * 100)), 2000);
    });
    connect(&studio.recovery(), &show::ShowRecovery::finished, this, [this](const QStringList &recovered, const QStringList &problems) {
        for (const QString &mp4 : recovered)
            showMessage(tr("Recovered the recording of the interrupted show: %1").arg(mp4), false);
        for (const QString &problem : problems)
            showMessage(tr("A recording of the interrupted show could not be recovered: %1").arg(problem), true);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::fitToScreen(const Docks &d)
{
    // The first layout fits the screen it opens on, frame and taskbar
    // included (1366x768 laptops too; WindowFit keeps it so): the side
    // columns take a share of the width, the lineup and the comments most of
    // their height.
    const QRect available = (screen() ? screen() : QGuiApplication::primaryScreen())->availableGeometry();
    const QMargins frame = WindowFit::frameMargins(this);
    const QSize size(std::min(1800, available.width() - frame.left() - frame.right()), std::min(1000, available.height() - frame.top() - frame.bottom()));
    resize(size);
    move(available.topLeft()
         + QPoint((available.width() - size.width() - frame.left() - frame.right()) / 2,
                  (available.height() - size.height() - frame.top() - frame.bottom()) / 2));
    resizeDocks({d.rhythm, d.lineup}, {size.width() * 25 / 100, size.width() * 32 / 100}, Qt::Horizontal);
    resizeDocks({d.rhythm, d.chat}, {size.height() * 40 / 100, size.height() * 60 / 100}, Qt::Vertical);
    resizeDocks({d.lineup, d.notes}, {size.height() * 60 / 100, size.height() * 40 / 100}, Qt::Vertical);
    resizeDocks({d.scenes}, {size.height() * 27 / 100}, Qt::Vertical);
    resizeDocks({d.scenes, d.sources, d.mixer, d.controls}, {size.width() * 8 / 100, size.width() * 12 / 100, size.width() * 17 / 100, size.width() * 13 / 100},
                Qt::Horizontal);
}

void MainWindow::showMuted()
{
    const QStringList muted = m_studio.mixer().mutedSources();
    m_mutedLabel->setText(muted.isEmpty() ? QString() : tr("🔇 Muted: %1").arg(muted.join(QStringLiteral("、"))));
    m_mutedLabel->setVisible(!muted.isEmpty());
}

QString MainWindow::layoutFile() const
{
    return QDir(m_studio.profileDir()).filePath(QStringLiteral("layout.ini"));
}

void MainWindow::closeForSignal(int signalNumber)
{
    // SIGTERM, SIGINT, SIGHUP (logout): quit as if asked, without asking.
    m_quitReason = QStringLiteral("signal %1").arg(signalNumber);
    close();
}

QString MainWindow::busyReason() const
{
    const broadcast::BroadcastController &b = m_studio.broadcast();
    if (b.isStreaming())
        return tr("stop streaming first");
    if (b.isRecording())
        return tr("stop the recording first");
    if (b.isReplayBufferActive())
        return tr("stop the replay buffer first");
    return {};
}

void MainWindow::switchProfile(const QString &profileDir)
{
    const QString busy = busyReason();
    if (!busy.isEmpty()) {
        showMessage(tr("The profile stays: %1").arg(busy), true);
        return;
    }
    m_nextProfileDir = profileDir;
    m_quitReason = QStringLiteral("profile switch");
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closed) {
        event->accept();
        return;
    }
    if (m_closing) { // asked again (a second signal) while the studio finishes
        event->ignore();
        return;
    }
    if (m_quitReason.isEmpty() && (m_studio.broadcast().isStreaming() || m_studio.broadcast().isRecording())) {
        const auto answer = QMessageBox::question(this, tr("Still live"), tr("Streaming or recording is running. Stop it and quit?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    QSettings layout(layoutFile(), QSettings::IniFormat);
    layout.setValue(QStringLiteral("geometry"), saveGeometry());
    layout.setValue(QStringLiteral("state"), saveState());
    // The window goes at once; a small note says what is still being
    // finished (the recording's MP4, the show's last writes) until it is.
    m_closing = true;
    hide();
    auto *note = new QLabel(tr("ShopCast Studio is closing…"));
    note->setObjectName(QStringLiteral("closingNote"));
    note->setAttribute(Qt::WA_DeleteOnClose);
    note->setAttribute(Qt::WA_QuitOnClose, false);
    note->setWindowTitle(QStringLiteral("ShopCast Studio"));
    note->setMargin(24);
    note->setWindowFlag(Qt::WindowStaysOnTopHint);
    connect(&m_studio, &Studio::shutdownProgress, note, &QLabel::setText);
    connect(&m_studio, &Studio::shutdownFinished, this, [this, note] {
        note->close();
        m_closed = true;
        close();
    });
    note->show();
    m_studio.shutdown(m_quitReason.isEmpty() ? QStringLiteral("closed") : m_quitReason);
    event->ignore();
}

void MainWindow::showStatus(const StatusSnapshot &s)
{
    if (s.streaming) {
        m_liveLabel->setText(tr("● LIVE %1/%2").arg(s.liveOutputs).arg(s.totalOutputs));
        TonedText::apply(m_liveLabel, style::Tone::Danger, QStringLiteral("font-weight:bold"));
    } else {
        m_liveLabel->setText(tr("offline"));
        TonedText::clear(m_liveLabel);
    }
    m_statsLabel->setText(
        tr("%1 kbps · dropped %2 · lagged %3 · CPU %4%").arg(qRound(s.bitrateKbps)).arg(s.droppedFrames).arg(s.laggedFrames).arg(s.cpuPercent, 0, 'f', 0));
    m_recordLabel->setText(s.recording ? tr("REC %1").arg(QTime(0, 0).addMSecs(int(s.recordingMs)).toString(QStringLiteral("HH:mm:ss"))) : QString());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // After the minimize has happened: hiding inside the state change confuses window managers.
    if (event->type() == QEvent::WindowStateChange && isMinimized() && m_studio.ui().minimizeToTray)
        QTimer::singleShot(0, this, [this] { m_tray->hideWindow(); });
}

void MainWindow::showMessage(const QString &text, bool isError)
{
    if (isError)
        TonedText::apply(statusBar(), style::Tone::Danger, {}, QStringLiteral("QStatusBar"));
    else
        TonedText::clear(statusBar());
    statusBar()->showMessage(text, isError ? 0 : 8000);
}

void MainWindow::editDestinations()
{
    DestinationsDialog dialog(m_studio.settings().destinations, m_studio.secrets(), this, m_studio.settings().secondCanvas);
    dialog.setServices(m_studio.broadcast().serviceCatalog(), m_studio.settings().encoder, m_studio.settings().canvas);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_studio.settings().destinations = dialog.entries();
    QString error;
    if (!m_studio.saveSettings(&error))
        showMessage(tr("Settings not saved: %1").arg(error), true);
}

void MainWindow::openShowLibrary()
{
    // A show still running is reviewed as far as it got: the library opens
    // once what is queued is committed (without waiting here); what the
    // show writes next reaches the review when it is opened again.
    m_studio.show().database().writer().whenCommitted(this, [this](bool) {
        auto *library = new ShowLibraryDialog(m_studio.show().database(), this);
        library->setAttribute(Qt::WA_DeleteOnClose);
        library->show();
    });
}

void MainWindow::editModeration()
{
    ModerationDialog dialog(m_studio.show().moderation(), this);
    dialog.exec();
}

void MainWindow::editSettings()
{
    editSettingsAt(false);
}

void MainWindow::editSettingsAt(bool remotePage)
{
    const bool live = m_studio.broadcast().isStreaming() || m_studio.broadcast().isRecording() || m_studio.broadcast().isReplayBufferActive();
    SettingsDialog dialog(m_studio.settings(), m_studio.ui(), m_studio.hotkeys().bindings(), live, this);
    dialog.setEncoderChoices(m_studio.encoderChoices());
    auto *remote = new RemoteControlPage(m_studio.remoteControl());
    dialog.addPage(remote, tr("Remote control"), remotePage);
    // The probe may answer while the dialog is open.
    connect(&m_studio, &assembly::StudioCore::encoderChoicesChanged, &dialog, [this, &dialog] { dialog.setEncoderChoices(m_studio.encoderChoices()); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BroadcastSettings next = dialog.settings();
    QString error;
    if (!remote->apply(&error))
        showMessage(error, true);
    const core::UiSettings ui = dialog.ui();
    if (!(ui == m_studio.ui())) {
        if (ui.theme != m_studio.ui().theme)
            Theme::apply(*qApp, ui.theme);
        if (ui.language != m_studio.ui().language)
            showMessage(tr("The language changes at the next start."), false);
        m_studio.hotkeys().setOverrides(ui.hotkeys);
        m_studio.ui() = ui;
        if (!m_studio.saveUi(&error))
            showMessage(tr("Settings not saved: %1").arg(error), true);
    }
    if (!live && !(next.canvas == m_studio.settings().canvas) && !m_studio.applyCanvas(next.canvas, &error)) {
        showMessage(error, true);
        return;
    }
    if (!live && (next.secondCanvas != m_studio.settings().secondCanvas || next.recordedCanvas != m_studio.settings().recordedCanvas)
        && !m_studio.applySecondCanvas(next.secondCanvas, next.recordedCanvas, &error)) {
        showMessage(error, true);
        return;
    }
    // What applies from the next start of each (stream, recording, replay buffer, engine).
    m_studio.settings().encoder = next.encoder;
    m_studio.settings().recordingEncoder = next.recordingEncoder;
    m_studio.settings().audioSampleRateHz = next.audioSampleRateHz;
    m_studio.settings().replayBufferSec = next.replayBufferSec;
    m_studio.settings().recordingDir = next.recordingDir;
    if (!m_studio.saveSettings(&error))
        showMessage(tr("Settings not saved: %1").arg(error), true);
}

} // namespace shopcast::app

namespace shopcast::app {

void MainWindow::importProducts()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import products"), {}, tr("Products (*.csv *.tsv *.txt *.json)"));
    if (path.isEmpty())
        return;
    // Parsed on a worker and stored by the storage writer: a 10,000-row
    // file does not freeze the window (or the show running in it).
    showMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()), false);
    catalog::CatalogImport::start(path, m_studio.show().products(), this, [this, path](const catalog::CatalogImport &result) {
        QStringList details;
        for (const auto &e : result.parsed.errors)
            details.append(tr("error: %1").arg(e.toString()));
        for (const auto &w : result.parsed.warnings)
            details.append(tr("warning: %1").arg(w.toString()));
        auto *box = new QMessageBox(result.ok() ? QMessageBox::Information : QMessageBox::Warning, tr("Import products"), result.summary(path), QMessageBox::Ok,
                                    this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (!details.isEmpty())
            box->setDetailedText(details.join(QLatin1Char('\n')));
        box->open();
    });
}

void MainWindow::importOrders(QString path, const std::optional<sales::OrderExportFormat> &format)
{
    if (path.isEmpty())
        path = QFileDialog::getOpenFileName(this, tr("Import orders"), {}, tr("Order exports (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    showMessage(tr("Importing orders from %1…").arg(QFileInfo(path).fileName()), false);
    sales::OrderImport::start(path, format, std::nullopt, m_studio.show().database(), this, [this, path](const sales::OrderImport &result) {
        if (result.needsMapping()) {
            auto *mapping = new OrderMappingDialog(QFileInfo(path).fileName(), result.read.header, this);
            mapping->setAttribute(Qt::WA_DeleteOnClose);
            connect(mapping, &QDialog::accepted, this, [this, path, mapping] { importOrders(path, mapping->format()); });
            mapping->open();
            return;
        }
        const QString summary = result.summary(QFileInfo(path).fileName());
        showMessage(summary, !result.ok());
        auto *box = new QMessageBox(result.ok() ? QMessageBox::Information : QMessageBox::Warning, tr("Import orders"), summary, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("ordersImported"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (const QStringList details = result.details(); !details.isEmpty())
            box->setDetailedText(details.join(QLatin1Char('\n')));
        box->open();
    });
}

void MainWindow::exportProducts()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export products"), QStringLiteral("products.csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    // Read and written off the GUI thread: a large catalogue does not freeze
    // the window (or the show running in it).
    showMessage(tr("Exporting products to %1…").arg(QFileInfo(path).fileName()), false);
    catalog::CatalogExport::start(path, m_studio.show().products(), this, [this, path](const catalog::CatalogExport &result) {
        if (!result.ok())
            showMessage(tr("Export failed: %1").arg(result.error), true);
        else
            showMessage(tr("%n product(s) exported to %1", nullptr, result.count).arg(path), false);
    });
}

} // namespace shopcast::app
