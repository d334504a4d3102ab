#pragma once

#include "EncoderSettings.hpp"

#include <obs.hpp>

#include <QString>

namespace shopcast::broadcast {

// The one x264 video and one AAC audio encoder that every stream output and
// the recorder share: encoding once is what keeps several destinations cheap.
class ObsEncoders
{
public:
    bool create(const EncoderSettings &settings, QString *error);
    void release();
    bool isCreated() const { return m_video && m_audio; }
    obs_encoder_t *video() const { return m_video; }
    obs_encoder_t *audio() const { return m_audio; }
    const EncoderSettings &settings() const { return m_settings; }

private:
    OBSEncoderAutoRelease m_video;
    OBSEncoderAutoRelease m_audio;
    EncoderSettings m_settings;
};

} // namespace shopcast::broadcast
