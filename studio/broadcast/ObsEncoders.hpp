#pragma once

#include "EncoderSettings.hpp"

#include <obs.hpp>

#include <QString>

namespace shopcast::broadcast {

// The one video (x264 or a hardware one) and one AAC audio encoder of a canvas that every stream
// output and the recorder of it share: encoding once is what keeps several
// destinations cheap. A second canvas has its own pair (libobs pairs an
// audio encoder with one video encoder when they start).
class ObsEncoders
{
public:
    // For the program (video null) or another mix (the second canvas).
    bool create(const EncoderSettings &settings, QString *error, video_t *video = nullptr, const char *name = "program");
    void release();
    bool isCreated() const { return m_video && m_audio; }
    obs_encoder_t *video() const { return m_video; }
    obs_encoder_t *audio() const { return m_audio; }
    // Track 2 for recordings: the sources put on it alone (the microphone).
    obs_encoder_t *recordingTrack2() const { return m_track2; }
    const EncoderSettings &settings() const { return m_settings; }

private:
    OBSEncoderAutoRelease m_video;
    OBSEncoderAutoRelease m_audio;
    OBSEncoderAutoRelease m_track2;
    EncoderSettings m_settings;
};

} // namespace shopcast::broadcast
