#include "Throttle.hpp"

namespace shopcast::work {

Throttle::Throttle(int intervalMs, std::function<void()> update, QObject *parent)
    : QObject(parent)
    , m_update(std::move(update))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_pending)
            return;
        m_pending = false;
        run();
    });
}

void Throttle::request()
{
    if (m_timer.isActive()) {
        m_pending = true;
        return;
    }
    run();
}

void Throttle::run()
{
    ++m_runs;
    // Started before the update, so a request the update itself causes waits.
    m_timer.start();
    m_update();
}

} // namespace shopcast::work
