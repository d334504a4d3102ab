#pragma once

#include "Order.hpp"

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace shopcast::sales {

// Order lines handed from the thread that reads an export to the one that
// stores it, a batch at a time, so the store starts while the file is still
// being read (the two took 1.4 s and 1.6 s one after the other on 200,000
// lines; BENCHMARKS.md, sales). Unbounded: the reader never waits, and holds
// no more than the whole import held before.
class OrderPipe
{
public:
    // The reader's side.
    void push(QList<Order> &&batch);
    void close(bool failed); // no more batches; failed: the file was not read whole, store none of it

    // The store's side: the next batch, waiting for it; nullopt once the
    // reader closed and every batch was taken (then failed() tells how).
    std::optional<QList<Order>> take();
    bool failed() const;
    // The store gave up (the database refused): later batches are dropped.
    void abandon();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<QList<Order>> m_batches;
    bool m_closed = false;
    bool m_failed = false;
    bool m_abandoned = false;
};

} // namespace shopcast::sales
