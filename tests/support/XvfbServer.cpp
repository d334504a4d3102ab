#include "XvfbServer.hpp"

#include <QElapsedTimer>

#include <X11/Xlib.h>

#include <cstdio>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace shopcast::test {

namespace {
bool displayWorks()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        return false;
    Display *d = XOpenDisplay(nullptr);
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
    *error = QStringLiteral("Xvfb reported display %1 but it does not answer").arg(m_display);
    return false;
}

bool XvfbServer::start(QSize screenPx, QString *error)
{
    // Xvfb picks a free display itself and writes its number to the given
    // descriptor (-displayfd): two test processes starting at once can never
    // pick the same one, as they could when each probed for a free number.
    m_process.setChildProcessModifier([] {
        // The server goes when the test process goes, even if it crashes.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    m_process.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"), QStringLiteral("0"),
                                             QStringLiteral("%1x%2x24").arg(screenPx.width()).arg(screenPx.height()),
                                             QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("Xvfb could not start: %1 (install xvfb)").arg(m_process.errorString());
        return false;
    }
    QByteArray number;
    QElapsedTimer clock;
    clock.start();
    while (!number.contains('\n') && clock.elapsed() < 15000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        number += m_process.readAllStandardOutput();
    }
    bool ok = false;
    const int display = number.trimmed().toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("Xvfb did not report its display: %1").arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
        m_process.kill();
        m_process.waitForFinished();
        return false;
    }
    m_display = QStringLiteral(":%1").arg(display);
    return true;
}

bool XvfbServer::ensureOrReport()
{
    QString error;
    if (ensure(&error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

XvfbServer::~XvfbServer()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
}

} // namespace shopcast::test
