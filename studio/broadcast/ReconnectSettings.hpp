#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <algorithm>

namespace shopcast::broadcast {

// How a destination that drops while live comes back. libobs' own retry
// (3 s growing by 1.5× up to 15 minutes between tries, then giving up) is
// off: the studio waits firstDelayMs, then factor× longer each time up to
// maxDelayMs, and never gives up while the show streams (maxAttempts 0).
// Meanwhile it knocks on the server's port every probeIntervalMs and starts
// at once when it answers, so a returning server is back on air in about a
// second plus the next keyframe.
struct ReconnectSettings
{
    int firstDelayMs = 2000;
    double factor = 1.5;
    int maxDelayMs = 10'000;
    int maxAttempts = 0; // 0: no limit
    int probeIntervalMs = 1000;

    qint64 delayForAttempt(int attempt) const // attempt 1, 2, ...
    {
        double d = firstDelayMs;
        for (int i = 1; i < attempt && d < maxDelayMs; ++i)
            d *= factor;
        return qint64(std::min<double>(d, maxDelayMs));
    }

    QJsonObject toJson() const
    {
        return {{QStringLiteral("firstDelayMs"), firstDelayMs},
                {QStringLiteral("factor"), factor},
                {QStringLiteral("maxDelayMs"), maxDelayMs},
                {QStringLiteral("maxAttempts"), maxAttempts},
                {QStringLiteral("probeIntervalMs"), probeIntervalMs}};
    }
    static ReconnectSettings fromJson(const QJsonObject &o)
    {
        ReconnectSettings s;
        s.firstDelayMs = std::clamp(o.value(QStringLiteral("firstDelayMs")).toInt(s.firstDelayMs), 250, 60'000);
        s.factor = std::clamp(o.value(QStringLiteral("factor")).toDouble(s.factor), 1.0, 4.0);
        s.maxDelayMs = std::clamp(o.value(QStringLiteral("maxDelayMs")).toInt(s.maxDelayMs), s.firstDelayMs, 600'000);
        s.maxAttempts = std::clamp(o.value(QStringLiteral("maxAttempts")).toInt(s.maxAttempts), 0, 10'000);
        s.probeIntervalMs = std::clamp(o.value(QStringLiteral("probeIntervalMs")).toInt(s.probeIntervalMs), 0, 60'000);
        return s;
    }
    friend bool operator==(const ReconnectSettings &, const ReconnectSettings &) = default;
};

} // namespace shopcast::broadcast
