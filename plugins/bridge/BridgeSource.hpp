#pragma once

#include "pluginapi/CommentSource.hpp"
#include "pluginapi/DecodeWorker.hpp"

#include <QPointer>
#include <QTcpServer>
#include <QWebSocketServer>

class QTcpSocket;

namespace shopcast::plugins {

// A local endpoint other tools push comments into, in the bridge JSON format:
//   WebSocket  ws://127.0.0.1:PORT/comments?token=TOKEN   one message per comment
//   HTTP       POST http://127.0.0.1:PORT/comments         Authorization: Bearer TOKEN
//              body: one object, an array of objects, or one object per line
// Listens on loopback only. A wrong token gets 401, a body over 1 MiB 413,
// bad JSON 400 with the reasons; nothing malformed reaches the chat. Budgets:
// kMaxConnections, idle timeouts, 64 KiB per WebSocket message, 1 MiB per POST.
// The JSON is parsed on the decode pool, one message after another, as the
// other sources do: ~3 µs a line is little at a busy room's 1,000 a second,
// but a 1 MiB POST (some 8,000 lines) held the GUI thread for one long turn.
// A POST is answered once its body is decoded and delivered.
class BridgeSource : public chat::CommentSource
{
    Q_OBJECT
public:
    explicit BridgeSource(QObject *parent = nullptr);
    ~BridgeSource() override;

    QString pluginId() const override { return QStringLiteral("bridge"); }
    bool configure(const QJsonObject &settings, QString *error) override; // {"port": 17891, "token": "..."}
    void start() override;
    void stop() override;

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
    // The bridge is for a few tools on this computer: more connections than
    // this are refused, and a connection that says nothing is closed.
    static constexpr int kMaxConnections = 16;
    static constexpr int kRequestIdleMs = 10'000;    // an HTTP request must arrive whole within this
    static constexpr int kWebSocketIdleMs = 300'000; // a WebSocket silent this long is closed

private:
    void onConnection();
    void onRequestData(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QJsonObject &body, bool close = true);
    bool tokenMatches(const QByteArray &given) const;
    // On the decode pool.
    static QList<chat::ChatEvent> decodeBody(const QByteArray &body);
    void deliver(const QList<chat::ChatEvent> &events);

    quint16 m_port = 17891;
    QByteArray m_token;
    QTcpServer m_server;
    QWebSocketServer m_webSockets;
    int m_connections = 0;
    // Last: destroyed first, so nothing it still decodes is delivered to a half-gone source.
    chat::DecodeWorker m_decoder;
};

} // namespace shopcast::plugins
