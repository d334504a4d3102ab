#include "XvfbServer.hpp"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

#include <X11/Xlib.h>

#include <cstdio>
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
    for (int n = 100 + int(getpid() % 300); n < 1000; ++n) {
        if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)) || QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
            continue;
        m_process.start(QStringLiteral("Xvfb"), {QStringLiteral(":%1").arg(n), QStringLiteral("-screen"), QStringLiteral("0"),
                                                 QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        if (!m_process.waitForStarted(5000)) {
            *error = QStringLiteral("Xvfb could not start: %1 (install xvfb)").arg(m_process.errorString());
            return false;
        }
        qputenv("DISPLAY", QByteArray(":") + QByteArray::number(n));
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            if (displayWorks())
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        m_process.kill();
        m_process.waitForFinished();
    }
    *error = QStringLiteral("no X display and Xvfb did not come up");
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

XvfbServer::~XvfbServer()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
}

} // namespace shopcast::test
