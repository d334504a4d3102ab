#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::broadcast {

// How the encoder spends bits: a constant bitrate (what live platforms ask
// for), a variable one capped at the bitrate, or a constant quantiser (a
// file's quality, its size free).
enum class RateControl { CBR, VBR, CQP };

// One video and one audio encoder serve every destination of a canvas and,
// unless a recording has its own, the recording. The libobs encoder id
// ("obs_x264", "ffmpeg_nvenc", "ffmpeg_vaapi", "obs_qsv11") picks the
// encoder; preset, tune and profile are that encoder's own words (x264:
// "veryfast"; NVENC: "p5"). Defaults follow what live platforms ask for:
// x264 veryfast, CBR, 2 s keyframes, high profile, 2 B-frames, AAC 160 kbps.
struct EncoderSettings
{
    Q_DECLARE_TR_FUNCTIONS(EncoderSettings)
public:
    static constexpr const char *kX264 = "obs_x264";
    static constexpr int kMinVideoKbps = 100;
    static constexpr int kMaxVideoKbps = 50'000;
    static constexpr int kMaxQuantiser = 51;
    static constexpr int kMaxKeyframeSec = 10;
    static constexpr int kMaxBFrames = 4;

    QString videoEncoder = QString::fromLatin1(kX264);
    RateControl rateControl = RateControl::CBR;
    int videoBitrateKbps = 2500;
    int quantiser = 23; // CQP's level: lower is better and bigger
    QString preset = QStringLiteral("veryfast");
    QString tune;
    QString profile = QStringLiteral("high");
    int bFrames = 2;
    int keyframeIntervalSec = 2;
    int audioBitrateKbps = 160;
    // The encoded size when it differs from the canvas (a 1080p canvas streamed at 720p).
    std::optional<QSize> scaledSize;

    bool isHardware() const { return videoEncoder != QLatin1String(kX264); }
    // What a hardware encoder that failed falls back to: x264 at a preset
    // a laptop sustains, with this bitrate, keyframes and audio.
    EncoderSettings x264Fallback() const;

    static QStringList audioBitrates();
    static QString rateControlKey(RateControl rc);
    static std::optional<RateControl> rateControlFromKey(const QString &key);

    // {"videoEncoder", "rateControl", "videoBitrateKbps", ...}. A value out of
    // range or unknown is refused with a message in problems and its default
    // kept; the rest of the settings still load.
    QJsonObject toJson() const;
    static EncoderSettings fromJson(const QJsonObject &json, QStringList *problems);

    friend bool operator==(const EncoderSettings &, const EncoderSettings &) = default;
};

} // namespace shopcast::broadcast
