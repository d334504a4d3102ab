#include "OrderPipe.hpp"

namespace shopcast::sales {

void OrderPipe::push(QList<Order> &&batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_abandoned || m_closed)
            return;
        m_batches.push_back(std::move(batch));
    }
    m_ready.notify_one();
}

void OrderPipe::close(bool failed)
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_failed = m_failed || failed;
        if (failed)
            m_batches.clear(); // none of the file is stored: the store stops at once
    }
    m_ready.notify_all();
}

std::optional<QList<Order>> OrderPipe::take()
{
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [this] { return !m_batches.empty() || m_closed; });
    if (m_batches.empty())
        return std::nullopt;
    QList<Order> batch = std::move(m_batches.front());
    m_batches.pop_front();
    return batch;
}

bool OrderPipe::failed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

void OrderPipe::abandon()
{
    std::lock_guard lock(m_mutex);
    m_abandoned = true;
    m_batches.clear();
}

} // namespace shopcast::sales
