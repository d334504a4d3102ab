#include "ControlsDock.hpp"

#include "broadcast/BroadcastController.hpp"

#include <QPushButton>
#include <QVBoxLayout>

namespace shopcast::app {

ControlsDock::ControlsDock(broadcast::BroadcastController &controller, QWidget *parent)
    : QDockWidget(tr("Controls"), parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("controlsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_stream = new QPushButton(body);
    m_stream->setObjectName(QStringLiteral("streamButton"));
    m_record = new QPushButton(body);
    m_record->setObjectName(QStringLiteral("recordButton"));
    auto *destinations = new QPushButton(tr("Destinations…"), body);
    destinations->setObjectName(QStringLiteral("destinationsButton"));
    auto *settings = new QPushButton(tr("Settings…"), body);
    for (QPushButton *b : {m_stream, m_record})
        b->setMinimumHeight(36);
    layout->addWidget(m_stream);
    layout->addWidget(m_record);
    layout->addWidget(destinations);
    layout->addWidget(settings);
    layout->addStretch();
    setWidget(body);

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
