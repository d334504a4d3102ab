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
// The first settleMs after start() are kept apart: the main window's first
// layout and paint (fonts, every dock) hold the thread a few hundred ms
// once, and that is the studio opening, not a host waiting in a show.
class LoopWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBeatMs = 10;
    static constexpr int kSettleMs = 3'000;

    explicit LoopWatch(QObject *parent = nullptr, qint64 settleMs = kSettleMs);
    void start();
    const MsHistogram &lateness() const { return m_lateness; }
    const MsHistogram &startupLateness() const { return m_startup; }

private:
    void beat();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_settleMs;
    MsHistogram m_lateness;
    MsHistogram m_startup;
};

} // namespace shopcast::work
