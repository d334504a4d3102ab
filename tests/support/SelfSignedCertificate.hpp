#pragma once

#include <QString>
#include <QTemporaryDir>

namespace shopcast::test {

// A throw-away certificate and key for "localhost" (openssl), for TLS test
// servers on loopback.
class SelfSignedCertificate
{
public:
    bool create(QString *error);
    QString certificatePath() const { return m_dir.filePath(QStringLiteral("cert.pem")); }
    QString keyPath() const { return m_dir.filePath(QStringLiteral("key.pem")); }

private:
    QTemporaryDir m_dir;
};

} // namespace shopcast::test
