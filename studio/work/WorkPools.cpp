#include "WorkPools.hpp"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <array>

namespace shopcast::work {

namespace {
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
