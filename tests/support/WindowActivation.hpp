#pragma once

class QWindow;

namespace shopcast::test {

// Makes `window` the active window on a display with no window manager, as
// a window manager would, and waits until Qt says it is active (at most
// `timeoutMs`). Qt's xcb backend asks for the X focus once, with the time of
// the last event it saw; a request the X server drops (or a focus lost to an
// inferior window) would leave the window inactive for good, so the focus is
// set again with CurrentTime every half second. On a timeout it prints who
// has the X focus and what Qt holds active, for the next reader.
bool activateWindow(QWindow *window, int timeoutMs = 30'000);

} // namespace shopcast::test
