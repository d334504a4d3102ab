#include "BridgeSource.hpp"

#include "chat/BridgeCodec.hpp"
#include "chat/HttpRequestHead.hpp"

#include "pluginapi/PluginMetadata.hpp"
#include "work/GuiThreadCheck.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QTimer>
#include <QWebSocket>

namespace shopcast::plugins {

using namespace shopcast::chat;

BridgeSource::BridgeSource(QObject *parent)
    : CommentSource(parent)
    , m_webSockets(QStringLiteral("shopcast-bridge"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &BridgeSource::onConnection);
    // Qt's default allows a 2 GiB message: the bridge takes what a comment
    // (or a batch of them) can be.
    m_webSockets.setMaxPendingConnections(kMaxConnections);
    connect(&m_webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *ws = m_webSockets.nextPendingConnection()) {
            ws->setMaxAllowedIncomingMessageSize(quint64(chat::BridgeCodec::kMaxMessageBytes));
            ws->setMaxAllowedIncomingFrameSize(quint64(chat::BridgeCodec::kMaxMessageBytes));
            auto *idle = new QTimer(ws);
            idle->setSingleShot(true);
            idle->setInterval(kWebSocketIdleMs);
            connect(idle, &QTimer::timeout, ws, [ws] { ws->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("idle")); });
            idle->start();
            connect(ws, &QWebSocket::textMessageReceived, this, [this, idle](const QString &message) {
                idle->start();
                m_decoder.run(
                    this, [message] { return decodeBody(message.toUtf8()); }, [this](const QList<ChatEvent> &events) { deliver(events); });
            });
            connect(ws, &QWebSocket::binaryMessageReceived, this, [this, idle](const QByteArray &message) {
                idle->start();
                m_decoder.run(
                    this, [message] { return decodeBody(message); }, [this](const QList<ChatEvent> &events) { deliver(events); });
            });
            ++m_connections;
            connect(ws, &QObject::destroyed, this, [this] { --m_connections; });
            connect(ws, &QWebSocket::disconnected, ws, &QObject::deleteLater);
        }
    });
}

BridgeSource::~BridgeSource()
{
    stop();
}

bool BridgeSource::configure(const QJsonObject &settings, QString *error)
{
    m_token = settings.value(QStringLiteral("token")).toString().toUtf8();
    if (m_token.size() < 8) {
        *error = tr("the bridge needs a token of at least 8 characters");
        return false;
    }
    // The default port is in bridge.json, nowhere else.
    if (const QString missing = PluginMetadata::missingSettings(settings, {QStringLiteral("port")}); !missing.isEmpty()) {
        *error = missing;
        return false;
    }
    m_port = quint16(settings.value(QStringLiteral("port")).toInt());
    return true;
}

void BridgeSource::start()
{
    // Loopback only: the bridge is for tools on this computer.
    if (!m_server.listen(QHostAddress::LocalHost, m_port)) {
        setState(State::Error, tr("cannot listen on 127.0.0.1:%1: %2").arg(m_port).arg(m_server.errorString()));
        return;
    }
    setState(State::Live, tr("listening on 127.0.0.1:%1").arg(m_server.serverPort()));
}

void BridgeSource::stop()
{
    m_server.close();
    if (state() != State::Idle)
        setState(State::Idle);
}

bool BridgeSource::tokenMatches(const QByteArray &given) const
{
    // Constant time, so the token cannot be guessed a byte at a time.
    if (given.size() != m_token.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= char(given.at(i) ^ m_token.at(i));
    return diff == 0;
}

void BridgeSource::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            respond(socket, 503, "Service Unavailable", {{QStringLiteral("error"), tr("over %1 connections to the bridge").arg(kMaxConnections)}});
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        ++m_connections;
        // Counted until the socket goes, or becomes a WebSocket.
        auto *idle = new QTimer(socket);
        idle->setObjectName(QStringLiteral("requestIdle"));
        idle->setSingleShot(true);
        idle->setInterval(kRequestIdleMs);
        connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
        idle->start();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRequestData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    }
}

