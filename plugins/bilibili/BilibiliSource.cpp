#include "BilibiliSource.hpp"

#include "chat/BilibiliCodec.hpp"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace shopcast::plugins {

using namespace shopcast::chat;

BilibiliSource::BilibiliSource(QObject *parent)
    : CommentSource(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &BilibiliSource::connectNow);
    connect(&m_socket, &QWebSocket::connected, this, &BilibiliSource::onConnected);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &BilibiliSource::onBinary);
    connect(&m_socket, &QWebSocket::disconnected, this, &BilibiliSource::onClosed);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        // The web client's heartbeat body; the server answers with the room's popularity.
        m_socket.sendBinaryMessage(BilibiliCodec::encode(BilibiliCodec::Heartbeat, "[object Object]"));
    });
    m_silence.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        m_socket.abort();
        scheduleReconnect(tr("no heartbeat reply from the server"));
    });
}

bool BilibiliSource::configure(const QJsonObject &settings, QString *error)
{
    m_roomId = qint64(settings.value(QStringLiteral("roomId")).toDouble());
    if (m_roomId <= 0) {
        *error = tr("give the live room id (the number in live.bilibili.com/...)");
        return false;
    }
    m_uid = qint64(settings.value(QStringLiteral("uid")).toDouble(0));
    m_key = settings.value(QStringLiteral("key")).toString();
    m_url = QUrl(settings.value(QStringLiteral("url")).toString(QStringLiteral("wss://broadcastlv.chat.bilibili.com/sub")));
    if (!m_url.isValid() || (m_url.scheme() != QLatin1String("wss") && m_url.scheme() != QLatin1String("ws"))) {
        *error = tr("url must be a ws:// or wss:// address");
        return false;
    }
    m_heartbeatMs = settings.value(QStringLiteral("heartbeatMs")).toInt(30'000);
    m_silentTimeoutMs = settings.value(QStringLiteral("silentTimeoutMs")).toInt(70'000);
    m_policy = std::make_unique<ReconnectPolicy>(QRandomGenerator::global()->generate(),
                                                 qint64(settings.value(QStringLiteral("reconnectFirstDelayMs")).toDouble(1000)));
    return true;
}

void BilibiliSource::start()
{
    m_running = true;
    m_fatal = false;
    connectNow();
}

void BilibiliSource::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_heartbeat.stop();
    m_silence.stop();
    m_socket.abort();
    setState(State::Idle);
}

void BilibiliSource::connectNow()
{
    if (!m_running)
        return;
    m_pending.clear();
    setState(State::Connecting, m_url.host());
    m_socket.abort();
    m_socket.open(m_url);
}

void BilibiliSource::onConnected()
{
    const QJsonObject auth{{QStringLiteral("uid"), m_uid}, {QStringLiteral("roomid"), m_roomId}, {QStringLiteral("protover"), 3},
                           {QStringLiteral("platform"), QStringLiteral("web")}, {QStringLiteral("type"), 2}, {QStringLiteral("key"), m_key}};
    m_socket.sendBinaryMessage(BilibiliCodec::encode(BilibiliCodec::Auth, QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    m_silence.start(m_silentTimeoutMs);
}

void BilibiliSource::onBinary(const QByteArray &frame)
{
    m_silence.start(m_silentTimeoutMs);
    QByteArray rest;
    const QList<ChatEvent> events = BilibiliCodec::decode(m_pending + frame, &rest);
    m_pending = rest;
    QList<ChatEvent> batch;
    for (const ChatEvent &e : events) {
        const QString name = e.extra.value(QStringLiteral("event")).toString();
        if (e.type == ChatEvent::Type::Event && name == QLatin1String("auth_reply")) {
            const int code = e.extra.value(QStringLiteral("code")).toInt();
            if (code != 0) {
                m_fatal = true;
                m_socket.abort();
                setState(State::Error, tr("Bilibili refused the connection (code %1): check the room id and token").arg(code));
                return;
            }
            m_policy->reset();
            setState(State::Live, tr("room %1").arg(m_roomId));
            m_socket.sendBinaryMessage(BilibiliCodec::encode(BilibiliCodec::Heartbeat, "[object Object]"));
            m_heartbeat.start(m_heartbeatMs);
            continue;
        }
        if (e.type == ChatEvent::Type::Event && name == QLatin1String("popularity"))
            continue;
        batch.append(e);
    }
    if (!batch.isEmpty())
        emit eventsReceived(batch);
}

void BilibiliSource::onClosed()
{
    m_heartbeat.stop();
    if (m_running && !m_fatal)
        scheduleReconnect(m_socket.closeReason().isEmpty() ? tr("disconnected") : m_socket.closeReason());
}

void BilibiliSource::scheduleReconnect(const QString &why)
{
    if (!m_running || m_fatal || m_reconnectTimer.isActive())
        return;
    m_heartbeat.stop();
    m_silence.stop();
    const qint64 delay = m_policy->nextDelayMs();
    setState(State::Reconnecting, tr("%1; reconnecting in %2 s").arg(why).arg((delay + 999) / 1000));
    m_reconnectTimer.start(int(delay));
}

} // namespace shopcast::plugins
