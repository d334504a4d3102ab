#pragma once

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace shopcast::test {

// Speaks the Bilibili danmaku server's side on ws://127.0.0.1: checks the auth
// packet, answers it (or refuses it with a code), answers heartbeats with
// the room's popularity unless told to stay silent, and pushes whatever
// frames the test sends.
class FakeBilibiliServer : public QObject
{
    Q_OBJECT
public:
    FakeBilibiliServer();
    bool start(QString *error);
    QString url() const;

    void setRefuseCode(int code) { m_refuseCode = code; }
    void setSilent(bool silent) { m_silent = silent; }
    void sendFrame(const QByteArray &frame);
    void closeAll();

    int connections() const { return m_connections; }
    int heartbeats() const { return m_heartbeats; }
    const QList<QJsonObject> &auths() const { return m_auths; }

private:
    void onConnection();
    void onFrame(QWebSocket *client, const QByteArray &frame);

    QWebSocketServer m_server;
    QList<QPointer<QWebSocket>> m_clients;
    QList<QJsonObject> m_auths;
    int m_refuseCode = 0;
    bool m_silent = false;
    int m_connections = 0;
    int m_heartbeats = 0;
};

} // namespace shopcast::test
