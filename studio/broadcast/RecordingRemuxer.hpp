#pragma once

#include <QString>

namespace shopcast::broadcast {

// Rewrites a finished recording into another container by stream copy (no
// re-encode), with FFmpeg's libavformat: MKV survives a crash, MP4 plays
// everywhere. The output is written beside and renamed into place, so a failed
// remux never leaves a half file under the final name.
class RecordingRemuxer
{
public:
    static bool remux(const QString &inputPath, const QString &outputPath, QString *error);
    static QString mp4PathFor(const QString &mkvPath);
};

} // namespace shopcast::broadcast
