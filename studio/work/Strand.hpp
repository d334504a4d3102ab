#pragma once

#include "WorkPools.hpp"

#include <QMutex>

#include <deque>
#include <functional>
#include <memory>

namespace shopcast::work {

// Jobs that must run one at a time and in the order they were given (a
// comment source's frames), on a shared pool rather than a thread of their
// own. The strand may be destroyed with jobs queued: those not started are
// dropped, the one running finishes on its own.
class Strand
{
public:
    explicit Strand(Pool pool);
    ~Strand();
    Strand(const Strand &) = delete;
    Strand &operator=(const Strand &) = delete;

    void post(std::function<void()> job);

private:
    struct Queue;
    static void drain(const std::shared_ptr<Queue> &queue);
    std::shared_ptr<Queue> m_queue;
};

} // namespace shopcast::work
