#include "RemoteServer.hpp"

#include "ObsAuth.hpp"
#include "MsgPackJson.hpp"
#include "ObsWebSocketProtocol.hpp"

#include <QJsonDocument>

#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>

namespace shopcast::remote {

namespace {

// The value of one header in a raw request head, or empty.
QByteArray header(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void answerHttp(QTcpSocket *socket, const QByteArray &status, const QByteArray &body)
{
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
                  + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace

RemoteServer::RemoteServer(RequestHandler &handler, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_ws(QStringLiteral("ShopCast Studio"), QWebSocketServer::NonSecureMode)
    , m_salt(ObsAuth::randomToken())
{
    m_clock.start();
    m_ws.setSupportedSubprotocols({QString::fromLatin1(kSubprotocolJson), QString::fromLatin1(kSubprotocolMsgPack)});
    connect(&m_tcp, &QTcpServer::newConnection, this, &RemoteServer::onTcpConnection);
    connect(&m_ws, &QWebSocketServer::newConnection, this, &RemoteServer::onWebSocket);
}

RemoteServer::~RemoteServer()
{
    close();
}

bool RemoteServer::listen(const Options &options, QString *error)
{
    close();
    m_options = options;
    const QHostAddress address = options.allowOtherDevices ? (options.ipv4Only ? QHostAddress::AnyIPv4 : QHostAddress::Any) : QHostAddress::LocalHost;
    if (!m_tcp.listen(address, options.port)) {
        *error = tr("The remote control cannot listen on port %1: %2").arg(options.port).arg(m_tcp.errorString());
        return false;
    }
    return true;
}

void RemoteServer::close()
{
    m_tcp.close();
    for (Client &c : m_sessions) {
        c.socket->disconnect(this);
        c.socket->close(QWebSocketProtocol::CloseCodeGoingAway, tr("The studio is closing."));
        c.socket->deleteLater();
    }
    const bool had = !m_sessions.empty();
    m_sessions.clear();
    if (had)
        emit clientsChanged(0);
}

void RemoteServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { route(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A connection that never says what it wants does not hold a place.
        QTimer::singleShot(10'000, socket, [socket] {
            if (socket->property("routed").toBool())
                return;
            socket->abort();
        });
    }
}

void RemoteServer::route(QTcpSocket *socket)
{
    if (socket->property("routed").toBool())
        return;
    const QByteArray head = socket->peek(kMaxHeaderBytes + 1);
    const int end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHeaderBytes) {
            socket->setProperty("routed", true);
            answerHttp(socket, "431 Request Header Fields Too Large", "request headers over 8 KiB\n");
        }
        return; // the rest of the head is on its way
    }
    socket->setProperty("routed", true);
    socket->disconnect(this);
    const QByteArray request = head.left(end);
    if (header(request, "upgrade").toLower() != "websocket") {
        socket->read(end + 4);
        const int lineEnd = request.indexOf("\r\n");
        const QList<QByteArray> line = (lineEnd < 0 ? request : request.left(lineEnd)).split(' ');
        socket->write(m_console.answer(line.value(0), line.value(1), header(request, "host")));
        socket->disconnectFromHost();
        return;
    }
    // A page on another site in the host's browser must not drive the
    // studio: a browser always names the page's origin, which must be this
    // server's own. Clients that are not browsers send none.
    const QByteArray origin = header(request, "origin");
    if (!origin.isEmpty() && origin != "http://" + header(request, "host")) {
        socket->read(end + 4);
        answerHttp(socket, "403 Forbidden", "a page of another origin may not open the studio's remote control\n");
        return;
    }
    if (int(m_sessions.size()) >= m_options.maxClients) {
        socket->read(end + 4);
        answerHttp(socket, "503 Service Unavailable\r\nRetry-After: 10",
                   "too many remote clients (at most " + QByteArray::number(m_options.maxClients) + ")\n");
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (lockedOut(address)) {
        socket->read(end + 4);
        answerHttp(socket, "429 Too Many Requests", "too many failed logins from this address; wait a minute\n");
        return;
    }
    m_ws.handleConnection(socket);
}

bool RemoteServer::lockedOut(const QString &address)
{
    QList<qint64> &times = m_failures[address];
    const qint64 now = m_clock.elapsed();
    times.erase(std::remove_if(times.begin(), times.end(), [&](qint64 t) { return now - t > m_options.lockoutMs; }), times.end());
    if (times.isEmpty())
        m_failures.remove(address);
    return times.size() >= m_options.maxFailedLogins;
}

void RemoteServer::onWebSocket()
{
    while (QWebSocket *socket = m_ws.nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
        if (int(m_sessions.size()) >= m_options.maxClients) {
            // Goes once the close frame is out.
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            socket->close(QWebSocketProtocol::CloseCode(CloseCode::UnknownReason), tr("Too many clients (at most %1).").arg(m_options.maxClients));
            continue;
        }
        const QString address = socket->peerAddress().toString();
        auto session = std::make_unique<RemoteSession>(m_options.passwords, m_salt, address);
        const QByteArray hello = session->hello();
        const bool msgpack = socket->subprotocol() == QLatin1String(kSubprotocolMsgPack);
        m_sessions.push_back({socket, std::move(session), msgpack});
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket, msgpack](const QString &text) {
            if (msgpack) {
                socket->close(QWebSocketProtocol::CloseCode(CloseCode::MessageDecodeError), tr("This session speaks MessagePack: send binary messages."));
                return;
            }
            onMessage(socket, text.toUtf8());
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket, msgpack](const QByteArray &bytes) {
            if (!msgpack) {
                socket->close(QWebSocketProtocol::CloseCode(CloseCode::MessageDecodeError), tr("This session speaks JSON: send text messages."));
                return;
            }
            QString why;
            const std::optional<QJsonObject> message = MsgPackJson::decode(bytes, &why);
            if (!message) {
                socket->close(QWebSocketProtocol::CloseCode(CloseCode::MessageDecodeError), tr("Your message is not valid MessagePack: %1").arg(why));
                return;
            }
            onMessage(socket, QJsonDocument(*message).toJson(QJsonDocument::Compact));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        log(QStringLiteral("out"), address, hello);
        send(m_sessions.back(), hello);
        emit clientsChanged(clientCount());
    }
}

void RemoteServer::send(const Client &client, const QByteArray &json, QByteArray *msgpack) const
{
    client.session->noteSent();
    if (client.msgpack) {
        QByteArray own;
        QByteArray &encoded = msgpack ? *msgpack : own;
        if (encoded.isEmpty())
            encoded = MsgPackJson::encode(QJsonDocument::fromJson(json).object());
        client.socket->sendBinaryMessage(encoded);
    } else
        client.socket->sendTextMessage(QString::fromUtf8(json));
}

void RemoteServer::onMessage(QWebSocket *socket, const QByteArray &message)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [socket](const Client &c) { return c.socket == socket; });
    if (it == m_sessions.end())
        return;
    RemoteSession &session = *it->session;
    log(QStringLiteral("in"), session.address(), message);
    const RemoteSession::Outcome out = session.receive(message, m_handler);
    for (const QByteArray &reply : out.replies) {
        log(QStringLiteral("out"), session.address(), reply);
        send(*it, reply);
    }
    if (out.authenticationFailed) {
        m_failures[session.address()].append(m_clock.elapsed());
        std::fprintf(stderr, "shopcast: remote control: failed login from %s\n", qPrintable(session.address()));
        emit authenticationFailed(session.address());
    }
    if (out.closeCode != 0)
        socket->close(QWebSocketProtocol::CloseCode(out.closeCode), out.closeReason);
}

void RemoteServer::drop(QWebSocket *socket)
{
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(), [socket](const Client &c) { return c.socket == socket; });
    if (it == m_sessions.end())
        return;
    m_sessions.erase(it);
    socket->deleteLater();
    emit clientsChanged(clientCount());
}

void RemoteServer::broadcastEvent(const QString &type, quint32 intent, const QJsonObject &data)
{
    const QByteArray message = RemoteSession::event(type, intent, data);
    QByteArray msgpack; // encoded for the first MessagePack client, sent to all
    for (const Client &c : m_sessions) {
        if (!c.session->isIdentified() || (c.session->eventSubscriptions() & intent) == 0)
            continue;
        log(QStringLiteral("out"), c.session->address(), message);
        send(c, message, &msgpack);
    }
}

void RemoteServer::log(const QString &direction, const QString &address, const QByteArray &text) const
{
    if (m_options.debug)
        std::fprintf(stderr, "shopcast: remote %s %s: %s\n", qPrintable(direction), qPrintable(address), text.left(2048).constData());
}

} // namespace shopcast::remote
