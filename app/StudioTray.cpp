#include "StudioTray.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastController.hpp"

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

namespace shopcast::app {

namespace {

QIcon stateIcon(bool live, bool recording)
{
    // Drawn, not shipped: one glance tells live from idle, at any tray size.
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(live ? QColor(0xe5, 0x39, 0x35) : QColor(0x75, 0x75, 0x75));
    p.drawEllipse(QRectF(4, 4, 56, 56));
    p.setBrush(Qt::white); // a play mark: the studio
    p.drawPolygon(QPolygonF({QPointF(25, 18), QPointF(47, 32), QPointF(25, 46)}));
    if (recording) {
        p.setBrush(QColor(0xff, 0x8f, 0x00));
        p.setPen(QPen(Qt::white, 3));
        p.drawEllipse(QRectF(40, 40, 22, 22));
    }
    return QIcon(pixmap);
}

} // namespace

StudioTray::StudioTray(broadcast::BroadcastController &controller, actions::ActionRegistry &actions, QWidget &window)
    : QObject(&window)
    , m_controller(controller)
    , m_actions(actions)
    , m_window(window)
    , m_icon(new QSystemTrayIcon(this))
{
    auto *menu = new QMenu(&window);
    menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHide = menu->addAction(QString(), this, [this] { m_window.isVisible() ? (void)hideWindow() : showWindow(); });
    menu->addSeparator();
    m_stream = menu->addAction(QString(), this, [this] { m_actions.invoke(QStringLiteral("output.stream"), actions::Origin::Menu); });
    m_record = menu->addAction(QString(), this, [this] { m_actions.invoke(QStringLiteral("output.record"), actions::Origin::Menu); });
    m_replay = menu->addAction(QString(), this, [this] { m_actions.invoke(QStringLiteral("output.replayBuffer"), actions::Origin::Menu); });
    m_stream->setObjectName(QStringLiteral("trayStream"));
    m_record->setObjectName(QStringLiteral("trayRecord"));
    m_replay->setObjectName(QStringLiteral("trayReplayBuffer"));
    menu->addSeparator();
    // Through the window's close, which asks first while live.
    menu->addAction(tr("Quit"), &m_window, &QWidget::close);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window.isVisible() ? (void)hideWindow() : showWindow();
    });
    connect(&m_controller, &broadcast::BroadcastController::streamingChanged, this, &StudioTray::update);
    connect(&m_controller, &broadcast::BroadcastController::recordingChanged, this, &StudioTray::update);
    connect(&m_controller, &broadcast::BroadcastController::replayBufferChanged, this, &StudioTray::update);
    connect(menu, &QMenu::aboutToShow, this, &StudioTray::update);
    update();
    if (available())
        m_icon->show();
}

StudioTray::~StudioTray() = default;

bool StudioTray::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool StudioTray::hideWindow()
{
    if (!available())
        return false;
    m_window.hide();
    update();
    return true;
}

void StudioTray::showWindow()
{
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
    update();
}

void StudioTray::update()
{
    const bool live = m_controller.isStreaming();
    const bool recording = m_controller.isRecording();
    m_icon->setIcon(stateIcon(live, recording));
    QStringList state;
    if (live)
        state.append(tr("live"));
    if (recording)
        state.append(tr("recording"));
    if (m_controller.isReplayBufferActive())
        state.append(tr("replay buffer on"));
    m_icon->setToolTip(state.isEmpty() ? QStringLiteral("ShopCast") : QStringLiteral("ShopCast — %1").arg(state.join(QStringLiteral(", "))));
    m_showHide->setText(m_window.isVisible() ? tr("Hide the window") : tr("Show the window"));
    m_stream->setText(live ? tr("Stop Streaming") : tr("Start Streaming"));
    m_record->setText(recording ? tr("Stop Recording") : tr("Start Recording"));
    m_replay->setText(m_controller.isReplayBufferActive() ? tr("Stop replay buffer") : tr("Start replay buffer"));
}

} // namespace shopcast::app
