#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::test {

// What ffprobe says about a media file: the facts the stream tests check.
struct MediaProbe
{
    QString videoCodec;
    QString audioCodec;
    int width = 0;
    int height = 0;
    int videoPackets = 0;
    double durationSec = 0;
    // What a stream copy must keep as it was.
    QString videoProfile;
    QString pixelFormat;
    int sampleRate = 0;
    int channels = 0;
    QStringList chapterTitles;

    double fps() const { return durationSec > 0 ? videoPackets / durationSec : 0; }

    static std::optional<MediaProbe> of(const QString &path, QString *error);
};

} // namespace shopcast::test
