#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace shopcast::broadcast {

// A chapter written into the container (MP4 chapters, what players list).
struct MediaChapter
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString title;
};

// Rewrites a finished recording into another container by stream copy (no
// re-encode), with FFmpeg's libavformat: MKV survives a crash, MP4 plays
// everywhere. The output is written beside and renamed into place, so a failed
// or cancelled remux never leaves a half file under the final name.
class RecordingRemuxer
{
public:
    struct Options
    {
        // A range of the input, in ms from its first timestamp. Stream copy
        // cannot start between keyframes: the copy starts at the last video
        // keyframe at or before startMs (up to one GOP early) and ends with
        // the last packet before endMs.
        std::optional<qint64> startMs;
        std::optional<qint64> endMs;
        QList<MediaChapter> chapters; // ms on the output's timeline
        // Called as packets are copied with the share done (0..1); returning
        // false cancels (the partial file is removed).
        std::function<bool(double)> progress;
        // A file cut off mid-write (the studio was killed while recording):
        // a read error after the first packets ends the copy there instead
        // of failing it.
        bool acceptTruncated = false;
    };

    static bool remux(const QString &inputPath, const QString &outputPath, QString *error);
    static bool remux(const QString &inputPath, const QString &outputPath, const Options &options, QString *error);
    static QString mp4PathFor(const QString &mkvPath);
    // How long a media file plays, from its container (nullopt: unreadable).
    static std::optional<qint64> durationMs(const QString &path);
};

} // namespace shopcast::broadcast
