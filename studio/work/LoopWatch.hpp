#pragma once

#include "MsHistogram.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace shopcast::work {

// How long the GUI thread's event loop keeps a turn waiting, for as long as
// the studio runs: a timer asks for a turn every kBeatMs and each beat's
// lateness (how much longer than kBeatMs it took) goes to a histogram. A
// host feels the long ones: a click or a key that does nothing for a while.
// 100 wake-ups a second cost nothing a profile shows; the remote control's
// GetStudioHealth reports it for benchmarks and soak runs.
class LoopWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBeatMs = 10;

    explicit LoopWatch(QObject *parent = nullptr);
    void start();
    const MsHistogram &lateness() const { return m_lateness; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    MsHistogram m_lateness;
};

} // namespace shopcast::work
