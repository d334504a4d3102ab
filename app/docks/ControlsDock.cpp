#include "ControlsDock.hpp"

#include "HotkeyMap.hpp"

#include "broadcast/BroadcastController.hpp"
#include "show/ShowSession.hpp"
#include "show/ShowTimeline.hpp"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace shopcast::app {

ControlsDock::ControlsDock(broadcast::BroadcastController &controller, show::ShowSession &session, QWidget *parent)
    : QDockWidget(tr("Controls"), parent)
    , m_controller(controller)
    , m_session(session)
{
    setObjectName(QStringLiteral("controlsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
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
    for (QPushButton *b : {m_show, m_stream, m_record})
        b->setMinimumHeight(36);
    layout->addWidget(m_showState);
    layout->addWidget(m_show);
    layout->addWidget(m_stream);
    layout->addWidget(m_record);
    layout->addWidget(destinations);
    layout->addWidget(settings);
    layout->addStretch();
    setWidget(body);
    connect(HotkeyMap::shortcut(this, "output.stream"), &QShortcut::activated, m_stream, &QPushButton::click);
    connect(HotkeyMap::shortcut(this, "output.record"), &QShortcut::activated, m_record, &QPushButton::click);

    connect(m_show, &QPushButton::clicked, this, [this] {
        if (!m_session.isRunning()) {
            QString error;
            if (!m_session.startShow({}, &error))
                QMessageBox::warning(this, tr("Start the show"), error);
        } else if (QMessageBox::question(this, tr("End the show"), tr("End the show now? Its timeline closes; a new show starts next time.")) == QMessageBox::Yes) {
            m_session.endShow(QStringLiteral("ended by the user"));
        }
    });
    connect(&m_session, &show::ShowSession::showStarted, this, &ControlsDock::updateShow);
    connect(&m_session, &show::ShowSession::showEnded, this, &ControlsDock::updateShow);
    connect(m_stream, &QPushButton::clicked, this, [this] {
        m_controller.isStreaming() ? m_controller.stopStreaming() : m_controller.startStreaming();
    });
    connect(m_record, &QPushButton::clicked, this, [this] {
        m_controller.isRecording() ? m_controller.stopRecording() : m_controller.startRecording();
    });
    connect(destinations, &QPushButton::clicked, this, &ControlsDock::destinationsRequested);
    connect(settings, &QPushButton::clicked, this, &ControlsDock::settingsRequested);
    connect(&m_controller, &broadcast::BroadcastController::streamingChanged, this, &ControlsDock::updateStreaming);
    connect(&m_controller, &broadcast::BroadcastController::recordingChanged, this, &ControlsDock::updateRecording);
    updateStreaming(m_controller.isStreaming());
    updateRecording(m_controller.isRecording());
    updateShow();
}

void ControlsDock::updateShow()
{
    const bool running = m_session.isRunning();
    m_show->setText(running ? tr("End show") : tr("Start show"));
    m_showState->setText(running ? tr("On: %1").arg(m_session.timeline().title())
                                 : tr("No show running: products and the timer can be rehearsed."));
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

} // namespace shopcast::app
