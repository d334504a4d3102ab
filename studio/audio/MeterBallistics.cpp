#include "MeterBallistics.hpp"

#include <algorithm>
#include <cmath>

namespace shopcast::audio {

namespace {

float floored(float db)
{
    return std::isfinite(db) ? std::max(db, MeterBallistics::kFloorDb) : MeterBallistics::kFloorDb;
}

} // namespace

void MeterBallistics::update(const std::optional<broadcast::AudioLevels> &levels, int elapsedMs)
{
    if (levels) {
        m_channels = std::clamp(levels->channels, 0, 2);
        m_quietMs = 0;
    } else if ((m_quietMs += std::max(elapsedMs, 0)) >= kStaleMs) {
        // A source that stopped sending (removed, stalled) is silent, not frozen.
        m_lastMagnitudeDb = {kFloorDb, kFloorDb};
    }
    const float seconds = float(std::max(elapsedMs, 0)) / 1000.0F;
    // 99 % of the way to the reading in the integration time.
    const float follow = 1.0F - std::exp(-seconds * std::log(100.0F) / (float(kMagnitudeIntegrationMs) / 1000.0F));
    for (int c = 0; c < 2; ++c) {
        const float peak = levels && c < levels->channels ? levels->peakDb[c] : broadcast::AudioLevels::kSilenceDb;
        if (levels && c < levels->channels)
            m_lastMagnitudeDb[c] = floored(levels->magnitudeDb[c]);
        if (levels && c < levels->channels && levels->peakDb[c] >= kClipDb)
            m_clipped = true;
        const float decayed = m_peakDb[c] - kPeakDecayDbPerSec * seconds;
        m_peakDb[c] = std::max({floored(peak), decayed, kFloorDb});
        m_magnitudeDb[c] += (m_lastMagnitudeDb[c] - m_magnitudeDb[c]) * follow;
        m_holdAgeMs[c] += std::max(elapsedMs, 0);
        if (floored(peak) >= m_holdDb[c] || m_holdAgeMs[c] >= kPeakHoldMs) {
            m_holdDb[c] = std::max(floored(peak), m_peakDb[c]);
            m_holdAgeMs[c] = 0;
        }
    }
}

} // namespace shopcast::audio
