#pragma once

#include "remote/RemoteServer.hpp"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopcast::core {
class SecretStore;
}

namespace shopcast::assembly {

// The remote-control port as the user sets it up (Settings → Remote
// control): off by default; when on, on this machine only unless the user
// allows other devices on the network. The producer's and the viewer's
// passwords are generated (never chosen weak by default), kept in the
// secret store, and shown to the user to copy or scan. Launch flags
// (--websocket_port ...) still open a port for one run without touching
// this; the settings apply from then on.
class RemoteControl : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        bool enabled = false;
        quint16 port = 4455; // obs-websocket's, so control surfaces find it
        bool allowOtherDevices = false;

        QJsonObject toJson() const;
        static Settings fromJson(const QJsonObject &json);
        friend bool operator==(const Settings &, const Settings &) = default;
    };
    static constexpr const char *kProducerKey = "remote/producer-password";
    static constexpr const char *kViewerKey = "remote/viewer-password";

    using Start = std::function<bool(const remote::RemoteServer::Options &options, QString *error)>;
    using Stop = std::function<void()>;
    // settingsFile: the profile's remote.json.
    RemoteControl(QString settingsFile, core::SecretStore &secrets, Start start, Stop stop, QObject *parent = nullptr);

    // Reads the settings now and the passwords in their own time (the
    // keyring answers later); opens the port then, when enabled. A port
    // already opened by launch flags (flagsOptions) is left as it is.
    void load(const std::optional<remote::RemoteServer::Options> &flagsOptions = std::nullopt);
    const Settings &settings() const { return m_settings; }
    // Saves and applies: the port opens, closes or reopens with the new
    // options (every client is disconnected by a reopen). False with the
    // reason when it cannot listen or cannot be saved.
    bool apply(const Settings &settings, QString *error);
    // New passwords for both roles (every console must log in again).
    void regeneratePasswords();

    bool isListening() const { return m_listening; }
    // Opened by --websocket_port for this run, not by the settings.
    bool fromLaunchFlags() const { return m_fromFlags; }
    quint16 listeningPort() const { return m_listeningPort; }
    bool passwordsReady() const { return m_passwordsReady; }
    const QString &producerPassword() const { return m_passwords.producer; }
    const QString &viewerPassword() const { return m_passwords.viewer; }
    // Where a phone opens the console: this machine's addresses on the
    // network when other devices are allowed (else 127.0.0.1), with the port.
    QStringList consoleUrls() const;

    static QString generatePassword();

signals:
    void changed();
    void message(const QString &text, bool isError);

private:
    bool save(QString *error) const;
    bool open(QString *error);
    void storePasswords();

    QString m_settingsFile;
    core::SecretStore &m_secrets;
    Start m_start;
    Stop m_stop;
    Settings m_settings;
    remote::RemoteSession::Passwords m_passwords;
    bool m_passwordsReady = false;
    bool m_listening = false;
    bool m_fromFlags = false;
    quint16 m_listeningPort = 0;
};

} // namespace shopcast::assembly
