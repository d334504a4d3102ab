#pragma once

#include "Chapter.hpp"

#include "broadcast/RecordingRemuxer.hpp"

#include <QCoreApplication>
#include <QList>

namespace shopcast::replay {

// The chapters a recording file carries for players. An MP4 chapter list is
// a sequence, not a set of spans: FFmpeg's MP4 muxer writes each chapter as a
// sample of a text track, so each runs until the next starts, and chapters
// that overlap (a flash sale inside a pitch, a lottery inside its interlude
// slot) or leave gaps come out with the wrong spans and labels. This lays the
// show's chapters in the file end to end: pitches and interlude slots with
// their own spans; a lottery, poll or flash sale only where neither runs; a
// "between segments" chapter over what is left.
class RecordingChapters
{
    Q_DECLARE_TR_FUNCTIONS(RecordingChapters)
public:
    // The sequence for the recording at `path`, in ms of that file.
    static QList<broadcast::MediaChapter> forFile(const QString &path, const QList<Chapter> &chapters);
};

} // namespace shopcast::replay
