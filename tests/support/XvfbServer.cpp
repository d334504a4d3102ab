#include "XvfbServer.hpp"

#include <QElapsedTimer>
#include <QFileInfo>

#include <X11/Xlib.h>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace shopcast::test {

namespace {
bool displayWorks(const QByteArray &name = {})
{
    if (name.isEmpty() && qEnvironmentVariableIsEmpty("DISPLAY"))
        return false;
    Display *d = XOpenDisplay(name.isEmpty() ? nullptr : name.constData());
    if (!d)
        return false;
    XCloseDisplay(d);
    return true;
}
} // namespace

bool XvfbServer::ensure(QString *error)
{
    if (displayWorks())
        return true;
    if (!start(QSize(1920, 1080), error))
        return false;
    qputenv("DISPLAY", m_display.toLocal8Bit());
    if (displayWorks())
        return true;
    *error = QStringLiteral("Xvfb on display %1 does not answer").arg(m_display);
    return false;
}

bool XvfbServer::start(QSize screenPx, QString *error)
{
    // Each test process claims a display number with an flock it holds until
    // its server has exited, so parallel tests never share a display, and a
    // number is never reused while the previous server is still shutting
    // down (letting Xvfb pick with -displayfd raced exactly there: a new
    // server took :0 while the old one's socket still answered). A number
    // another X server uses (its /tmp/.Xn-lock exists) is skipped.
    // -noreset: by default an X server resets when its last client leaves, and
    // refuses connections meanwhile; our probe is that last client, so the
    // test's own connection a moment later could land in the reset and fail
    // ("could not connect to display").
    m_process.setChildProcessModifier([] {
        // The server goes when the test process goes, even if it crashes.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    for (int n = 50 + int(getpid() % 200); n < 1000; ++n) {
        const QByteArray lockPath = QByteArray("/tmp/shopcast-xvfb-") + QByteArray::number(n) + ".lock";
        const int fd = ::open(lockPath.constData(), O_CREAT | O_RDWR | O_CLOEXEC, 0666);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n))) {
            ::close(fd);
            continue;
        }
        const QString display = QStringLiteral(":%1").arg(n);
        m_process.start(QStringLiteral("Xvfb"),
                        {display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(screenPx.width()).arg(screenPx.height()),
                         QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-noreset")});
        if (!m_process.waitForStarted(5000)) {
            ::close(fd);
            *error = QStringLiteral("Xvfb could not start: %1 (install xvfb)").arg(m_process.errorString());
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 && m_process.state() == QProcess::Running) {
            if (displayWorks(display.toLocal8Bit())) {
                m_lockFd = fd;
                m_display = display;
                return true;
            }
            m_process.waitForFinished(50);
        }
        stop();
        ::close(fd);
    }
    *error = QStringLiteral("no free X display for Xvfb");
    return false;
}

bool XvfbServer::ensureOrReport()
{
    QString error;
    if (ensure(&error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

void XvfbServer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

XvfbServer::~XvfbServer()
{
    stop();
    // Only now may another test have this display number.
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

} // namespace shopcast::test
