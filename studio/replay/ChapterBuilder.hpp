#pragma once

#include "Chapter.hpp"
#include "RecordingSpan.hpp"

#include "show/TimelineEvent.hpp"

#include <QHash>
#include <QList>

namespace shopcast::replay {

// Turns a show's stored timeline into chapters and recording spans. The
// timeline is all it reads, so a show that crashed mid-slot still gets its
// chapters (open ones end at the last event), and a chapter outside every
// recording has no media.
class ChapterBuilder
{
public:
    // relocated: a recording's timeline path → where the user says it is now.
    explicit ChapterBuilder(const QList<show::TimelineEvent> &events, const QHash<QString, QString> &relocated = {});

    qint64 showStartMonotonicMs() const { return m_origin; }
    qint64 showLengthMs() const { return m_lengthMs; }
    bool ended() const { return m_ended; }
    const QList<RecordingSpan> &recordings() const { return m_recordings; }
    const QList<Chapter> &chapters() const { return m_chapters; }

    // Where a moment of the show is in a recording, if it was recorded.
    std::optional<ChapterMedia> mediaFor(qint64 startMs, qint64 endMs) const;

private:
    void buildRecordings(const QList<show::TimelineEvent> &events, const QHash<QString, QString> &relocated);
    void buildChapters(const QList<show::TimelineEvent> &events);

    qint64 m_origin = 0;
    qint64 m_lengthMs = 0;
    bool m_ended = false;
    QList<RecordingSpan> m_recordings;
    QList<Chapter> m_chapters;
};

} // namespace shopcast::replay
