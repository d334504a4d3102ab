#include "SecretStore.hpp"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFile>
#include <QSettings>

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

bool SecretStore::write(const QString &key, const QString &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    QString keychainError;
    QSettings fallback(m_fallbackFile, QSettings::IniFormat);
    if (runJob(job, &keychainError) == QKeychain::NoError) {
        fallback.remove(key); // an older fallback copy must not shadow the keyring
        return true;
    }
    // No usable keyring (no session bus, locked, absent): keep the key in an
    // owner-only file rather than losing it. The file is made 0600 before the
    // first secret goes in; QSettings' atomic rewrite keeps that mode.
    if (!QFile::exists(m_fallbackFile)) {
        QFile create(m_fallbackFile);
        if (create.open(QIODevice::WriteOnly))
            create.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    fallback.setValue(key, secret);
    fallback.sync();
    if (fallback.status() != QSettings::NoError) {
        if (error)
            *error = QStringLiteral("no keyring (%1) and %2 is not writable").arg(keychainError, m_fallbackFile);
        return false;
    }
    return true;
}

std::optional<QString> SecretStore::read(const QString &key, QString *error)
{
    QSettings fallback(m_fallbackFile, QSettings::IniFormat);
    if (fallback.contains(key))
        return fallback.value(key).toString();
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (runJob(job, error) != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

bool SecretStore::remove(const QString &key, QString *error)
{
    QSettings fallback(m_fallbackFile, QSettings::IniFormat);
    fallback.remove(key);
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    const QKeychain::Error result = runJob(job, error);
    return result == QKeychain::NoError || result == QKeychain::EntryNotFound || result == QKeychain::OtherError
        || result == QKeychain::NoBackendAvailable;
}

} // namespace shopcast::core
