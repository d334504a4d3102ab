#pragma once

#include <QString>

namespace shopcast::replay {

// One recording made during a show: from recording_start to recording_stop
// on the show's clock (ms from the show's start), and the file it is in now.
struct RecordingSpan
{
    QString path;         // where the file is (the MP4 when the remux made one; a moved file's new place)
    QString recordedPath; // the path the timeline names
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool stopped = false; // false: the show ended without a recording_stop (crash)
    bool exists = false;
};

} // namespace shopcast::replay
