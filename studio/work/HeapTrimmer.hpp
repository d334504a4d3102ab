#pragma once

#include <QObject>
#include <QTimer>

namespace shopcast::work {

// Gives the pages malloc holds free back to the system, on a pool thread,
// every periodMs. A show allocates and frees all day on a dozen threads
// (comments, cards, frames, encoders); glibc keeps what is freed inside its
// arenas, and a free page between two live blocks stays resident for good:
// a four-hour soak saw the heap's use flat past the tenth minute while what
// malloc held (and RSS with it) kept growing. malloc_trim(0) walks every
// arena and madvises its whole free pages away, holding one arena's lock at
// a time; in the show benchmark's A/B the GUI thread's longest wait was no
// worse with the trims than without (BENCHMARKS.md, "Session 20").
class HeapTrimmer : public QObject
{
    Q_OBJECT
public:
    explicit HeapTrimmer(int periodMs, QObject *parent = nullptr);

    // Trims every periodMs from now; a period of 0 never trims.
    void start();
    // One trim on the pool now; trimmed() reports it.
    void trimNow();

    int trims() const { return m_trims; }
    // What the trims so far took out of the studio's RSS, summed.
    qint64 releasedBytes() const { return m_releasedBytes; }
    // Resident set of this process, from /proc/self/statm; 0 where unknown.
    static qint64 residentBytes();

signals:
    void trimmed(qint64 releasedBytes);

private:
    void done(qint64 releasedBytes);

    QTimer m_timer{this};
    int m_periodMs;
    bool m_running = false;
    int m_trims = 0;
    qint64 m_releasedBytes = 0;
};

} // namespace shopcast::work
