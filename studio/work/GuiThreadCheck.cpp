#include "GuiThreadCheck.hpp"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace shopcast::work {

namespace {
std::atomic<int> s_heavy{0};
std::atomic<int> s_waits{0};

} // namespace

bool GuiThreadCheck::onGuiThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

void GuiThreadCheck::expectWorker(const char *what)
{
    if (!onGuiThread())
        return;
    ++s_heavy;
    (void)what;
}

void GuiThreadCheck::expectMayWait(const char *what)
{
    if (!onGuiThread())
        return;
    ++s_waits;
    (void)what;
}

int GuiThreadCheck::heavyWorkOnGuiThread()
{
    return s_heavy.load();
}

int GuiThreadCheck::waitsOnGuiThread()
{
    return s_waits.load();
}

} // namespace shopcast::work
