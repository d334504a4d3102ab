#pragma once

#include "broadcast/AudioMeters.hpp"

#include <array>
#include <optional>

namespace shopcast::audio {

// What a level meter shows, from the raw readings, with the ballistics of
// OBS's mixer: the peak jumps up at once and falls back at a fixed rate
// (20 dB in 0.85 s, OBS's "fast"), the RMS bar follows over 300 ms, the
// highest peak is held for 20 s, and a clip (a peak at -0.5 dBFS or above)
// stays lit until the user clears it. Time is what the caller says elapsed,
// so a test steps it exactly.
class MeterBallistics
{
public:
    static constexpr float kFloorDb = -60.0F;
    static constexpr float kPeakDecayDbPerSec = 20.0F / 0.85F;
    static constexpr int kMagnitudeIntegrationMs = 300;
    static constexpr int kPeakHoldMs = 20'000;
    static constexpr float kClipDb = -0.5F;
    static constexpr int kStaleMs = 300;

    // A reading arrived (or, with nullopt, none did) over elapsedMs.
    void update(const std::optional<broadcast::AudioLevels> &levels, int elapsedMs);
    void resetClip() { m_clipped = false; }

    int channels() const { return m_channels; }
    float peakDb(int channel) const { return m_peakDb.at(channel); }
    float magnitudeDb(int channel) const { return m_magnitudeDb.at(channel); }
    float peakHoldDb(int channel) const { return m_holdDb.at(channel); }
    bool isClipped() const { return m_clipped; }

private:
    int m_channels = 0;
    std::array<float, 2> m_peakDb{kFloorDb, kFloorDb};
    std::array<float, 2> m_magnitudeDb{kFloorDb, kFloorDb};
    std::array<float, 2> m_holdDb{kFloorDb, kFloorDb};
    std::array<int, 2> m_holdAgeMs{0, 0};
    // The last reading: a meter between readings shows it decaying.
    std::array<float, 2> m_lastMagnitudeDb{kFloorDb, kFloorDb};
    bool m_clipped = false;
    int m_quietMs = 0;
};

} // namespace shopcast::audio
