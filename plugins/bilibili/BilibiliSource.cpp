#include "BilibiliSource.hpp"

#include "chat/BilibiliCodec.hpp"

#include "pluginapi/PluginMetadata.hpp"

#include <QJsonDocument>

namespace shopcast::plugins {

using namespace shopcast::chat;

BilibiliSource::BilibiliSource(QObject *parent)
    : ReconnectingSource(parent)
{
    // Qt's default allows a 2 GiB message; a danmaku frame is a few packets.
    m_socket.setMaxAllowedIncomingMessageSize(quint64(BilibiliCodec::kMaxPacketSize));
    m_socket.setMaxAllowedIncomingFrameSize(quint64(BilibiliCodec::kMaxPacketSize));
    connect(&m_socket, &QWebSocket::connected, this, &BilibiliSource::onConnected);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &BilibiliSource::onBinary);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_heartbeat.stop();
        connectionLost(m_socket.closeReason().isEmpty() ? tr("disconnected") : m_socket.closeReason());
    });
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        // The web client's heartbeat body; the server answers with the room's popularity.
        m_socket.sendBinaryMessage(BilibiliCodec::encode(BilibiliCodec::Heartbeat, "[object Object]"));
    });
}

BilibiliSource::~BilibiliSource() = default;

bool BilibiliSource::configure(const QJsonObject &settings, QString *error)
{
    m_roomId = qint64(settings.value(QStringLiteral("roomId")).toDouble());
    if (m_roomId <= 0) {
        *error = tr("give the live room id (the number in live.bilibili.com/...)");
        return false;
    }
    // The defaults (server, timings, anonymous uid) are in bilibili.json, nowhere else.
    if (const QString missing = PluginMetadata::missingSettings(settings, {QStringLiteral("uid"), QStringLiteral("url"), QStringLiteral("heartbeatMs"),
                                                                           QStringLiteral("silentTimeoutMs"), QStringLiteral("reconnectFirstDelayMs")});
        !missing.isEmpty()) {
        *error = missing;
        return false;
    }
    m_uid = qint64(settings.value(QStringLiteral("uid")).toDouble());
    m_key = settings.value(QStringLiteral("key")).toString();
    m_url = QUrl(settings.value(QStringLiteral("url")).toString());
    if (!m_url.isValid() || (m_url.scheme() != QLatin1String("wss") && m_url.scheme() != QLatin1String("ws"))) {
        *error = tr("url must be a ws:// or wss:// address");
        return false;
    }
    m_heartbeatMs = settings.value(QStringLiteral("heartbeatMs")).toInt();
    // The server answers every heartbeat: silence past this means the connection is gone.
    setReconnectTiming(qint64(settings.value(QStringLiteral("reconnectFirstDelayMs")).toDouble()), settings.value(QStringLiteral("silentTimeoutMs")).toInt());
    return true;
}

void BilibiliSource::openConnection()
{
    // A new connection starts a new packet stream: a fresh decoder state, and
    // whatever the old one still had in flight is dropped.
    ++m_connection;
    m_decodeState = std::make_shared<DecodeState>();
    setState(State::Connecting, m_url.host());
    m_socket.abort();
    m_socket.open(m_url);
}

void BilibiliSource::closeConnection()
{
    m_heartbeat.stop();
    m_socket.abort();
}

void BilibiliSource::onConnected()
{
    const QJsonObject auth{{QStringLiteral("uid"), m_uid},  {QStringLiteral("roomid"), m_roomId},
                           {QStringLiteral("protover"), 3}, {QStringLiteral("platform"), QStringLiteral("web")},
                           {QStringLiteral("type"), 2},     {QStringLiteral("key"), m_key}};
    m_socket.sendBinaryMessage(BilibiliCodec::encode(BilibiliCodec::Auth, QJsonDocument(auth).toJson(QJsonDocument::Compact)));
    activity();
}

void BilibiliSource::onBinary(const QByteArray &frame)
{
    activity();
    m_decoder.run(
        this,
        [state = m_decodeState, frame] {
            QByteArray rest;
            QList<ChatEvent> events = BilibiliCodec::decode(state->pending + frame, &rest);
            state->pending = rest;
            return events;
        },
        [this, connection = m_connection](const QList<ChatEvent> &events) {
            if (connection == m_connection)
                onDecoded(events);
        });
}

void BilibiliSource::onDecoded(const QList<ChatEvent> &events)
{
    QList<ChatEvent> batch;
    for (const ChatEvent &e : events) {
        const QString name = e.extra.value(QStringLiteral("event")).toString();
        if (e.type == ChatEvent::Type::Event && name == QLatin1String("auth_reply")) {
            const int code = e.extra.value(QStringLiteral("code")).toInt();
            if (code != 0) {
                refuse(tr("Bilibili refused the connection (code %1): check the room id and token").arg(code));
                return;
            }
            connectionUp(tr("room %1").arg(m_roomId));
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

} // namespace shopcast::plugins
