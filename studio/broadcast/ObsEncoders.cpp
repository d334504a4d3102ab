#include "ObsEncoders.hpp"

#include <QCoreApplication>

namespace shopcast::broadcast {

bool ObsEncoders::create(const EncoderSettings &settings, QString *error, video_t *videoMix, const char *name)
{
    release();
    OBSDataAutoRelease video = obs_data_create();
    obs_data_set_string(video, "rate_control", "CBR");
    obs_data_set_int(video, "bitrate", settings.videoBitrateKbps);
    obs_data_set_string(video, "preset", settings.x264Preset.toUtf8().constData());
    obs_data_set_int(video, "keyint_sec", settings.keyframeIntervalSec);
    obs_data_set_string(video, "profile", "high");
    m_video = obs_video_encoder_create("obs_x264", (QByteArray(name) + "-h264").constData(), video, nullptr);

    OBSDataAutoRelease audio = obs_data_create();
    obs_data_set_string(audio, "rate_control", "CBR");
    obs_data_set_int(audio, "bitrate", settings.audioBitrateKbps);
    m_audio = obs_audio_encoder_create("ffmpeg_aac", (QByteArray(name) + "-aac").constData(), audio, 0, nullptr);
    m_track2 = obs_audio_encoder_create("ffmpeg_aac", (QByteArray(name) + "-aac-track2").constData(), audio, 1, nullptr);

    if (!m_video || !m_audio || !m_track2) {
        *error = QCoreApplication::translate("ObsEncoders", "libobs could not create the x264/AAC encoders");
        release();
        return false;
    }
    obs_encoder_set_video(m_video, videoMix ? videoMix : obs_get_video());
    obs_encoder_set_audio(m_audio, obs_get_audio());
    obs_encoder_set_audio(m_track2, obs_get_audio());
    m_settings = settings;
    return true;
}

void ObsEncoders::release()
{
    m_video = nullptr;
    m_audio = nullptr;
    m_track2 = nullptr;
}

} // namespace shopcast::broadcast
