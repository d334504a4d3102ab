#pragma once

#include "SelfSignedCertificate.hpp"

#include <QList>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QStringList>

namespace shopcast::test {

// Speaks Twitch's side of IRC over TLS on 127.0.0.1: answers JOIN with
// ROOMSTATE, refuses a configured token like Twitch does, can stay silent,
// records every line it receives, and sends whatever the test asks.
class FakeTwitchServer : public QObject
{
    Q_OBJECT
public:
    bool start(QString *error);
    quint16 port() const { return m_server.serverPort(); }
    QString certificatePath() const { return m_certificate.certificatePath(); }

    void setRefusedToken(const QString &token) { m_refusedToken = token; }
    void setSilent(bool silent) { m_silent = silent; }
    void sendToAll(const QByteArray &line);
    void closeAll();

    int connections() const { return m_connections; }
    const QStringList &received() const { return m_received; }

private:
    void onConnection();
    void onLine(QSslSocket *client, const QByteArray &line);

    SelfSignedCertificate m_certificate;
    QSslServer m_server;
    QList<QPointer<QSslSocket>> m_clients;
    QStringList m_received;
    QString m_refusedToken;
    bool m_silent = false;
    int m_connections = 0;
};

} // namespace shopcast::test
