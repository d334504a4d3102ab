#include "FakeTwitchEndpoint.hpp"

#include <QMutexLocker>

#include <memory>

namespace shopcast::test {

bool FakeTwitchEndpoint::listen(const QSslConfiguration &config, QString *error)
{
    // Made here, not in a constructor, so that the server and the sockets it
    // accepts belong to this thread.
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(config);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &FakeTwitchEndpoint::onConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    const QMutexLocker lock(&m_mutex);
    m_port = m_server->serverPort();
    return true;
}

void FakeTwitchEndpoint::shutDown()
{
    // The sockets are the server's children: gone with it, on this thread.
    delete m_server;
    m_server = nullptr;
}

quint16 FakeTwitchEndpoint::port() const
{
    const QMutexLocker lock(&m_mutex);
    return m_port;
}

void FakeTwitchEndpoint::setRefusedToken(const QString &token)
{
    m_refusedToken = token;
}

void FakeTwitchEndpoint::setSilent(bool silent)
{
    m_silent = silent;
}

int FakeTwitchEndpoint::connections() const
{
    const QMutexLocker lock(&m_mutex);
    return m_connections;
}

QStringList FakeTwitchEndpoint::received() const
{
    const QMutexLocker lock(&m_mutex);
    return m_received;
}

void FakeTwitchEndpoint::onConnection()
{
    while (m_server->hasPendingConnections()) {
        auto *client = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!client)
            continue;
        {
            const QMutexLocker lock(&m_mutex);
            ++m_connections;
        }
        m_clients.append(client);
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QSslSocket::readyRead, this, [this, client, buffer] {
            *buffer += client->readAll();
            qsizetype end = 0;
            while ((end = buffer->indexOf('\n')) >= 0) {
                const QByteArray line = buffer->left(end).trimmed();
                buffer->remove(0, end + 1);
                onLine(client, line);
            }
        });
        connect(client, &QSslSocket::disconnected, client, &QObject::deleteLater);
    }
}

void FakeTwitchEndpoint::onLine(QSslSocket *client, const QByteArray &line)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_received.append(QString::fromUtf8(line));
    }
    if (m_silent)
        return;
    if (line.startsWith("PASS ") && !m_refusedToken.isEmpty() && line.mid(5) == m_refusedToken.toUtf8()) {
        client->write(":tmi.twitch.tv NOTICE * :Login authentication failed\r\n");
        client->disconnectFromHost();
        return;
    }
    if (line.startsWith("CAP REQ"))
        client->write(":tmi.twitch.tv CAP * ACK :twitch.tv/tags twitch.tv/commands\r\n");
    else if (line.startsWith("NICK"))
        client->write(":tmi.twitch.tv 001 viewer :Welcome, GLHF!\r\n");
    else if (line.startsWith("JOIN")) {
        const QByteArray channel = line.mid(5);
        client->write(":viewer!viewer@viewer.tmi.twitch.tv JOIN " + channel + "\r\n");
        client->write("@emote-only=0;room-id=1337 :tmi.twitch.tv ROOMSTATE " + channel + "\r\n");
    } else if (line.startsWith("PING"))
        client->write(":tmi.twitch.tv PONG tmi.twitch.tv :" + line.mid(line.indexOf(':') + 1) + "\r\n");
}

void FakeTwitchEndpoint::sendToAll(const QByteArray &line)
{
    for (const auto &client : std::as_const(m_clients))
        if (client && client->state() == QAbstractSocket::ConnectedState)
            client->write(line + "\r\n");
}

void FakeTwitchEndpoint::closeAll()
{
    for (const auto &client : std::as_const(m_clients))
        if (client)
            client->disconnectFromHost();
}

} // namespace shopcast::test
