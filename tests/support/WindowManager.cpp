#include "WindowManager.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <csignal>
#include <sys/prctl.h>

namespace shopcast::test {

namespace {

// The root window's _NET_WORKAREA height for desktop 0, or -1 while no
// window manager has set it.
long workAreaHeight(const QString &display)
{
    Display *d = XOpenDisplay(display.toLocal8Bit().constData());
    if (!d)
        return -1;
    long height = -1;
    Atom type = None;
    int format = 0;
    unsigned long count = 0;
    unsigned long after = 0;
    unsigned char *data = nullptr;
    const Atom workArea = XInternAtom(d, "_NET_WORKAREA", True);
    if (workArea != None && XGetWindowProperty(d, DefaultRootWindow(d), workArea, 0, 4, False, XA_CARDINAL, &type, &format, &count, &after, &data) == Success
        && data && count >= 4 && format == 32)
        height = reinterpret_cast<long *>(data)[3];
    if (data)
        XFree(data);
    XCloseDisplay(d);
    return height;
}

long screenHeight(const QString &display)
{
    Display *d = XOpenDisplay(display.toLocal8Bit().constData());
    if (!d)
        return -1;
    const long h = DisplayHeight(d, DefaultScreen(d));
    XCloseDisplay(d);
    return h;
}

} // namespace

bool WindowManager::start(const QString &display, int taskbarPx, QString *error)
{
    // openbox's own default configuration with the bottom margin set.
    QFile defaults(QStringLiteral("/etc/xdg/openbox/rc.xml"));
    if (!defaults.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openbox is not installed (/etc/xdg/openbox/rc.xml missing; packaging/deps-debian.sh installs it)");
        return false;
    }
    QByteArray rc = defaults.readAll();
    const QByteArray marginsFrom("<bottom>0</bottom>");
    if (!rc.contains(marginsFrom)) {
        *error = QStringLiteral("openbox's rc.xml has no <margins><bottom> to set");
        return false;
    }
    rc.replace(rc.indexOf(marginsFrom), marginsFrom.size(), "<bottom>" + QByteArray::number(taskbarPx) + "</bottom>");
    const QString rcPath = QDir(m_config.path()).filePath(QStringLiteral("rc.xml"));
    QFile out(rcPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(rc) != rc.size()) {
        *error = QStringLiteral("cannot write %1").arg(rcPath);
        return false;
    }
    out.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path()); // nothing of the user's openbox setup
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(QStringLiteral("openbox"), {QStringLiteral("--config-file"), rcPath});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("openbox could not start: %1").arg(m_process.errorString());
        return false;
    }
    // Managing, with the strip reserved: the work area is the screen less it.
    const long expected = screenHeight(display) - taskbarPx;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000 && m_process.state() == QProcess::Running) {
        if (workAreaHeight(display) == expected)
            return true;
        m_process.waitForFinished(50);
    }
    *error = QStringLiteral("openbox did not set the work area on %1 (height %2, expected %3)").arg(display).arg(workAreaHeight(display)).arg(expected);
    return false;
}

WindowManager::~WindowManager()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

} // namespace shopcast::test
