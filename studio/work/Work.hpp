#pragma once

#include "HandOff.hpp"
#include "WorkPools.hpp"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <type_traits>
#include <utility>

namespace shopcast::work {

// The studio's one way off the GUI thread (ARCHITECTURE.md, "Threads"):
// work runs on a named pool, its result comes back to a receiver on the
// receiver's own thread, and is dropped when the receiver is gone. Nothing
// here waits: the caller goes on at once.
class Work
{
public:
    // Calls deliver on receiver's thread, unless receiver is gone by then.
    // Safe from any thread; for a receiver on the GUI thread the "is it
    // still there" check itself runs on the GUI thread, so it cannot race
    // the receiver's destruction.
    template<typename Deliver>
    static void post(QObject *receiver, Deliver deliver)
    {
        QPointer<QObject> target(receiver);
        QObject *anchor = QCoreApplication::instance();
        if (!target || !anchor)
            return;
        if (target->thread() != anchor->thread())
            anchor = target.data();
        const HandOff handOff;
        auto call = [target, handOff, deliver = std::move(deliver)]() mutable {
            handOff.take();
            if (target)
                deliver();
        };
        handOff.give([&] { QMetaObject::invokeMethod(anchor, std::move(call), Qt::QueuedConnection); });
    }

    // job() on the pool, then done(result) — or done() for a job that
    // returns nothing — on receiver's thread.
    template<typename Job, typename Done>
    static void run(Pool pool, QObject *receiver, Job job, Done done)
    {
        QPointer<QObject> target(receiver);
        const HandOff handOff;
        auto task = [target, handOff, job = std::move(job), done = std::move(done)]() mutable {
            handOff.take();
            if constexpr (std::is_void_v<std::invoke_result_t<Job &>>) {
                job();
                if (target)
                    post(target.data(), std::move(done));
            } else {
                auto result = job();
                if (target)
                    post(target.data(), [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
            }
        };
        handOff.give([&] { WorkPools::pool(pool).start(std::move(task)); });
    }

    // job() on the pool; nobody waits for it (it reports by its own means).
    template<typename Job>
    static void run(Pool pool, Job job)
    {
        const HandOff handOff;
        auto task = [handOff, job = std::move(job)]() mutable {
            handOff.take();
            job();
        };
        handOff.give([&] { WorkPools::pool(pool).start(std::move(task)); });
    }
};

} // namespace shopcast::work