void BridgeSource::onRequestData(QTcpSocket *socket)
{
    // After a refusal, the rest of the client's upload is read and dropped so
    // it can read our answer instead of seeing the connection reset.
    const qint64 drain = socket->property("drainBytes").toLongLong();
    if (drain > 0) {
        const qint64 left = drain - socket->read(std::min<qint64>(drain, socket->bytesAvailable())).size();
        socket->setProperty("drainBytes", left);
        if (left <= 0)
            socket->disconnectFromHost();
        return;
    }
    const QByteArray peeked = socket->peek(64 * 1024);
    const auto head = HttpRequestHead::parse(peeked);
    if (!head) {
        if (peeked.size() >= 64 * 1024)
            respond(socket, 431, "Request Header Fields Too Large", {{QStringLiteral("error"), tr("headers over 64 KiB")}});
        return; // wait for the rest of the head
    }
    const QUrl url(QString::fromUtf8(head->target));
    QByteArray token = head->headers.value("authorization");
    if (token.startsWith("Bearer "))
        token = token.mid(7);
    if (token.isEmpty())
        token = QUrlQuery(url).queryItemValue(QStringLiteral("token")).toUtf8();
    if (url.path() != QLatin1String("/comments")) {
        respond(socket, 404, "Not Found", {{QStringLiteral("error"), tr("the bridge answers on /comments")}});
        return;
    }
    if (!tokenMatches(token)) {
        respond(socket, 401, "Unauthorized", {{QStringLiteral("error"), tr("missing or wrong token")}});
        return;
    }
    if (head->method == "GET" && head->headers.value("upgrade").toLower() == "websocket") {
        disconnect(socket, nullptr, this, nullptr);
        delete socket->findChild<QTimer *>(QStringLiteral("requestIdle"));
        // The WebSocket server takes the socket over; the WebSocket it makes
        // is counted from then on (see newConnection).
        --m_connections;
        m_webSockets.handleConnection(socket); // the handshake is still unread
        return;
    }
    if (head->method != "POST") {
        respond(socket, 405, "Method Not Allowed", {{QStringLiteral("error"), tr("POST comments, or open a WebSocket")}});
        return;
    }
    bool ok = false;
    const qsizetype length = head->headers.value("content-length").toLongLong(&ok);
    if (!ok || length < 0) {
        respond(socket, 411, "Length Required", {{QStringLiteral("error"), tr("Content-Length is required")}});
        return;
    }
    if (length > kMaxBodyBytes) {
        socket->read(head->headerBytes);
        socket->setProperty("drainBytes", qint64(length));
        respond(socket, 413, "Payload Too Large", {{QStringLiteral("error"), tr("body over 1 MiB")}}, false);
        onRequestData(socket);
        return;
    }
    if (socket->bytesAvailable() < head->headerBytes + length)
        return; // wait for the whole body
    socket->read(head->headerBytes);
    const QByteArray body = socket->read(length);
    // One request a connection (the answer closes it): what else the client sends is not read.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_decoder.run(
        this, [body] { return decodeBody(body); },
        [this, socket = QPointer<QTcpSocket>(socket)](const QList<ChatEvent> &events) {
            QJsonArray errors;
            int accepted = 0;
            for (const ChatEvent &e : events) {
                if (e.type == ChatEvent::Type::Error)
                    errors.append(e.text);
                else
                    ++accepted;
            }
            // Errors go back to the sender in the reply; only good comments reach the chat.
            QList<ChatEvent> good = events;
            good.removeIf([](const ChatEvent &e) { return e.type == ChatEvent::Type::Error; });
            deliver(good);
            if (socket) // a client that hung up still had its comments taken
                respond(socket, accepted > 0 || errors.isEmpty() ? 202 : 400, accepted > 0 || errors.isEmpty() ? "Accepted" : "Bad Request",
                        {{QStringLiteral("accepted"), accepted}, {QStringLiteral("errors"), errors}});
        });
}

QList<ChatEvent> BridgeSource::decodeBody(const QByteArray &body)
{
    work::GuiThreadCheck::expectWorker("BridgeSource::decodeBody");
    QList<ChatEvent> out;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            out.append(ChatEvent::error(QStringLiteral("bridge"), tr("not valid JSON: %1").arg(parseError.errorString())));
            return out;
        }
        for (const QJsonValue v : doc.array())
            out.append(BridgeCodec::decode(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact), BridgeCodec::relayedPlatforms()));
        return out;
    }
    for (const QByteArray &line : trimmed.split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(BridgeCodec::decode(line.trimmed(), BridgeCodec::relayedPlatforms()));
    return out;
}

void BridgeSource::deliver(const QList<ChatEvent> &events)
{
    if (!events.isEmpty())
        emit eventsReceived(events);
}

void BridgeSource::respond(QTcpSocket *socket, int status, const QByteArray &reason, const QJsonObject &body, bool close)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                  + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
    if (close)
        socket->disconnectFromHost();
}

} // namespace shopcast::plugins
