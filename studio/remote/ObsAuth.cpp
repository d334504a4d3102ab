#include "ObsAuth.hpp"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace shopcast::remote {

QByteArray ObsAuth::secret(const QString &password, const QByteArray &salt)
{
    return QCryptographicHash::hash(password.toUtf8() + salt, QCryptographicHash::Sha256).toBase64();
}

QByteArray ObsAuth::response(const QByteArray &secret, const QByteArray &challenge)
{
    return QCryptographicHash::hash(secret + challenge, QCryptographicHash::Sha256).toBase64();
}

QByteArray ObsAuth::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64();
}

} // namespace shopcast::remote
