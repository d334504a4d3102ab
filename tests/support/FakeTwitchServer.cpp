#include "FakeTwitchServer.hpp"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>

namespace shopcast::test {

FakeTwitchServer::FakeTwitchServer()
{
    m_thread.setObjectName(QStringLiteral("fake twitch server"));
    m_endpoint.moveToThread(&m_thread);
    m_thread.start();
}

FakeTwitchServer::~FakeTwitchServer()
{
    // Back to this thread before the thread ends, so that the endpoint is
    // destroyed where it lives.
    QThread *const here = QThread::currentThread();
    runOnServerThread([this, here] {
        m_endpoint.shutDown();
        m_endpoint.moveToThread(here);
    });
    m_thread.quit();
    m_thread.wait();
}

void FakeTwitchServer::runOnServerThread(std::function<void()> job)
{
    QMetaObject::invokeMethod(&m_endpoint, std::move(job), Qt::BlockingQueuedConnection);
}

bool FakeTwitchServer::start(QString *error)
{
    if (!m_certificate.create(error))
        return false;
    QFile keyFile(m_certificate.keyPath());
    keyFile.open(QIODevice::ReadOnly);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate::fromPath(m_certificate.certificatePath()).value(0));
    config.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    bool listening = false;
    runOnServerThread([&] { listening = m_endpoint.listen(config, error); });
    return listening;
}

void FakeTwitchServer::setRefusedToken(const QString &token)
{
    runOnServerThread([&] { m_endpoint.setRefusedToken(token); });
}

void FakeTwitchServer::setSilent(bool silent)
{
    runOnServerThread([&] { m_endpoint.setSilent(silent); });
}

void FakeTwitchServer::sendToAll(const QByteArray &line)
{
    QMetaObject::invokeMethod(
        &m_endpoint, [this, line] { m_endpoint.sendToAll(line); }, Qt::QueuedConnection);
}

void FakeTwitchServer::closeAll()
{
    runOnServerThread([this] { m_endpoint.closeAll(); });
}

} // namespace shopcast::test
