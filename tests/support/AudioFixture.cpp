#include "AudioFixture.hpp"

#include <QDir>
#include <QProcess>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace shopcast::test::audiofixture {

namespace {

bool run(const QString &program, const QStringList &args, QString *error, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError()).right(800);
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

QString generate(const QString &path, const QString &lavfi, QString *error)
{
    if (!run(QStringLiteral("ffmpeg"),
             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), lavfi, QStringLiteral("-c:a"),
              QStringLiteral("pcm_f32le"), QStringLiteral("-y"), path},
             error))
        return {};
    return path;
}

} // namespace

QString tone(const QString &dir, double peakDbfs, int seconds, QString *error)
{
    const double amplitude = std::pow(10.0, peakDbfs / 20.0);
    const QString wave = QStringLiteral("%1*sin(2*PI*1000*t)").arg(amplitude, 0, 'f', 6);
    return generate(QDir(dir).filePath(QStringLiteral("tone.wav")), QStringLiteral("aevalsrc=%1|%1:s=48000:d=%2").arg(wave).arg(seconds), error);
}

double rmsDb(const QString &media, QString *error)
{
    const QVector<float> samples = decodeTrack(media, 0, error);
    double sum = 0;
    for (float s : samples)
        sum += double(s) * s;
    return samples.isEmpty() ? std::nan("") : 20 * std::log10(std::sqrt(sum / double(samples.size())) + 1e-12);
}

QString noise(const QString &dir, double amplitude, int seconds, QString *error)
{
    return generate(QDir(dir).filePath(QStringLiteral("noise.wav")),
                    QStringLiteral("anoisesrc=a=%1:c=pink:r=48000:d=%2:seed=20261203,pan=stereo|c0=c0|c1=c0").arg(amplitude).arg(seconds), error);
}

QString voice(const QString &dir, double rmsDbfs, int seconds, QString *error)
{
    const QString spoken = QDir(dir).filePath(QStringLiteral("spoken.wav"));
    // A host's patter: numbers, a price, the product's name.
    if (!run(QStringLiteral("espeak-ng"),
             {QStringLiteral("-v"), QStringLiteral("cmn"), QStringLiteral("-s"), QStringLiteral("170"), QStringLiteral("-w"), spoken,
              QStringLiteral("欢迎来到直播间，今天这款保温杯原价一百九十九元，现在只要九十九元，库存只有三百件，喜欢的朋友赶紧下单。")},
             error))
        return {};
    // As the studio plays it (48 kHz stereo), then measured and brought to the level asked.
    const QString stereo = QDir(dir).filePath(QStringLiteral("spoken-stereo.wav"));
    if (!run(QStringLiteral("ffmpeg"),
             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), spoken, QStringLiteral("-af"),
              QStringLiteral("aresample=48000,pan=stereo|c0=c0|c1=c0"), QStringLiteral("-c:a"), QStringLiteral("pcm_f32le"), QStringLiteral("-y"), stereo},
             error))
        return {};
    const double rms = rmsDb(stereo, error);
    if (std::isnan(rms))
        return {};
    const QString path = QDir(dir).filePath(QStringLiteral("voice.wav"));
    if (!run(QStringLiteral("ffmpeg"),
             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-stream_loop"), QStringLiteral("-1"), QStringLiteral("-i"), stereo,
              QStringLiteral("-af"), QStringLiteral("volume=%1dB").arg(rmsDbfs - rms, 0, 'f', 2), QStringLiteral("-t"), QString::number(seconds),
              QStringLiteral("-c:a"), QStringLiteral("pcm_f32le"), QStringLiteral("-y"), path},
             error))
        return {};
    return path;
}

QVector<float> decodeTrack(const QString &media, int track, QString *error)
{
    QByteArray raw;
    if (!run(QStringLiteral("ffmpeg"),
             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), media, QStringLiteral("-map"), QStringLiteral("0:a:%1").arg(track),
              // The mean of the channels: ffmpeg's own downmix adds 3 dB to a stereo pair.
              QStringLiteral("-af"), QStringLiteral("pan=mono|c0=0.5*c0+0.5*c1"), QStringLiteral("-ar"), QStringLiteral("48000"), QStringLiteral("-f"),
              QStringLiteral("f32le"), QStringLiteral("-")},
             error, &raw))
        return {};
    QVector<float> samples(raw.size() / qsizetype(sizeof(float)));
    std::memcpy(samples.data(), raw.constData(), size_t(samples.size()) * sizeof(float));
    return samples;
}

int audioTracks(const QString &media, QString *error)
{
    QByteArray out;
    if (!run(QStringLiteral("ffprobe"),
             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"), QStringLiteral("a"), QStringLiteral("-show_entries"),
              QStringLiteral("stream=index"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), media},
             error, &out))
        return -1;
    return int(out.trimmed().isEmpty() ? 0 : out.trimmed().split('\n').size());
}

QVector<double> windowRmsDb(const QVector<float> &samples, int windowMs)
{
    const qsizetype window = 48 * windowMs;
    QVector<double> out;
    for (qsizetype start = 0; window > 0 && start + window <= samples.size(); start += window) {
        double sum = 0;
        for (qsizetype i = start; i < start + window; ++i)
            sum += double(samples[i]) * samples[i];
        const double rms = std::sqrt(sum / double(window));
        out.append(rms > 1e-7 ? 20 * std::log10(rms) : -150.0);
    }
    return out;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace shopcast::test::audiofixture
