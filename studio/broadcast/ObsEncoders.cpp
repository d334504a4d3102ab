#include "ObsEncoders.hpp"

#include <QCoreApplication>

namespace shopcast::broadcast {

namespace {

// The settings of one libobs video encoder, in its own keys: the encoders
// of obs-x264, obs-ffmpeg (NVENC, VAAPI) and obs-qsv11 name the same things
// differently.
OBSDataAutoRelease videoSettings(const EncoderSettings &s)
{
    OBSDataAutoRelease d = obs_data_create();
    const QByteArray id = s.videoEncoder.toUtf8();
    const QByteArray rc = EncoderSettings::rateControlKey(s.rateControl).toUtf8();
    const QByteArray preset = s.preset.toUtf8();
    const QByteArray profile = s.profile.toUtf8();
    obs_data_set_int(d, "bitrate", s.videoBitrateKbps);
    obs_data_set_int(d, "keyint_sec", s.keyframeIntervalSec);
    if (id == EncoderSettings::kX264) {
        // x264 has no CQP worth using live; its constant-quality mode is CRF.
        obs_data_set_string(d, "rate_control", s.rateControl == RateControl::CQP ? "CRF" : rc.constData());
        obs_data_set_int(d, "crf", s.quantiser);
        obs_data_set_string(d, "preset", preset.constData());
        obs_data_set_string(d, "profile", profile.constData());
        obs_data_set_string(d, "tune", s.tune.toUtf8().constData());
        obs_data_set_string(d, "x264opts", QByteArray("bframes=" + QByteArray::number(s.bFrames)).constData());
    } else if (id.startsWith("ffmpeg_nvenc") || id.startsWith("jim_nvenc")) {
        obs_data_set_string(d, "rate_control", rc.constData());
        obs_data_set_int(d, "max_bitrate", s.videoBitrateKbps);
        obs_data_set_int(d, "cqp", s.quantiser);
        obs_data_set_string(d, "preset", preset.constData());
        obs_data_set_string(d, "preset2", preset.constData());
        obs_data_set_string(d, "profile", profile.constData());
        obs_data_set_int(d, "bf", s.bFrames);
    } else if (id.startsWith("ffmpeg_vaapi")) {
        obs_data_set_string(d, "rate_control", rc.constData());
        obs_data_set_int(d, "maxrate", s.videoBitrateKbps);
        obs_data_set_int(d, "qp", s.quantiser);
        // libavcodec's H.264 profile numbers.
        obs_data_set_int(d, "profile", profile == "baseline" ? 578 : profile == "main" ? 77 : 100);
        obs_data_set_int(d, "bf", s.bFrames);
    } else if (id.startsWith("obs_qsv11")) {
        obs_data_set_string(d, "rate_control", rc.constData());
        obs_data_set_int(d, "max_bitrate", s.videoBitrateKbps);
        obs_data_set_int(d, "qpi", s.quantiser);
        obs_data_set_int(d, "qpp", s.quantiser);
        obs_data_set_int(d, "qpb", s.quantiser);
        obs_data_set_string(d, "target_usage", preset.constData());
        obs_data_set_string(d, "profile", profile.constData());
        obs_data_set_int(d, "bframes", s.bFrames);
    } else {
        obs_data_set_string(d, "rate_control", rc.constData());
        obs_data_set_string(d, "preset", preset.constData());
        obs_data_set_string(d, "profile", profile.constData());
    }
    return d;
}

} // namespace

bool ObsEncoders::create(const EncoderSettings &settings, QString *error, video_t *videoMix, const char *name)
{
    release();
    m_video = obs_video_encoder_create(settings.videoEncoder.toUtf8().constData(), (QByteArray(name) + "-h264").constData(), videoSettings(settings), nullptr);
    OBSDataAutoRelease audio = obs_data_create();
    obs_data_set_string(audio, "rate_control", "CBR");
    obs_data_set_int(audio, "bitrate", settings.audioBitrateKbps);
    m_audio = obs_audio_encoder_create("ffmpeg_aac", (QByteArray(name) + "-aac").constData(), audio, 0, nullptr);
    m_track2 = obs_audio_encoder_create("ffmpeg_aac", (QByteArray(name) + "-aac-track2").constData(), audio, 1, nullptr);

    if (!m_video || !m_audio || !m_track2) {
        *error = QCoreApplication::translate("ObsEncoders", "libobs could not create the %1/AAC encoders").arg(settings.videoEncoder);
        release();
        return false;
    }
    obs_encoder_set_video(m_video, videoMix ? videoMix : obs_get_video());
    if (settings.scaledSize)
        obs_encoder_set_scaled_size(m_video, uint32_t(settings.scaledSize->width()), uint32_t(settings.scaledSize->height()));
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
