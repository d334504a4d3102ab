#include "MediaProbe.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace shopcast::test {

std::optional<MediaProbe> MediaProbe::of(const QString &path, QString *error)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_packets"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=codec_type,codec_name,profile,pix_fmt,width,height,sample_rate,channels,nb_read_packets:format=duration"),
                   QStringLiteral("-show_chapters"), QStringLiteral("-of"), QStringLiteral("json"), path});
    if (!ffprobe.waitForFinished(60000) || ffprobe.exitCode() != 0) {
        *error = QStringLiteral("ffprobe %1 failed: %2").arg(path, QString::fromUtf8(ffprobe.readAllStandardError()));
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object();
    MediaProbe probe;
    for (const QJsonValue &v : root.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("codec_type")).toString() == QLatin1String("video")) {
            probe.videoCodec = s.value(QStringLiteral("codec_name")).toString();
            probe.width = s.value(QStringLiteral("width")).toInt();
            probe.height = s.value(QStringLiteral("height")).toInt();
            probe.videoPackets = s.value(QStringLiteral("nb_read_packets")).toString().toInt();
            probe.videoProfile = s.value(QStringLiteral("profile")).toString();
            probe.pixelFormat = s.value(QStringLiteral("pix_fmt")).toString();
        } else if (s.value(QStringLiteral("codec_type")).toString() == QLatin1String("audio")) {
            probe.audioCodec = s.value(QStringLiteral("codec_name")).toString();
            probe.sampleRate = s.value(QStringLiteral("sample_rate")).toString().toInt();
            probe.channels = s.value(QStringLiteral("channels")).toInt();
        }
    }
    for (const QJsonValue &v : root.value(QStringLiteral("chapters")).toArray()) {
        const QJsonObject c = v.toObject();
        probe.chapterTitles.append(c.value(QStringLiteral("tags")).toObject().value(QStringLiteral("title")).toString());
        probe.chapterSpansSec.append({c.value(QStringLiteral("start_time")).toString().toDouble(), c.value(QStringLiteral("end_time")).toString().toDouble()});
    }
    probe.durationSec = root.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
    return probe;
}

} // namespace shopcast::test
