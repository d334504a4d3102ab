#include "ControlsDock.hpp"

#include "broadcast/StudioMode.hpp"
#include "ScrollingBody.hpp"

#include "actions/ActionRegistry.hpp"

#include "broadcast/BroadcastController.hpp"
#include "show/ShowSession.hpp"
#include "show/ShowTimeline.hpp"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QGridLayout>

namespace shopcast::app {

ControlsDock::ControlsDock(broadcast::BroadcastController &controller, show::ShowSession &session, broadcast::StudioMode &studioMode, QWidget *parent)
    : QDockWidget(tr("Controls"), parent)
    , m_controller(controller)
    , m_session(session)
{
    setObjectName(QStringLiteral("controlsDock"));
    auto *body = new QWidget(this);
    // Two columns: the dock shares the bottom row with scenes and sources
    // and must not be what makes the window taller than a laptop's screen.
    auto *layout = new QGridLayout(body);
    m_showState = new QLabel(body);
    m_showState->setObjectName(QStringLiteral("showState"));
    m_showState->setWordWrap(true);
    m_show = new QPushButton(body);
    m_show->setObjectName(QStringLiteral("showButton"));
    m_stream = new QPushButton(body);
    m_stream->setObjectName(QStringLiteral("streamButton"));
    m_record = new QPushButton(body);
    m_record->setObjectName(QStringLiteral("recordButton"));
    auto *destinations = new QPushButton(tr("Destinations…"), body);
    destinations->setObjectName(QStringLiteral("destinationsButton"));
    auto *settings = new QPushButton(tr("Settings…"), body);
    settings->setObjectName(QStringLiteral("settingsButton"));
    for (QPushButton *b : {m_show, m_stream, m_record})
        b->setMinimumHeight(36);
    layout->addWidget(m_showState, 0, 0, 1, 2);
    layout->addWidget(m_stream, 1, 0);
    layout->addWidget(m_record, 1, 1);
    layout->addWidget(m_show, 2, 0, 1, 2);
    m_studioMode = new QPushButton(tr("Studio mode"), body);
    m_studioMode->setObjectName(QStringLiteral("studioModeButton"));
    m_studioMode->setCheckable(true);
    m_studioMode->setToolTip(tr("Prepare the next scene in a preview beside the program, then send it on air with Transition"));
    m_replayBuffer = new QPushButton(body);
    m_replayBuffer->setObjectName(QStringLiteral("replayBufferButton"));
    m_saveReplay = new QPushButton(tr("Save replay"), body);
    m_saveReplay->setObjectName(QStringLiteral("saveReplayButton"));
    m_saveReplay->setToolTip(tr("Write the last seconds of the program to the recordings folder, marked as a highlight on the show's timeline"));
    layout->addWidget(m_replayBuffer, 3, 0);
    layout->addWidget(m_saveReplay, 3, 1);
    layout->addWidget(destinations, 4, 0);
    layout->addWidget(settings, 4, 1);
    m_virtualCamera = new QPushButton(body);
    m_virtualCamera->setObjectName(QStringLiteral("virtualCameraButton"));
    layout->addWidget(m_studioMode, 5, 0);
    layout->addWidget(m_virtualCamera, 5, 1);
    layout->setRowStretch(6, 1);
    setScrollingBody(this, body);
    // Every button is a show action invoked by id, as F9/F10 and a remote client.
    connect(m_show, &QPushButton::clicked, this, [this] {
        if (!m_session.isRunning()) {
            const actions::ActionResult result = m_session.actions().invoke(QStringLiteral("show.start"), actions::Origin::Dock);
            if (!result.ok)
                QMessageBox::warning(this, tr("Start the show"), result.error);
        } else if (QMessageBox::question(this, tr("End the show"), tr("End the show now? Its timeline closes; a new show starts next time."))
                   == QMessageBox::Yes) {
            m_session.actions().invoke(QStringLiteral("show.end"), actions::Origin::Dock);
        }
    });
    connect(&m_session, &show::ShowSession::showStarted, this, &ControlsDock::updateShow);
    connect(&m_session, &show::ShowSession::showEnded, this, &ControlsDock::updateShow);
    connect(m_stream, &QPushButton::clicked, this, [this] { m_session.actions().invoke(QStringLiteral("output.stream"), actions::Origin::Dock); });
    connect(m_record, &QPushButton::clicked, this, [this] { m_session.actions().invoke(QStringLiteral("output.record"), actions::Origin::Dock); });
    connect(m_replayBuffer, &QPushButton::clicked, this, [this] { m_session.actions().invoke(QStringLiteral("output.replayBuffer"), actions::Origin::Dock); });
    connect(m_saveReplay, &QPushButton::clicked, this, [this] { m_session.actions().invoke(QStringLiteral("output.saveReplay"), actions::Origin::Dock); });
    connect(m_virtualCamera, &QPushButton::clicked, this,
            [this] { m_session.actions().invoke(QStringLiteral("output.virtualCamera"), actions::Origin::Dock); });
    connect(m_studioMode, &QPushButton::clicked, this, [this](bool on) {
        m_session.actions().invoke(QStringLiteral("scene.studioMode"), {{QStringLiteral("on"), on}}, actions::Origin::Dock);
    });
    // The button shows the mode, whoever changed it (a hotkey, a remote).
    connect(&studioMode, &broadcast::StudioMode::enabledChanged, m_studioMode, &QPushButton::setChecked);
    connect(destinations, &QPushButton::clicked, this, &ControlsDock::destinationsRequested);
    connect(settings, &QPushButton::clicked, this, &ControlsDock::settingsRequested);
    connect(&m_controller, &broadcast::BroadcastController::streamingChanged, this, &ControlsDock::updateStreaming);
    connect(&m_controller, &broadcast::BroadcastController::recordingChanged, this, &ControlsDock::updateRecording);
    updateStreaming(m_controller.isStreaming());
    connect(&m_controller, &broadcast::BroadcastController::replayBufferChanged, this, &ControlsDock::updateReplayBuffer);
    updateRecording(m_controller.isRecording());
    updateReplayBuffer(m_controller.isReplayBufferActive());
    connect(&m_controller, &broadcast::BroadcastController::virtualCameraChanged, this, &ControlsDock::updateVirtualCamera);
    updateVirtualCamera(m_controller.isVirtualCameraActive());
    updateShow();
}

void ControlsDock::updateShow()
{
    const bool running = m_session.isRunning();
    m_show->setText(running ? tr("End show") : tr("Start show"));
    m_showState->setText(running ? tr("On: %1").arg(m_session.timeline().title()) : tr("No show running: products and the timer can be rehearsed."));
}

void ControlsDock::updateStreaming(bool streaming)
{
    m_stream->setText(streaming ? tr("Stop Streaming") : tr("Start Streaming"));
    m_stream->setStyleSheet(streaming ? QStringLiteral("background:#c62828;color:white;font-weight:bold") : QString());
}

void ControlsDock::updateRecording(bool recording)
{
    m_record->setText(recording ? tr("Stop Recording") : tr("Start Recording"));
    m_record->setStyleSheet(recording ? QStringLiteral("background:#c62828;color:white;font-weight:bold") : QString());
}

void ControlsDock::updateReplayBuffer(bool active)
{
    m_replayBuffer->setText(active ? tr("Stop replay buffer") : tr("Start replay buffer"));
    m_replayBuffer->setToolTip(active ? tr("Stop keeping the last seconds of the program") : tr("Keep the last seconds of the program, to save a highlight"));
    m_saveReplay->setEnabled(active);
}

void ControlsDock::updateVirtualCamera(bool active)
{
    m_virtualCamera->setText(active ? tr("Stop virtual camera") : tr("Start virtual camera"));
    QString why;
    // Where the kernel module is missing the button says so instead of failing on a click.
    const bool available = active || m_controller.virtualCameraAvailable(&why);
    m_virtualCamera->setEnabled(available);
    m_virtualCamera->setToolTip(available ? tr("The program as a camera that other apps (a platform's own live tool) can open")
                                          : tr("No virtual camera: %1").arg(why));
}

} // namespace shopcast::app
