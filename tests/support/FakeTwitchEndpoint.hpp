#pragma once

#include <QList>
#include <QMutex>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QStringList>

namespace shopcast::test {

// The TLS side of FakeTwitchServer, living on the server's own thread: it
// answers IRC like Twitch does and encrypts what it sends there, so a test
// that measures the GUI thread measures the studio, not the fake.
// What the test reads (lines received, connections) is behind a mutex; all
// else is touched on the endpoint's thread only.
class FakeTwitchEndpoint : public QObject
{
    Q_OBJECT
public:
    bool listen(const QSslConfiguration &config, QString *error);
    void shutDown();
    quint16 port() const;

    void setRefusedToken(const QString &token);
    void setSilent(bool silent);
    void sendToAll(const QByteArray &line);
    void closeAll();

    int connections() const;
    QStringList received() const;

private:
    void onConnection();
    void onLine(QSslSocket *client, const QByteArray &line);

    QSslServer *m_server = nullptr;
    QList<QPointer<QSslSocket>> m_clients;
    QString m_refusedToken;
    bool m_silent = false;

    mutable QMutex m_mutex;
    QStringList m_received;
    int m_connections = 0;
    quint16 m_port = 0;
};

} // namespace shopcast::test
