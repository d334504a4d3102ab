#include "SecretStore.hpp"

#include <qt6keychain/keychain.h>

#include "work/Work.hpp"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>

#include <unistd.h>

#include <utility>

namespace shopcast::core {

namespace {

// qtkeychain is asynchronous; secrets are read a handful of times per show,
// so a short local event loop keeps the callers simple.
QKeychain::Error runJob(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError && error)
        *error = job.errorString();
    return job.error();
}

} // namespace

SecretStore::SecretStore(QString service, QString fallbackFile)
    : m_service(std::move(service))
    , m_fallbackFile(std::move(fallbackFile))
{
}

bool SecretStore::fileFallbackAllowed() const
{
    return m_fileFallbackAllowed || QFileInfo::exists(m_fallbackFile);
}

QString SecretStore::takeWarning()
{
    return std::exchange(m_warning, QString());
}

bool SecretStore::checkFile(QString *error)
{
    const QFileInfo info(m_fallbackFile);
    if (!info.exists())
        return true;
    if (info.ownerId() != ::getuid()) {
        if (error)
            *error = tr("%1 belongs to another user; it is not used").arg(m_fallbackFile);
        return false;
    }
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (QFile::permissions(m_fallbackFile) & others) {
        if (!QFile::setPermissions(m_fallbackFile, QFile::ReadOwner | QFile::WriteOwner)) {
            if (error)
                *error = tr("%1 is readable by others and cannot be made owner-only; it is not used").arg(m_fallbackFile);
            return false;
        }
        m_warning = tr("%1 was readable by other users; it is owner-only (0600) again").arg(m_fallbackFile);
    }
    return true;
}

bool SecretStore::write(const QString &key, const QString &secret, QString *error)
{
    m_keyringUnavailable = false;
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    QString keychainError;
    if (runJob(job, &keychainError) == QKeychain::NoError) {
        if (QFileInfo::exists(m_fallbackFile) && checkFile(nullptr)) {
            QSettings fallback(m_fallbackFile, QSettings::IniFormat);
            fallback.remove(key); // an older fallback copy must not shadow the keyring
        }
        return true;
    }
    // No usable keyring (no session bus, locked, absent): the owner-only
    // file, if the user chose it; else the caller asks them.
    if (!fileFallbackAllowed()) {
        m_keyringUnavailable = true;
        if (error)
            *error = tr("the system keyring is not available (%1)").arg(keychainError);
        return false;
    }
    if (!checkFile(error))
        return false;
    // The file is made 0600 before the first secret goes in; QSettings'
    // atomic rewrite keeps that mode (and checkFile restores it if not).
    if (!QFile::exists(m_fallbackFile)) {
        QFile create(m_fallbackFile);
        if (create.open(QIODevice::WriteOnly))
            create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QSettings fallback(m_fallbackFile, QSettings::IniFormat);
    fallback.setValue(key, secret);
    fallback.sync();
    if (fallback.status() != QSettings::NoError) {
        if (error)
            *error = tr("no keyring (%1) and %2 is not writable").arg(keychainError, m_fallbackFile);
        return false;
    }
    return checkFile(error);
}

std::optional<QString> SecretStore::read(const QString &key, QString *error)
{
    if (QFileInfo::exists(m_fallbackFile) && checkFile(error)) {
        QSettings fallback(m_fallbackFile, QSettings::IniFormat);
        if (fallback.contains(key))
            return fallback.value(key).toString();
    }
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (runJob(job, error) != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
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
    const bool useFile = QFileInfo::exists(m_fallbackFile) && checkFile(&fileError);
    if (!fileError.isEmpty())
        pending->errors.append(fileError);
    for (const QString &key : keys) {
        if (useFile) {
            const QSettings fallback(m_fallbackFile, QSettings::IniFormat);
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

bool SecretStore::remove(const QString &key, QString *error)
{
    if (QFileInfo::exists(m_fallbackFile) && checkFile(error)) {
        QSettings fallback(m_fallbackFile, QSettings::IniFormat);
        fallback.remove(key);
    }
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    const QKeychain::Error result = runJob(job, error);
    return result == QKeychain::NoError || result == QKeychain::EntryNotFound || result == QKeychain::OtherError
        || result == QKeychain::NoBackendAvailable;
}

} // namespace shopcast::core
