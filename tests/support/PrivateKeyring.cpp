#include "PrivateKeyring.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace shopcast::test {

PrivateKeyring::~PrivateKeyring()
{
    stop();
}

namespace {

// Each daemon goes when this test process goes, even killed or crashed:
// the kernel sends it SIGTERM when its parent dies.
void dieWithParent(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

} // namespace

bool PrivateKeyring::start(QString *error)
{
    for (const char *tool : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            *error = QStringLiteral("%1 is missing: install dbus and gnome-keyring (packaging/deps-debian.sh)").arg(QString::fromLatin1(tool));
            return false;
        }
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    // The bus listens on a socket in our own directory: no port, no race
    // with another test's bus.
    dieWithParent(m_bus);
    dieWithParent(m_keyring);
    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                                                QStringLiteral("--address=unix:dir=") + m_dir.path()});
    if (!m_bus.waitForStarted(10'000) || !m_bus.waitForReadyRead(10'000)) {
        *error = QStringLiteral("dbus-daemon did not start: ") + QString::fromLocal8Bit(m_bus.readAllStandardError());
        return false;
    }
    m_address = QString::fromLocal8Bit(m_bus.readLine()).trimmed();
    if (m_address.isEmpty()) {
        *error = QStringLiteral("dbus-daemon printed no address");
        return false;
    }

    // The keyring keeps its files under HOME/XDG_DATA_HOME: both ours.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString runtime = m_dir.filePath(QStringLiteral("run"));
    QDir().mkpath(home);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_keyring.setProcessEnvironment(env);
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10'000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start");
        return false;
    }
    // QProcess writes when asked to wait or when an event loop runs; this
    // setup runs none, so the password is pushed out before the wait below.
    m_keyring.write("shopcast-test-password");
    m_keyring.waitForBytesWritten(5'000);
    m_keyring.closeWriteChannel();
    QElapsedTimer waited;
    waited.start();
    while (!serviceOnBus()) {
        if (waited.elapsed() > 20'000 || m_keyring.state() != QProcess::Running) {
            *error = QStringLiteral("the keyring never appeared on the bus: ") + QString::fromLocal8Bit(m_keyring.readAllStandardError());
            return false;
        }
        QThread::msleep(50); // a test's setup, before the code under test runs
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toLocal8Bit());
    return true;
}

bool PrivateKeyring::serviceOnBus() const
{
    QProcess ask;
    ask.start(QStringLiteral("dbus-send"),
              {QStringLiteral("--bus=") + m_address, QStringLiteral("--print-reply"), QStringLiteral("--dest=org.freedesktop.DBus"),
               QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:org.freedesktop.secrets")});
    if (!ask.waitForFinished(5'000))
        return false;
    return ask.readAllStandardOutput().contains("boolean true");
}

void PrivateKeyring::stop()
{
    for (QProcess *p : {&m_keyring, &m_bus}) {
        if (p->state() == QProcess::NotRunning)
            continue;
        p->terminate();
        if (!p->waitForFinished(5'000)) {
            p->kill();
            p->waitForFinished(5'000);
        }
    }
}

} // namespace shopcast::test
