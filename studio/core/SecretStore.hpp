#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace shopcast::core {

// Stream keys and tokens live here, never in settings files or logs. The
// system keychain (Secret Service / KWallet through qtkeychain) is used when
// the desktop has one. When it fails (a bare server, no session bus), a key
// goes to an owner-only file in the profile only once the user has chosen
// that (setFileFallbackAllowed; the file's existence keeps the choice): a
// write otherwise fails with keyringUnavailable() set, so the UI can ask.
// The file's mode is checked at every open: looser than 0600 is tightened
// (and said), another owner's file is refused.
//
// The keyring answers in its own time (D-Bus), so every call answers later,
// on the receiver's thread, and nothing waits for it: no nested event loop.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    explicit SecretStore(QString service, QString fallbackFile);

    // Every key asked at once; done(found, errors) when all have answered
    // (a key with no secret is left out of found; errors in words). Not
    // called when receiver is gone.
    void readLater(const QStringList &keys, QObject *receiver, std::function<void(const QHash<QString, QString> &found, const QStringList &errors)> done);
    // done(ok, error); on a failure because no keyring answered and the
    // file was not chosen, keyringUnavailable() is true.
    void writeLater(const QString &key, const QString &secret, QObject *receiver, std::function<void(bool ok, const QString &error)> done);
    // From the file at once, from the keyring in its own time.
    void removeLater(const QString &key);

    // True after a write that failed because no keyring answered.
    bool keyringUnavailable() const;
    void setFileFallbackAllowed(bool allowed);
    const QString &fallbackFile() const;
    // What the last file check had to say (a tightened mode), once.
    QString takeWarning();
    // Checks the fallback file now, as the studio starts: a mode loosened
    // since the last run is tightened before any key is read. What the user
    // must be told (tightened, or not usable), or empty.
    QString checkFallbackFile();

private:
    // Shared with the keyring's jobs: a write the keyring answers after the
    // store is gone (the studio closed, a profile switched) still lands in
    // the file and touches nothing freed.
    struct State;

    QString m_service;
    std::shared_ptr<State> m_state;
};

} // namespace shopcast::core
