#include "FakeBilibiliServer.hpp"

#include "chat/BilibiliCodec.hpp"

#include <QJsonDocument>
#include <QtEndian>

namespace shopcast::test {

using chat::BilibiliCodec;

FakeBilibiliServer::FakeBilibiliServer()
    : m_server(QStringLiteral("fake-bilibili"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeBilibiliServer::onConnection);
}

bool FakeBilibiliServer::start(QString *error)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

QString FakeBilibiliServer::url() const
{
    return QStringLiteral("ws://127.0.0.1:%1/sub").arg(m_server.serverPort());
}

void FakeBilibiliServer::onConnection()
{
    while (QWebSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        m_clients.append(client);
        connect(client, &QWebSocket::binaryMessageReceived, this, [this, client](const QByteArray &frame) { onFrame(client, frame); });
        connect(client, &QWebSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FakeBilibiliServer::onFrame(QWebSocket *client, const QByteArray &frame)
{
    if (frame.size() < BilibiliCodec::kHeaderSize)
        return;
    const quint32 operation = qFromBigEndian<quint32>(frame.constData() + 8);
    const QByteArray body = frame.mid(BilibiliCodec::kHeaderSize);
    if (operation == BilibiliCodec::Auth) {
        m_auths.append(QJsonDocument::fromJson(body).object());
        const QByteArray reply = QStringLiteral("{\"code\":%1}").arg(m_refuseCode).toUtf8();
        client->sendBinaryMessage(BilibiliCodec::encode(BilibiliCodec::AuthReply, reply, BilibiliCodec::Json));
        if (m_refuseCode != 0)
            client->close();
    } else if (operation == BilibiliCodec::Heartbeat) {
        ++m_heartbeats;
        if (!m_silent) {
            QByteArray popularity(4, '\0');
            qToBigEndian<quint32>(1234, popularity.data());
            client->sendBinaryMessage(BilibiliCodec::encode(BilibiliCodec::HeartbeatReply, popularity, BilibiliCodec::Int32));
        }
    }
}

void FakeBilibiliServer::sendFrame(const QByteArray &frame)
{
    for (const auto &client : std::as_const(m_clients))
        if (client && client->state() == QAbstractSocket::ConnectedState)
            client->sendBinaryMessage(frame);
}

void FakeBilibiliServer::closeAll()
{
    for (const auto &client : std::as_const(m_clients))
        if (client)
            client->close();
}

} // namespace shopcast::test
