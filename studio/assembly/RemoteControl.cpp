#include "RemoteControl.hpp"

#include "core/SecretStore.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSaveFile>

namespace shopcast::assembly {

namespace {
constexpr qint64 kMaxSettingsBytes = 64 * 1024;
}

QJsonObject RemoteControl::Settings::toJson() const
{
    return {{QStringLiteral("enabled"), enabled}, {QStringLiteral("port"), int(port)}, {QStringLiteral("allowOtherDevices"), allowOtherDevices}};
}

RemoteControl::Settings RemoteControl::Settings::fromJson(const QJsonObject &json)
{
    Settings s;
    s.enabled = json.value(QStringLiteral("enabled")).toBool(false);
    const int port = json.value(QStringLiteral("port")).toInt(4455);
    s.port = port >= 1 && port <= 65535 ? quint16(port) : quint16(4455);
    s.allowOtherDevices = json.value(QStringLiteral("allowOtherDevices")).toBool(false);
    return s;
}

RemoteControl::RemoteControl(QString settingsFile, core::SecretStore &secrets, Start start, Stop stop, QObject *parent)
    : QObject(parent)
    , m_settingsFile(std::move(settingsFile))
    , m_secrets(secrets)
    , m_start(std::move(start))
    , m_stop(std::move(stop))
{}

QString RemoteControl::generatePassword()
{
    // No 0/O, 1/l/I: read off a screen and typed on a phone.
    static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 16; ++i)
        out.append(QChar::fromLatin1(kAlphabet[QRandomGenerator::system()->bounded(int(sizeof(kAlphabet) - 1))]));
    return out;
}

void RemoteControl::load(const std::optional<remote::RemoteServer::Options> &flagsOptions)
{
    QFile file(m_settingsFile);
    if (file.exists()) {
        if (file.size() > kMaxSettingsBytes || !file.open(QIODevice::ReadOnly)) {
            emit message(tr("The remote control settings (%1) cannot be read; remote control stays off.").arg(m_settingsFile), true);
        } else {
            QJsonParseError parse{};
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
            if (!doc.isObject())
                emit message(tr("The remote control settings (%1) are damaged (%2); remote control stays off.").arg(m_settingsFile, parse.errorString()), true);
            else
                m_settings = Settings::fromJson(doc.object());
        }
    }
    if (flagsOptions) {
        m_fromFlags = true;
        m_listening = true;
        m_listeningPort = flagsOptions->port;
        m_passwords = flagsOptions->passwords;
    }
    m_secrets.readLater({QLatin1String(kProducerKey), QLatin1String(kViewerKey)}, this,
                        [this](const QHash<QString, QString> &found, const QStringList &errors) {
                            for (const QString &e : errors)
                                emit message(tr("Remote control passwords: %1").arg(e), true);
                            if (m_fromFlags) {
                                m_passwordsReady = true;
                                emit changed();
                                return;
                            }
                            m_passwords.producer = found.value(QLatin1String(kProducerKey));
                            m_passwords.viewer = found.value(QLatin1String(kViewerKey));
                            const bool generated = m_passwords.producer.isEmpty() || m_passwords.viewer.isEmpty();
                            if (m_passwords.producer.isEmpty())
                                m_passwords.producer = generatePassword();
                            if (m_passwords.viewer.isEmpty())
                                m_passwords.viewer = generatePassword();
                            m_passwordsReady = true;
                            if (generated)
                                storePasswords();
                            if (m_settings.enabled) {
                                QString why;
                                if (!open(&why))
                                    emit message(why, true);
                            }
                            emit changed();
                        });
}

void RemoteControl::storePasswords()
{
    for (const auto &[key, value] : {std::pair{QLatin1String(kProducerKey), m_passwords.producer}, std::pair{QLatin1String(kViewerKey), m_passwords.viewer}}) {
        m_secrets.writeLater(key, value, this, [this](bool ok, const QString &error) {
            // Kept for this run either way; said once so the user knows it will change.
            if (!ok)
                emit message(tr("The remote control password is not saved (%1): it will be a new one at the next start.").arg(error), true);
        });
    }
}

bool RemoteControl::open(QString *error)
{
    m_stop();
    m_listening = false;
    m_fromFlags = false;
    if (!m_settings.enabled)
        return true;
    remote::RemoteServer::Options options;
    options.port = m_settings.port;
    options.allowOtherDevices = m_settings.allowOtherDevices;
    options.passwords = m_passwords;
    if (!m_start(options, error))
        return false;
    m_listening = true;
    m_listeningPort = m_settings.port;
    return true;
}

bool RemoteControl::apply(const Settings &settings, QString *error)
{
    // Unchanged settings leave a port the launch flags opened as it is.
    const bool reopen = !(settings == m_settings) || (settings.enabled && !m_listening);
    m_settings = settings;
    if (!save(error))
        return false;
    if (reopen && m_passwordsReady) {
        const bool ok = open(error);
        emit changed();
        return ok;
    }
    emit changed();
    return true;
}

void RemoteControl::regeneratePasswords()
{
    m_passwords = {generatePassword(), generatePassword()};
    storePasswords();
    if (m_listening && !m_fromFlags) {
        QString why;
        if (!open(&why))
            emit message(why, true);
    }
    emit changed();
}

bool RemoteControl::save(QString *error) const
{
    QSaveFile file(m_settingsFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_settings.toJson()).toJson()) < 0 || !file.commit()) {
        *error = tr("The remote control settings cannot be saved to %1: %2").arg(m_settingsFile, file.errorString());
        return false;
    }
    return true;
}

QStringList RemoteControl::consoleUrls() const
{
    const quint16 port = m_listening ? m_listeningPort : m_settings.port;
    QStringList urls;
    if (m_settings.allowOtherDevices && !m_fromFlags) {
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
                urls.append(QStringLiteral("http://%1:%2/").arg(a.toString()).arg(port));
    }
    urls.append(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    return urls;
}

} // namespace shopcast::assembly
