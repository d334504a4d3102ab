#include "SelfSignedCertificate.hpp"

#include <QProcess>

namespace shopcast::test {

bool SelfSignedCertificate::create(QString *error)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"),
                   certificatePath()});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl could not make a test certificate: %1").arg(QString::fromUtf8(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace shopcast::test
