#pragma once

namespace shopcast::work {

// The GUI thread must never do heavy work or wait on a worker. Code that
// must stay off it says so; on the GUI thread the call is counted (silently:
// the CLI runs the same decoders on its main thread), so a test can assert
// the mechanism — "nothing was
// parsed on the GUI thread" — instead of timing the event loop.
class GuiThreadCheck
{
public:
    // what names the place for a reader of the call site; it is not kept.
    // True on the thread of the QCoreApplication (false without one).
    static bool onGuiThread();
    // Heavy work (parsing a burst, inflating a frame, writing a file).
    static void expectWorker(const char *what);
    // A primitive that blocks the calling thread until a worker answers.
    static void expectMayWait(const char *what);
    // How many expectWorker calls ran on the GUI thread in this process.
    static int heavyWorkOnGuiThread();
    // How many expectMayWait calls ran on the GUI thread in this process.
    static int waitsOnGuiThread();
};

} // namespace shopcast::work
