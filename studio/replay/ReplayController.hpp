#pragma once

#include "ShowReview.hpp"

#include <QObject>

#include <cmath>
#include <optional>

namespace shopcast::replay {

// What the replay window plays and where a click takes it, without widgets:
// the show under review, the recording being played (a show can have
// several), the map between a moment of the show and a position in that
// file, and the keyboard's moves (J/K/L, arrows, a frame, the next chapter).
class ReplayController : public QObject
{
    Q_OBJECT
public:
    explicit ReplayController(ShowReview review, QObject *parent = nullptr);

    const ShowReview &review() const { return m_review; }
    int recordingIndex() const { return m_recording; }
    // The file to play; empty when no recording of the show is on disk.
    QString mediaPath() const;
    bool setRecording(int index);

    // Show time (ms from the show's start) at a position in the current file.
    qint64 showTimeFor(qint64 mediaMs) const;
    // A chapter's start in the current file, if it was recorded there.
    std::optional<qint64> chapterPosition(int chapter) const;
    std::optional<qint64> nextChapterPosition(qint64 mediaMs) const;
    std::optional<qint64> previousChapterPosition(qint64 mediaMs) const;

    static constexpr qint64 kShortJumpMs = 5'000; // ← →
    static constexpr qint64 kLongJumpMs = 10'000; // J L
    static qint64 frameMs(double fps) { return fps > 0 ? qint64(std::llround(1000.0 / fps)) : 33; }

signals:
    void recordingChanged(int index);

private:
    ShowReview m_review;
    int m_recording = -1;
};

} // namespace shopcast::replay
