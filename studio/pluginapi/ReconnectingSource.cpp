#include "ReconnectingSource.hpp"

#include <QRandomGenerator>

namespace shopcast::chat {

ReconnectingSource::ReconnectingSource(QObject *parent)
    : CommentSource(parent)
{
    m_reconnectTimer.setSingleShot(true);
    m_silenceTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ReconnectingSource::connectNow);
    connect(&m_silenceTimer, &QTimer::timeout, this, &ReconnectingSource::onSilence);
}

void ReconnectingSource::setReconnectTiming(qint64 firstDelayMs, qint64 silentTimeoutMs)
{
    m_policy = std::make_unique<ReconnectPolicy>(QRandomGenerator::global()->generate(), std::max<qint64>(1, firstDelayMs));
    m_silentTimeoutMs = std::max<qint64>(0, silentTimeoutMs);
}

void ReconnectingSource::start()
{
    if (!m_policy)
        setReconnectTiming(1000, 0);
    m_running = true;
    m_refused = false;
    m_policy->reset();
    connectNow();
}

void ReconnectingSource::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    closeConnection();
    setState(State::Idle);
}

void ReconnectingSource::connectNow()
{
    if (!m_running || m_refused)
        return;
    setState(State::Connecting);
    openConnection();
    if (m_silentTimeoutMs > 0)
        m_silenceTimer.start(int(m_silentTimeoutMs));
}

void ReconnectingSource::onSilence()
{
    // Scheduled first, so the disconnect that closing reports is not a second drop.
    connectionLost(tr("the server went silent"));
    closeConnection();
}

void ReconnectingSource::connectionUp(const QString &detail)
{
    m_policy->reset();
    setState(State::Live, detail);
    activity();
}

void ReconnectingSource::connectionLost(const QString &why)
{
    // A drop is reported once: the socket's error and its disconnect both land here.
    if (!m_running || m_refused || m_reconnectTimer.isActive())
        return;
    m_silenceTimer.stop();
    const qint64 delay = m_policy->nextDelayMs();
    setState(State::Reconnecting, tr("%1; reconnecting in %2 s").arg(why).arg((delay + 999) / 1000));
    m_reconnectTimer.start(int(delay));
}

void ReconnectingSource::reconnectSoon(const QString &why)
{
    if (!m_running || m_refused)
        return;
    m_policy->reset();
    m_silenceTimer.stop();
    setState(State::Reconnecting, why);
    m_reconnectTimer.start(0);
    closeConnection();
}

void ReconnectingSource::refuse(const QString &why)
{
    m_refused = true;
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    closeConnection();
    setState(State::Error, why);
}

void ReconnectingSource::activity()
{
    if (m_running && m_silentTimeoutMs > 0)
        m_silenceTimer.start(int(m_silentTimeoutMs));
}

void ReconnectingSource::keepWaiting(qint64 ms)
{
    if (m_running)
        m_silenceTimer.start(int(std::max<qint64>(1, ms)));
}

} // namespace shopcast::chat
