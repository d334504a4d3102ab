#pragma once

#include <QtGlobal>

#include <random>

namespace shopcast::chat {

// When to try again after a connection drops: exponential backoff (1 s, 2 s,
// 4 s ... up to a ceiling) with ±20 % jitter, so a platform outage does not
// make every studio reconnect at the same instant. Seeded from the outside:
// tests give a fixed seed, sources a random one.
class ReconnectPolicy
{
public:
    explicit ReconnectPolicy(quint32 seed, qint64 firstDelayMs = 1000, qint64 maxDelayMs = 60'000)
        : m_random(seed)
        , m_firstMs(firstDelayMs)
        , m_maxMs(maxDelayMs)
    {}

    qint64 nextDelayMs()
    {
        const qint64 base = std::min(m_maxMs, m_firstMs << std::min(m_attempt, 20));
        ++m_attempt;
        std::uniform_real_distribution<double> jitter(0.8, 1.2);
        return qint64(double(base) * jitter(m_random));
    }
    void reset() { m_attempt = 0; } // after a connection that worked
    int attempts() const { return m_attempt; }

private:
    std::mt19937 m_random;
    qint64 m_firstMs;
    qint64 m_maxMs;
    int m_attempt = 0;
};

} // namespace shopcast::chat
