#pragma once

#include "FakeTwitchEndpoint.hpp"
#include "SelfSignedCertificate.hpp"

#include <QStringList>
#include <QThread>

#include <functional>

namespace shopcast::test {

// Speaks Twitch's side of IRC over TLS on 127.0.0.1: answers JOIN with
// ROOMSTATE, refuses a configured token like Twitch does, can stay silent,
// records every line it receives, and sends whatever the test asks.
// The sockets run on a thread of their own (FakeTwitchEndpoint); the test
// calls in from its thread. Settings and closeAll wait until the server
// thread has taken them; sendToAll only queues (the server encrypts it on its
// own thread, later, in call order).
class FakeTwitchServer
{
public:
    FakeTwitchServer();
    ~FakeTwitchServer();
    FakeTwitchServer(const FakeTwitchServer &) = delete;
    FakeTwitchServer &operator=(const FakeTwitchServer &) = delete;

    bool start(QString *error);
    quint16 port() const { return m_endpoint.port(); }
    QString certificatePath() const { return m_certificate.certificatePath(); }

    void setRefusedToken(const QString &token);
    void setSilent(bool silent);
    void sendToAll(const QByteArray &line);
    void closeAll();

    int connections() const { return m_endpoint.connections(); }
    QStringList received() const { return m_endpoint.received(); }

private:
    void runOnServerThread(std::function<void()> job);

    SelfSignedCertificate m_certificate;
    QThread m_thread;
    FakeTwitchEndpoint m_endpoint;
};

} // namespace shopcast::test
