#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

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
    // Each chapter's span as a player reads it, in seconds of the file.
    QList<std::pair<double, double>> chapterSpansSec;

    double fps() const { return durationSec > 0 ? videoPackets / durationSec : 0; }

    static std::optional<MediaProbe> of(const QString &path, QString *error);
};

} // namespace shopcast::test
