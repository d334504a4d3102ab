#pragma once

#include "work/WorkPools.hpp"

#include <QCoreApplication>
#include <QThreadPool>

namespace shopcast::test {

// Lets the jobs a test started on a pool finish and their answers arrive on
// this thread. An answer may start the next job (a product card drawn while
// a newer change waited), so this goes round until the pool stays idle; the
// test then reads what the studio shows once nothing is on its way.
inline bool settleWork(work::Pool pool = work::Pool::Compute, int timeoutMs = 30'000)
{
    QThreadPool &threads = work::WorkPools::pool(pool);
    for (int round = 0; round < 16; ++round) {
        if (!threads.waitForDone(timeoutMs))
            return false;
        QCoreApplication::sendPostedEvents();
        if (threads.activeThreadCount() == 0)
            return true;
    }
    return false;
}

} // namespace shopcast::test
