#include "StudioHealth.hpp"

#include "broadcast/EngineStats.hpp"
#include "chat/ChatModel.hpp"
#include "core/MonotonicClock.hpp"
#include "work/GuiThreadCheck.hpp"

#include <QJsonArray>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace shopcast::assembly {

StudioHealth::StudioHealth(const chat::ChatModel &chat, const core::MonotonicClock &clock, int heapTrimPeriodMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_heapTrimmer(heapTrimPeriodMs)
{
    // A flush puts a batch of rows in the view at once: each row's wait is
    // from the hub's stamp to now, on the same clock.
    connect(&chat, &chat::ChatModel::flushed, this, [this, &chat](int added) {
        const qint64 now = m_clock.nowMs();
        for (int row = std::max(0, chat.rowCount() - added); row < chat.rowCount(); ++row)
            m_commentLatency.add(now - chat.eventAt(row).arrivedAtMs);
    });
}

void StudioHealth::start()
{
    m_loop.start();
    m_heapTrimmer.start();
}

namespace {

// What the allocator holds against what the studio uses of it: a soak that
// sees RSS grow tells a leak or a store that grows (in use grows with it)
// from fragmentation (held grows, in use does not). glibc's own count, over
// every arena; walking the free lists takes well under a millisecond.
QJsonObject heapReport(const work::HeapTrimmer &trimmer)
{
    constexpr double kMiB = 1024.0 * 1024.0;
    QJsonObject report{{QStringLiteral("trims"), trimmer.trims()}, {QStringLiteral("trimmedMiB"), double(trimmer.releasedBytes()) / kMiB}};
#if defined(__GLIBC__)
    const struct mallinfo2 m = mallinfo2();
    report.insert(QStringLiteral("inUseMiB"), double(m.uordblks + m.hblkhd) / kMiB);
    report.insert(QStringLiteral("heldMiB"), double(m.arena + m.hblkhd) / kMiB);
    report.insert(QStringLiteral("freeMiB"), double(m.fordblks) / kMiB);
#endif
    return report;
}

} // namespace

QJsonObject StudioHealth::report(const broadcast::EngineStats &engine) const
{
    QJsonArray outputs;
    for (const broadcast::OutputStats &o : engine.outputs)
        outputs.append(QJsonObject{{QStringLiteral("name"), o.name.isEmpty() ? o.redactedUrl : o.name},
                                   {QStringLiteral("droppedFrames"), o.droppedFrames},
                                   {QStringLiteral("totalFrames"), o.totalFrames},
                                   {QStringLiteral("reconnects"), o.reconnects},
                                   {QStringLiteral("bytes"), qint64(o.bytes)}});
    return {{QStringLiteral("guiLatenessMs"), m_loop.lateness().toJson()},
            {QStringLiteral("guiBeatMs"), work::LoopWatch::kBeatMs},
            {QStringLiteral("guiStartupMs"), work::LoopWatch::kSettleMs},
            {QStringLiteral("guiStartupLatenessMs"), m_loop.startupLateness().toJson()},
            {QStringLiteral("guiSlowTurns"), QJsonObject{{QStringLiteral("thresholdMs"), work::LoopWatch::kSlowTurnMs},
                                                         {QStringLiteral("count"), m_loop.slowTurnCount()},
                                                         {QStringLiteral("longest"), m_loop.slowTurnsJson()}}},
            {QStringLiteral("commentLatencyMs"), m_commentLatency.toJson()},
            {QStringLiteral("heavyWorkOnGuiThread"), work::GuiThreadCheck::heavyWorkOnGuiThread()},
            {QStringLiteral("waitsOnGuiThread"), work::GuiThreadCheck::waitsOnGuiThread()},
            {QStringLiteral("renderedFrames"), qint64(engine.renderedFrames)},
            {QStringLiteral("laggedFrames"), qint64(engine.laggedFrames)},
            {QStringLiteral("encodedFrames"), qint64(engine.encodedFrames)},
            {QStringLiteral("skippedFrames"), qint64(engine.skippedFrames)},
            {QStringLiteral("recording"), engine.recording},
            {QStringLiteral("recordingDurationMs"), engine.recordingDurationMs},
            {QStringLiteral("outputs"), outputs},
            {QStringLiteral("heap"), heapReport(m_heapTrimmer)}};
}

} // namespace shopcast::assembly
