#pragma once

#include <QString>

namespace shopcast::broadcast {

// One video and one audio encoder serve every destination and the recording.
// Defaults follow what live platforms ask for: CBR, 2 s keyframes.
struct EncoderSettings
{
    int videoBitrateKbps = 2500;
    QString x264Preset = QStringLiteral("veryfast");
    int keyframeIntervalSec = 2;
    int audioBitrateKbps = 160;

    friend bool operator==(const EncoderSettings &, const EncoderSettings &) = default;
};

} // namespace shopcast::broadcast
