#pragma once

#include <QByteArray>
#include <QString>

namespace shopcast::remote {

// The protocol's authentication: secret = base64(sha256(password + salt)),
// response = base64(sha256(secret + challenge)).
class ObsAuth
{
public:
    static QByteArray secret(const QString &password, const QByteArray &salt);
    static QByteArray response(const QByteArray &secret, const QByteArray &challenge);
    // Random base64 text for a salt or a challenge.
    static QByteArray randomToken();
};

} // namespace shopcast::remote
