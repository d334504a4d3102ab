#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QObject;

namespace shopcast::core {

// Stream keys and tokens live here, never in settings files or logs. The
// system keychain (Secret Service / KWallet through qtkeychain) is used when
// the desktop has one. When it fails (a bare server, no session bus), a key
// goes to an owner-only file in the profile only once the user has chosen
// that (setFileFallbackAllowed; the file's existence keeps the choice):
// write() otherwise fails with keyringUnavailable() set, so the UI can ask.
// The file's mode is checked at every open: looser than 0600 is tightened
// (and said), another owner's file is refused.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    explicit SecretStore(QString service, QString fallbackFile);

    bool write(const QString &key, const QString &secret, QString *error);
    std::optional<QString> read(const QString &key, QString *error = nullptr);
    // The keyring's way, without waiting: every key asked at once, and
    // done(found) on receiver's thread when all have answered (a key with
    // no secret is left out of found; errors name the keys). Not called when
    // receiver is gone. This is what the GUI thread uses.
    void readLater(const QStringList &keys, QObject *receiver,
                   std::function<void(const QHash<QString, QString> &found, const QStringList &errors)> done);
    bool remove(const QString &key, QString *error = nullptr);

    // True after a write() that failed because no keyring answered.
    bool keyringUnavailable() const { return m_keyringUnavailable; }
    bool fileFallbackAllowed() const;
    void setFileFallbackAllowed(bool allowed) { m_fileFallbackAllowed = allowed; }
    const QString &fallbackFile() const { return m_fallbackFile; }
    // What the last file check had to say (a tightened mode), once.
    QString takeWarning();

private:
    // False when the file must not be used (not ours); tightens its mode.
    bool checkFile(QString *error);

    QString m_service;
    QString m_fallbackFile;
    bool m_fileFallbackAllowed = false;
    bool m_keyringUnavailable = false;
    QString m_warning;
};

} // namespace shopcast::core
