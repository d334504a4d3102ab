#pragma once

#include <QString>

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

    double fps() const { return durationSec > 0 ? videoPackets / durationSec : 0; }

    static std::optional<MediaProbe> of(const QString &path, QString *error);
};

} // namespace shopcast::test
