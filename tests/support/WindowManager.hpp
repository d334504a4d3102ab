#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace shopcast::test {

// A real window manager (openbox) on an X display, with a strip along the
// bottom reserved as a taskbar would (openbox's margins set _NET_WORKAREA),
// so windows get frames and title bars and the available area is smaller
// than the screen: what a laptop user has, and what a bare Xvfb is not.
class WindowManager
{
public:
    // Starts openbox on `display` and returns once it manages the screen and
    // the work area excludes the strip.
    bool start(const QString &display, int taskbarPx, QString *error);
    ~WindowManager();

private:
    QTemporaryDir m_config;
    QProcess m_process;
};

} // namespace shopcast::test
