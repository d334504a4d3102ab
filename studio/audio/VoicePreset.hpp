#pragma once

#include "broadcast/FilterSpec.hpp"

#include <QCoreApplication>
#include <QList>

namespace shopcast::broadcast {
class SceneEditor;
}

namespace shopcast::audio {

// The "主播人声" chain for a host's microphone, obs-filters' own filters in
// the order a broadcast engineer sets them: noise suppression (RNNoise where
// this build of obs-filters has it, else Speex) takes the room out, a gate
// closes between words, a compressor evens loud and soft, and a limiter at
// -1 dBFS keeps peaks from clipping the stream's AAC.
class VoicePreset
{
    Q_DECLARE_TR_FUNCTIONS(VoicePreset)
public:
    static constexpr double kLimiterThresholdDb = -1.0;

    static QList<broadcast::FilterSpec> chain(bool rnnoise);
    // Adds the chain after the source's own filters as one undo step
    // (names made unique on the source).
    static bool applyTo(broadcast::SceneEditor &editor, const QString &source, QString *error);
    // Whether this engine's noise suppression offers RNNoise.
    static bool hasRnnoise(const broadcast::SceneEditor &editor);
};

} // namespace shopcast::audio
