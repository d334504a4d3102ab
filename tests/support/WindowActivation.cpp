#include "WindowActivation.hpp"

#include <QDeadlineTimer>
#include <QDebug>
#include <QGuiApplication>
#include <QTest>
#include <QWindow>

#include <X11/Xlib.h>

namespace shopcast::test {

namespace {
// Sets the X input focus on `xWindow` through a connection of our own: the
// server orders its requests with Qt's, and CurrentTime is never stale.
// When X already has the focus there and Qt still has no active window, Qt
// missed or dropped that FocusIn, and setting the same focus again sends none:
// the focus goes to the root and back, so Qt sees a fresh FocusOut/FocusIn.
void setInputFocus(unsigned long xWindow, unsigned long *focusBefore)
{
    Display *display = XOpenDisplay(nullptr);
    if (!display)
        return;
    Window focus = 0;
    int revert = 0;
    XGetInputFocus(display, &focus, &revert);
    *focusBefore = focus;
    XRaiseWindow(display, xWindow);
    if (focus == xWindow) {
        XSetInputFocus(display, DefaultRootWindow(display), RevertToParent, CurrentTime);
        XSync(display, False);
    }
    XSetInputFocus(display, xWindow, RevertToParent, CurrentTime);
    XSync(display, False);
    XCloseDisplay(display);
}
} // namespace

bool activateWindow(QWindow *window, int timeoutMs)
{
    if (!window)
        return false;
    window->requestActivate();
    QDeadlineTimer deadline(timeoutMs);
    QDeadlineTimer nextNudge(500);
    unsigned long focusSeen = 0;
    int nudges = 0;
    while (!window->isActive()) {
        if (deadline.hasExpired()) {
            QWindow *focusWindow = QGuiApplication::focusWindow();
            qWarning().nospace() << "activateWindow: " << window << " (X window 0x" << Qt::hex << window->winId() << ") never became active; X focus was on 0x"
                                 << focusSeen << Qt::dec << " before the last of " << nudges << " nudges, Qt's focus window is " << focusWindow
                                 << ", its modal window " << QGuiApplication::modalWindow();
            return false;
        }
        if (nextNudge.hasExpired()) {
            setInputFocus(window->winId(), &focusSeen);
            ++nudges;
            nextNudge.setRemainingTime(500);
        }
        QTest::qWait(20);
    }
    return true;
}

} // namespace shopcast::test
