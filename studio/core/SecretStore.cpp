#include "SecretStore.hpp"

#include <qt6keychain/keychain.h>

#include "work/Work.hpp"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>

#include <unistd.h>

#include <utility>

namespace shopcast::core {

struct SecretStore::State
{
    QString fallbackFile;
    bool fileFallbackAllowed = false;
    bool keyringUnavailable = false;
    QString warning;

    bool allowed() const { return fileFallbackAllowed || QFileInfo::exists(fallbackFile); }
    // False when the file must not be used (not ours); tightens its mode.
    bool checkFile(QString *error);
    bool writeFile(const QString &key, const QString &secret, const QString &keychainError, QString *error);
};

SecretStore::SecretStore(QString service, QString fallbackFile)
    : m_service(std::move(service))
    , m_state(std::make_shared<State>())
{
    m_state->fallbackFile = std::move(fallbackFile);
}

bool SecretStore::keyringUnavailable() const
{
    return m_state->keyringUnavailable;
}

void SecretStore::setFileFallbackAllowed(bool allowed)
{
    m_state->fileFallbackAllowed = allowed;
}

const QString &SecretStore::fallbackFile() const
{
    return m_state->fallbackFile;
}

QString SecretStore::takeWarning()
{
    return std::exchange(m_state->warning, QString());
}

QString SecretStore::checkFallbackFile()
{
    QString error;
    if (!m_state->checkFile(&error))
        return error;
    return takeWarning();
}

bool SecretStore::State::checkFile(QString *error)
{
    const QFileInfo info(fallbackFile);
    if (!info.exists())
        return true;
    if (info.ownerId() != ::getuid()) {
        if (error)
            *error = QCoreApplication::translate("SecretStore", "%1 belongs to another user; it is not used").arg(fallbackFile);
        return false;
    }
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (QFile::permissions(fallbackFile) & others) {
        if (!QFile::setPermissions(fallbackFile, QFile::ReadOwner | QFile::WriteOwner)) {
            if (error)
                *error = QCoreApplication::translate("SecretStore", "%1 is readable by others and cannot be made owner-only; it is not used").arg(fallbackFile);
            return false;
        }
        warning = QCoreApplication::translate("SecretStore", "%1 was readable by other users; it is owner-only (0600) again").arg(fallbackFile);
    }
    return true;
}

void SecretStore::writeLater(const QString &key, const QString &secret, QObject *receiver, std::function<void(bool ok, const QString &error)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service); // deletes itself when finished
    job->setKey(key);
    job->setTextData(secret);
    // The secret is stored (keyring or file) whether or not the caller is
    // still there to hear about it; only the answer needs the receiver.
    QPointer<QObject> target(receiver);
    QObject::connect(job, &QKeychain::Job::finished, job, [state = m_state, key, secret, target, done = std::move(done)](QKeychain::Job *finished) {
        state->keyringUnavailable = false;
        QString error;
        bool ok = true;
        if (finished->error() == QKeychain::NoError) {
            if (QFileInfo::exists(state->fallbackFile) && state->checkFile(nullptr)) {
                QSettings fallback(state->fallbackFile, QSettings::IniFormat);
                fallback.remove(key); // an older fallback copy must not shadow the keyring
            }
        } else {
            ok = state->writeFile(key, secret, finished->errorString(), &error);
        }
        if (target)
            done(ok, error);
    });
    job->start();
}

bool SecretStore::State::writeFile(const QString &key, const QString &secret, const QString &keychainError, QString *error)
{
    // No usable keyring (no session bus, locked, absent): the owner-only
    // file, if the user chose it; else the caller asks them.
    if (!allowed()) {
        keyringUnavailable = true;
        *error = QCoreApplication::translate("SecretStore", "the system keyring is not available (%1)").arg(keychainError);
        return false;
    }
    if (!checkFile(error))
        return false;
    // The file is made 0600 before the first secret goes in; QSettings'
    // atomic rewrite keeps that mode (and checkFile restores it if not).
    if (!QFile::exists(fallbackFile)) {
        QFile create(fallbackFile);
        if (create.open(QIODevice::WriteOnly))
            create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QSettings fallback(fallbackFile, QSettings::IniFormat);
    fallback.setValue(key, secret);
    fallback.sync();
    if (fallback.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("SecretStore", "no keyring (%1) and %2 is not writable").arg(keychainError, fallbackFile);
        return false;
    }
    return checkFile(error);
}

void SecretStore::readLater(const QStringList &keys, QObject *receiver,
                            std::function<void(const QHash<QString, QString> &found, const QStringList &errors)> done)
{
    struct Pending
    {
        QHash<QString, QString> found;
        QStringList errors;
        int waiting = 0;
        std::function<void(const QHash<QString, QString> &, const QStringList &)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QStringList fromKeyring;
    QString fileError;
    const bool useFile = QFileInfo::exists(m_state->fallbackFile) && m_state->checkFile(&fileError);
    if (!fileError.isEmpty())
        pending->errors.append(fileError);
    for (const QString &key : keys) {
        if (useFile) {
            const QSettings fallback(m_state->fallbackFile, QSettings::IniFormat);
            if (fallback.contains(key)) {
                pending->found.insert(key, fallback.value(key).toString());
                continue;
            }
        }
        fromKeyring.append(key);
    }
    QPointer<QObject> target(receiver);
    auto finishIfDone = [pending, target] {
        if (pending->waiting == 0 && target)
            pending->done(pending->found, pending->errors);
    };
    pending->waiting = int(fromKeyring.size());
    if (fromKeyring.isEmpty()) {
        // Always answered later, as the keyring would be: callers have one path.
        if (target)
            work::Work::post(target.data(), finishIfDone);
        return;
    }
    for (const QString &key : std::as_const(fromKeyring)) {
        auto *job = new QKeychain::ReadPasswordJob(m_service); // deletes itself when finished
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, receiver, [pending, key, finishIfDone](QKeychain::Job *finished) {
            auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            if (read->error() == QKeychain::NoError)
                pending->found.insert(key, read->textData());
            else if (read->error() != QKeychain::EntryNotFound)
                pending->errors.append(read->errorString());
            --pending->waiting;
            finishIfDone();
        });
        job->start();
    }
}

void SecretStore::removeLater(const QString &key)
{
    if (QFileInfo::exists(m_state->fallbackFile) && m_state->checkFile(nullptr)) {
        QSettings fallback(m_state->fallbackFile, QSettings::IniFormat);
        fallback.remove(key);
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service); // deletes itself when finished
    job->setKey(key);
    job->start();
}

} // namespace shopcast::core
