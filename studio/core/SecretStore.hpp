#pragma once

#include <QString>

#include <optional>

namespace shopcast::core {

// Stream keys and tokens live here, never in settings files or logs. The
// system keychain (Secret Service / KWallet through qtkeychain) is used when
// the desktop has one; when it fails (a bare server, CI, no session bus) the
// key goes to an owner-only file in the profile instead of being lost.
class SecretStore
{
public:
    explicit SecretStore(QString service, QString fallbackFile);

    bool write(const QString &key, const QString &secret, QString *error);
    std::optional<QString> read(const QString &key, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);

private:
    QString m_service;
    QString m_fallbackFile;
};

} // namespace shopcast::core
