#include "ReplayController.hpp"

namespace shopcast::replay {

ReplayController::ReplayController(ShowReview review, QObject *parent)
    : QObject(parent)
    , m_review(std::move(review))
{
    // The first recording that is on disk.
    for (int i = 0; i < m_review.summary.recordings.size(); ++i)
        if (m_review.summary.recordings.at(i).exists) {
            m_recording = i;
            break;
        }
}

QString ReplayController::mediaPath() const
{
    if (m_recording < 0)
        return {};
    const RecordingSpan &r = m_review.summary.recordings.at(m_recording);
    return r.exists ? r.path : QString();
}

bool ReplayController::setRecording(int index)
{
    if (index < 0 || index >= m_review.summary.recordings.size() || !m_review.summary.recordings.at(index).exists)
        return false;
    if (index != m_recording) {
        m_recording = index;
        emit recordingChanged(index);
    }
    return true;
}

qint64 ReplayController::showTimeFor(qint64 mediaMs) const
{
    if (m_recording < 0)
        return mediaMs;
    return m_review.summary.recordings.at(m_recording).startMs + mediaMs;
}

std::optional<qint64> ReplayController::chapterPosition(int chapter) const
{
    if (chapter < 0 || chapter >= m_review.chapters.size())
        return std::nullopt;
    const Chapter &c = m_review.chapters.at(chapter);
    if (!c.media || c.media->path != mediaPath())
        return std::nullopt;
    return c.media->startMs;
}

std::optional<qint64> ReplayController::nextChapterPosition(qint64 mediaMs) const
{
    std::optional<qint64> best;
    for (int i = 0; i < m_review.chapters.size(); ++i)
        if (const auto at = chapterPosition(i); at && *at > mediaMs + 500 && (!best || *at < *best))
            best = at;
    return best;
}

std::optional<qint64> ReplayController::previousChapterPosition(qint64 mediaMs) const
{
    // Like a player's "previous": within two seconds of a chapter's start, the one before it.
    std::optional<qint64> best;
    for (int i = 0; i < m_review.chapters.size(); ++i)
        if (const auto at = chapterPosition(i); at && *at < mediaMs - 2000 && (!best || *at > *best))
            best = at;
    return best;
}

} // namespace shopcast::replay
