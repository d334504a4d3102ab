#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace shopcast::broadcast {

// Where a source is heard besides the program: not at all, only in the
// host's headphones (a cue), or in both.
enum class AudioMonitoring { Off, MonitorOnly, MonitorAndOutput };

// How a source sounds in the program, as the scene collection keeps it; what
// OBS's mixer and advanced audio properties set. Volume is in dB (0 is the
// source as it is); kMinVolumeDb and below is silence, as a fader at its
// bottom. Bit n of tracks puts the source on recording track n + 1: the
// stream carries track 1 (the program mix); a recording also track 2 (the
// microphone alone, for an editor's clips).
struct AudioSpec
{
    Q_DECLARE_TR_FUNCTIONS(AudioSpec)
public:
    static constexpr double kMinVolumeDb = -100.0;
    static constexpr double kMaxVolumeDb = 26.0;
    static constexpr int kMinSyncOffsetMs = -950;
    static constexpr int kMaxSyncOffsetMs = 20'000;
    static constexpr int kTrackCount = 6;
    static constexpr int kAllTracks = (1 << kTrackCount) - 1;
    static constexpr int kMaxKeyChars = 40;

    double volumeDb = 0;
    bool muted = false;
    AudioMonitoring monitoring = AudioMonitoring::Off;
    int syncOffsetMs = 0;
    // 0 is left only, 0.5 the middle, 1 right only.
    double balance = 0.5;
    int tracks = 1;
    // Keys held to talk (the source is muted otherwise) or to mute, as
    // QKeySequence's portable text ("F13", "Ctrl+M"); empty: none.
    QString pushToTalkKey;
    QString pushToMuteKey;

    bool isDefault() const { return *this == AudioSpec{}; }
    bool onTrack(int track) const { return (tracks & (1 << (track - 1))) != 0; }
    // Every value in its range, or why not.
    bool isValid(QString *error) const;

    // {"volumeDb", "muted", "monitoring": "off"|"monitor"|"both",
    // "syncOffsetMs", "balance", "tracks": [1, 2], "pushToTalk",
    // "pushToMute"}; a missing key keeps its default. nullopt (and error) for a value out of range.
    QJsonObject toJson() const;
    static std::optional<AudioSpec> fromJson(const QJsonObject &json, QString *error);
    static QString monitoringKey(AudioMonitoring monitoring);
    static std::optional<AudioMonitoring> monitoringFromKey(const QString &key);

    friend bool operator==(const AudioSpec &, const AudioSpec &) = default;
};

} // namespace shopcast::broadcast
