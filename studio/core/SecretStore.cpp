#include "SecretStore.hpp"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QFile>
#include <QSettings>

namespace shopcast::core {

namespace {

// qtkeychain is asynchronous; secrets are read a handful of times per show,
// so a short local event loop keeps the callers simple.
bool runJob(QKeychain::Job &job, const QString &fallbackFile, QString *error)
{
    QSettings fallback(fallbackFile, QSettings::IniFormat);
    job.setAutoDelete(false);
    job.setInsecureFallback(true);
    job.setSettings(&fallback);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    fallback.sync();
    if (QFile::exists(fallbackFile))
        QFile::setPermissions(fallbackFile, QFile::ReadOwner | QFile::WriteOwner);
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
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
    return runJob(job, m_fallbackFile, error);
}

std::optional<QString> SecretStore::read(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job, m_fallbackFile, error))
        return std::nullopt;
    return job.textData();
}

bool SecretStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return runJob(job, m_fallbackFile, error);
}

} // namespace shopcast::core
