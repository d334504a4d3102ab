#pragma once

#include "AudioMeters.hpp"

#include <QCoreApplication>

#include <obs.hpp>

#include <atomic>
#include <map>
#include <memory>

namespace shopcast::broadcast {

class ObsSceneGraph;

// Audio meters on libobs: an obs_volmeter per metered source (OBS's own
// measurement: peak and RMS per channel after the source's volume and
// mute) and a raw callback on mix 0 for the program mix. Both run on the
// audio thread and only store into atomics, so neither side ever waits.
class ObsAudioMeters final : public AudioMeters
{
    Q_DECLARE_TR_FUNCTIONS(ObsAudioMeters)
public:
    explicit ObsAudioMeters(const ObsSceneGraph &graph);
    ~ObsAudioMeters() override;
    ObsAudioMeters(const ObsAudioMeters &) = delete;
    ObsAudioMeters &operator=(const ObsAudioMeters &) = delete;

    void meter(const QStringList &sources) override;
    std::optional<AudioLevels> take(const QString &source) override;
    std::optional<AudioLevels> takeMaster() override;
    bool canMonitor(QString *why) const override;
    bool listen(const QString &kind, const QJsonObject &settings, QString *error) override;
    void stopListening() override;
    std::optional<AudioLevels> takeListened() override;

    // The latest levels of one meter: the peak is the highest since the
    // last take, the magnitude the latest; written on the audio thread.
    struct Slot
    {
        std::atomic<int> channels{0};
        std::array<std::atomic<float>, 2> peakDb{};
        std::array<std::atomic<float>, 2> magnitudeDb{};
        std::atomic<bool> fresh{false};
        void store(int channelCount, const float *peak, const float *magnitude);
        std::optional<AudioLevels> take();
    };

private:
    struct Meter;
    const ObsSceneGraph &m_graph;
    std::map<QString, std::unique_ptr<Meter>> m_meters;
    Slot m_master;
    OBSSourceAutoRelease m_listened;
    std::unique_ptr<Meter> m_listenMeter; // before m_listened goes
};

} // namespace shopcast::broadcast
