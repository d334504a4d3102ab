#pragma once

#include "DeliveryWatch.hpp"
#include "MsHistogram.hpp"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <vector>

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
// Of the turns kSlowTurnMs late or more, the kKeptSlowTurns longest are kept
// with what ran before each (DeliveryWatch) and the CPU the GUI thread used in
// it: about the turn's length, the thread was busy in that handler; far
// less, it waited (a lock, the disk, or a machine with no core free).
class LoopWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBeatMs = 10;
    static constexpr int kSettleMs = 3'000;
    static constexpr int kSlowTurnMs = 50;
    static constexpr int kKeptSlowTurns = 10;

    struct SlowTurn
    {
        qint64 atMs = 0; // since start()
        qint64 latenessMs = 0;
        qint64 threadCpuMs = -1; // -1: this system cannot say
        QString after;           // DeliveryWatch::Longest::describe()
        qint64 afterMs = 0;
    };

    explicit LoopWatch(QObject *parent = nullptr, qint64 settleMs = kSettleMs);
    void start();
    const MsHistogram &lateness() const { return m_lateness; }
    const MsHistogram &startupLateness() const { return m_startup; }
    // Turns at least kSlowTurnMs late after the settling time.
    qint64 slowTurnCount() const { return m_slowTurnCount; }
    // The longest of them, longest first.
    const std::vector<SlowTurn> &slowTurns() const { return m_slowTurns; }
    // [{"atMs", "latenessMs", "threadCpuMs", "after", "afterMs"}], longest first.
    QJsonArray slowTurnsJson() const;

private:
    void beat();
    void keep(SlowTurn turn);

    QTimer m_timer{this};
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_settleMs;
    MsHistogram m_lateness;
    MsHistogram m_startup;
    DeliveryWatch m_deliveries;
    qint64 m_slowTurnCount = 0;
    std::vector<SlowTurn> m_slowTurns;
};

} // namespace shopcast::work
