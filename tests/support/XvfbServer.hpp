#pragma once

#include <QProcess>
#include <QSize>
#include <QString>

namespace shopcast::test {

// Makes sure the test process has an X display: keeps a working $DISPLAY, or
// starts a private Xvfb on a display number this process holds a lock on (so
// parallel test processes never share or inherit one) and points $DISPLAY at
// it until destruction.
class XvfbServer
{
public:
    bool ensure(QString *error);
    // Always starts a server of its own with this screen size, leaving
    // $DISPLAY alone (for running another program on a given screen).
    bool start(QSize screenPx, QString *error);
    const QString &display() const { return m_display; }
    // For a test or benchmark main(): ensure(), with the reason on stderr when it fails.
    bool ensureOrReport();
    ~XvfbServer();

private:
    void stop();

    QProcess m_process;
    QString m_display;
    int m_lockFd = -1;
};

} // namespace shopcast::test
