#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace shopcast::test {

// A real Secret Service for one test process: a private D-Bus session bus
// and gnome-keyring-daemon on it, its keyring files in a temporary
// directory, unlocked with a throwaway password. start() points this
// process's DBUS_SESSION_BUS_ADDRESS at the bus, so qtkeychain (libsecret)
// talks to it and never to the desktop's own keyring. Both daemons are
// stopped on destruction. Call start() before anything asks a keyring: the
// bus address is read once per process.
class PrivateKeyring
{
public:
    ~PrivateKeyring();
    // False with the reason when dbus-daemon or gnome-keyring-daemon is
    // missing or the service never appeared on the bus.
    bool start(QString *error);
    void stop();
    const QString &busAddress() const { return m_address; }

private:
    bool serviceOnBus() const;

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

} // namespace shopcast::test
