#include "StatusMonitor.hpp"

#include "OutputControl.hpp"

#include <sys/resource.h>

namespace shopcast::broadcast {

StatusMonitor::StatusMonitor(OutputControl &outputs, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_outputs(outputs)
{
    m_wall.start();
    m_lastCpuSeconds = processCpuSeconds();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit updated(sample()); });
    m_timer.start();
}

double StatusMonitor::processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

StatusSnapshot StatusMonitor::sample()
{
    const EngineStats stats = m_outputs.stats();
    StatusSnapshot s;
    quint64 bytes = 0;
    for (const OutputStats &o : stats.outputs) {
        bytes += o.bytes;
        s.droppedFrames += o.droppedFrames;
        if (o.state == OutputState::Live)
            ++s.liveOutputs;
    }
    s.totalOutputs = int(stats.outputs.size());
    const qint64 nowMs = m_wall.elapsed();
    const double cpu = processCpuSeconds();
    const double intervalSec = std::max<qint64>(1, nowMs - m_lastWallMs) / 1000.0;
    // A new streaming session restarts the byte counters from zero.
    const quint64 delta = bytes >= m_lastBytes ? bytes - m_lastBytes : bytes;
    s.bitrateKbps = double(delta) * 8.0 / 1000.0 / intervalSec;
    s.cpuPercent = (cpu - m_lastCpuSeconds) / intervalSec * 100.0;
    s.laggedFrames = stats.laggedFrames;
    s.skippedFrames = stats.skippedFrames;
    s.streaming = m_outputs.isStreaming();
    s.recording = stats.recording;
    s.recordingMs = stats.recordingDurationMs;
    m_lastBytes = bytes;
    m_lastCpuSeconds = cpu;
    m_lastWallMs = nowMs;
    return s;
}

} // namespace shopcast::broadcast
