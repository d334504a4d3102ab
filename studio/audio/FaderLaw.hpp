#pragma once

namespace shopcast::audio {

// Where a fader sits (0 at the bottom, 1 at the top) and the volume in dB it
// sets, by OBS's cubic law: the volume's multiplier is the position cubed,
// so the travel is spread over the range a voice is mixed in instead of
// bunched at the top (a linear dB fader) or the bottom (a linear gain one).
// The top is 0 dB; the bottom is silence, reported as minimumDb.
class FaderLaw
{
public:
    static double dbAt(double position, double minimumDb);
    // Louder than 0 dB sits at the top; minimumDb and below at the bottom.
    static double positionOf(double db, double minimumDb);
};

} // namespace shopcast::audio
