#pragma once

#include "ConsoleAssets.hpp"
#include "RemoteSession.hpp"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QWebSocketServer>

#include <memory>
#include <vector>

class QTcpSocket;
class QWebSocket;

namespace shopcast::remote {

class RequestHandler;

// The studio's remote-control port: obs-websocket 5.x clients (Stream Deck,
// Touch Portal, Companion, scripts) over a WebSocket, and the 场控
// console's page over plain HTTP on the same port. Each connection's first
// request is peeked (not read): an Upgrade goes to the WebSocket server,
// anything else gets an HTTP answer. On the GUI thread: messages are small
// and every answer is the action registry's, which lives there.
//
// Budgets: at most maxClients sessions (the next handshake is answered 503
// with Retry-After; two racing for the last place: the loser is closed with
// 4000), messages up to maxMessageBytes (Qt closes with 1009), a
// request line and headers up to 8 KiB, and an address that failed to
// authenticate maxFailedLogins times within a minute is shut out for that
// minute (closed with 4009 before it may try).
class RemoteServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 4455;
        bool allowOtherDevices = false; // else only this machine (127.0.0.1 / ::1)
        bool ipv4Only = false;
        RemoteSession::Passwords passwords;
        int maxClients = 32;
        qint64 maxMessageBytes = 256 * 1024;
        int maxFailedLogins = 5;
        qint64 lockoutMs = 60'000;
        bool debug = false; // every message in and out on stderr
    };
    static constexpr int kMaxHeaderBytes = 8 * 1024;

    explicit RemoteServer(RequestHandler &handler, QObject *parent = nullptr);
    ~RemoteServer() override;

    bool listen(const Options &options, QString *error);
    void close();
    bool isListening() const { return m_tcp.isListening(); }
    quint16 port() const { return m_tcp.serverPort(); }
    const Options &options() const { return m_options; }
    int clientCount() const { return int(m_sessions.size()); }

    // To every identified client subscribed to intent.
    void broadcastEvent(const QString &type, quint32 intent, const QJsonObject &data = {});

signals:
    void clientsChanged(int count);
    // A client failed to authenticate (logged; the host may be told).
    void authenticationFailed(const QString &address);

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        std::unique_ptr<RemoteSession> session;
        bool msgpack = false; // subprotocol obswebsocket.msgpack; else JSON text
    };
    // A JSON message to a client, in its encoding.
    // msgpack: the same message already encoded for MessagePack clients, or
    // null to encode it here; an event to every client is encoded once.
    void send(const Client &client, const QByteArray &json, QByteArray *msgpack = nullptr) const;
    void onTcpConnection();
    void route(QTcpSocket *socket);
    void onWebSocket();
    void onMessage(QWebSocket *socket, const QByteArray &message);
    void drop(QWebSocket *socket);
    bool lockedOut(const QString &address);
    void log(const QString &direction, const QString &address, const QByteArray &text) const;

    RequestHandler &m_handler;
    Options m_options;
    QTcpServer m_tcp;
    QWebSocketServer m_ws;
    ConsoleAssets m_console;
    QByteArray m_salt;
    std::vector<Client> m_sessions;
    QHash<QString, QList<qint64>> m_failures; // address -> when (ms on m_clock)
    QElapsedTimer m_clock;
};

} // namespace shopcast::remote
