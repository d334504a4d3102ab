#pragma once

#include "work/HeapTrimmer.hpp"
#include "work/LoopWatch.hpp"
#include "work/MsHistogram.hpp"

#include <QJsonObject>
#include <QObject>

namespace shopcast::broadcast {
struct EngineStats;
}
namespace shopcast::chat {
class ChatModel;
}
namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::assembly {

// What a producer, a benchmark or a soak run asks of a studio that has run
// for hours: how long the GUI thread kept turns waiting, how long a comment
// took from arriving to being in the chat view, whether anything ran on the
// GUI thread that should not, and each output's dropped frames. Cheap enough
// to be always on; the remote control's GetStudioHealth reads it. It also
// keeps malloc from holding freed pages for hours (HeapTrimmer).
class StudioHealth : public QObject
{
    Q_OBJECT
public:
    static constexpr int kHeapTrimPeriodMs = 60'000;

    StudioHealth(const chat::ChatModel &chat, const core::MonotonicClock &clock, int heapTrimPeriodMs = kHeapTrimPeriodMs, QObject *parent = nullptr);

    // Watches from now: once start-up is over.
    void start();
    QJsonObject report(const broadcast::EngineStats &engine) const;

private:
    const core::MonotonicClock &m_clock;
    work::LoopWatch m_loop;
    work::HeapTrimmer m_heapTrimmer;
    work::MsHistogram m_commentLatency;
};

} // namespace shopcast::assembly
