#include "Strand.hpp"

#include "Work.hpp"

#include <mutex>

namespace shopcast::work {

struct Strand::Queue
{
    explicit Queue(Pool p)
        : pool(p)
    {}
    Pool pool;
    // A pthread mutex, not a QMutex: ThreadSanitizer follows the jobs' hand-over
    // through it (packaging/dev.sh tsan-show); the cost is the same.
    std::mutex mutex;
    std::deque<std::function<void()>> jobs;
    bool running = false;
    bool closed = false;
};

Strand::Strand(Pool pool)
    : m_queue(std::make_shared<Queue>(pool))
{}

Strand::~Strand()
{
    std::lock_guard lock(m_queue->mutex);
    m_queue->closed = true;
    m_queue->jobs.clear();
}

void Strand::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_queue->mutex);
        m_queue->jobs.push_back(std::move(job));
        if (m_queue->running)
            return;
        m_queue->running = true;
    }
    const std::shared_ptr<Queue> queue = m_queue;
    Work::run(queue->pool, [queue] { drain(queue); });
}

void Strand::drain(const std::shared_ptr<Queue> &queue)
{
    // A bounded turn, then back into the pool's queue, so one busy source
    // cannot hold a pool thread for ever.
    for (int turn = 0; turn < 64; ++turn) {
        std::function<void()> job;
        {
            std::lock_guard lock(queue->mutex);
            if (queue->closed || queue->jobs.empty()) {
                queue->running = false;
                return;
            }
            job = std::move(queue->jobs.front());
            queue->jobs.pop_front();
        }
        job();
    }
    Work::run(queue->pool, [queue] { drain(queue); });
}

} // namespace shopcast::work
