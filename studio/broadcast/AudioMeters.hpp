#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>

namespace shopcast::broadcast {

// One reading of an audio meter: per channel (the first two: a meter shows
// left and right) the sample peak and the RMS magnitude since the last
// reading, in dBFS; silence is -infinity.
struct AudioLevels
{
    static constexpr float kSilenceDb = -std::numeric_limits<float>::infinity();
    int channels = 0;
    std::array<float, 2> peakDb{kSilenceDb, kSilenceDb};
    std::array<float, 2> magnitudeDb{kSilenceDb, kSilenceDb};
};

// The engine's audio meters, read on the Qt thread without waiting: the
// audio thread leaves its latest levels where a reading takes them. The
// mixer says which sources to meter; the program mix (track 1) is always
// metered.
class AudioMeters
{
public:
    virtual ~AudioMeters() = default;
    // Meters these sources from now on (others stop being metered); a
    // source the engine replaced under the same name is metered anew.
    virtual void meter(const QStringList &sources) = 0;
    // The levels since the last reading of this source; nullopt when it is
    // not metered or has sent no audio since.
    virtual std::optional<AudioLevels> take(const QString &source) = 0;
    virtual std::optional<AudioLevels> takeMaster() = 0;
    // Whether monitoring can be heard here; why not, in words, when not.
    virtual bool canMonitor(QString *why) const = 0;

    // A device heard before it is in any scene (the first-run wizard's
    // "speak now"): a private source of this kind and settings, metered and
    // never mixed into the program. One at a time; another replaces it.
    virtual bool listen(const QString &kind, const QJsonObject &settings, QString *error) = 0;
    virtual void stopListening() = 0;
    virtual std::optional<AudioLevels> takeListened() = 0;
};

} // namespace shopcast::broadcast
