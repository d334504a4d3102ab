#include "WorkPools.hpp"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <array>

namespace shopcast::work {

namespace {
void joinAll();

struct Pools
{
    Pools()
    {
        const int cores = std::max(2, QThread::idealThreadCount());
        for (std::size_t i = 0; i < pools.size(); ++i)
            pools[i].setObjectName(WorkPools::name(Pool(i)));
        pools[std::size_t(Pool::Compute)].setMaxThreadCount(cores);
        // Strands queue on it; several sources decode at once.
        pools[std::size_t(Pool::Decode)].setMaxThreadCount(cores);
        // Disk-bound: two at a time keep a recording's writes smooth.
        pools[std::size_t(Pool::Media)].setMaxThreadCount(2);
        // Each job mostly sleeps in a library call: threads, not cores.
        pools[std::size_t(Pool::Blocking)].setMaxThreadCount(16);
        // The pools' threads end with the application, not after it: a
        // thread that drew text keeps Qt's per-thread font cache, which goes
        // with Qt's own statics, before these pools' would.
        qAddPostRoutine(joinAll);
    }
    std::array<QThreadPool, 4> pools;
};

Pools &pools()
{
    // Made on first use, in the one shared library every part of the studio
    // links, so a plugin and the studio share the same pools.
    static Pools instance;
    return instance;
}

void joinAll()
{
    for (QThreadPool &pool : pools().pools)
        pool.waitForDone();
}
} // namespace

QThreadPool &WorkPools::pool(Pool which)
{
    return pools().pools[std::size_t(which)];
}

QString WorkPools::name(Pool which)
{
    switch (which) {
    case Pool::Compute: return QStringLiteral("compute");
    case Pool::Decode: return QStringLiteral("decode");
    case Pool::Media: return QStringLiteral("media");
    case Pool::Blocking: return QStringLiteral("blocking");
    }
    return {};
}

bool WorkPools::drain(Pool which, int timeoutMs)
{
    return pool(which).waitForDone(timeoutMs);
}

} // namespace shopcast::work
