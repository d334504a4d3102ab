#pragma once

#include <QProcess>
#include <QString>

namespace shopcast::test {

// Makes sure the test process has an X display: keeps a working $DISPLAY, or
// starts a private Xvfb and points $DISPLAY at it until destruction.
class XvfbServer
{
public:
    bool ensure(QString *error);
    // For a test or benchmark main(): ensure(), with the reason on stderr when it fails.
    bool ensureOrReport();
    ~XvfbServer();

private:
    QProcess m_process;
};

} // namespace shopcast::test
