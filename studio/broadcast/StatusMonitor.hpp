#pragma once

#include "EngineStats.hpp"

#include <QElapsedTimer>

#include <algorithm>
#include <QObject>
#include <QTimer>

namespace shopcast::broadcast {

class OutputControl;

struct StatusSnapshot
{
    double bitrateKbps = 0;    // all destinations together, over the last interval
    int droppedFrames = 0;     // network drops, all destinations
    quint32 laggedFrames = 0;  // render lag
    quint32 skippedFrames = 0; // encoder overload
    double cpuPercent = 0;     // of one core, this process
    bool streaming = false;
    bool recording = false;
    qint64 recordingMs = 0;
    int liveOutputs = 0;
    int totalOutputs = 0;
};

// Polls the engine once a second for the status bar: bitrate from byte deltas,
// CPU from getrusage. Cheap enough to run for the whole show.
class StatusMonitor : public QObject
{
    Q_OBJECT
public:
    explicit StatusMonitor(OutputControl &outputs, int intervalMs = 1000, QObject *parent = nullptr);

    StatusSnapshot sample();
    static double processCpuSeconds();

signals:
    void updated(const shopcast::broadcast::StatusSnapshot &snapshot);

private:
    OutputControl &m_outputs;
    QTimer m_timer{this};
    QElapsedTimer m_wall;
    quint64 m_lastBytes = 0;
    double m_lastCpuSeconds = 0;
    qint64 m_lastWallMs = 0;
};

} // namespace shopcast::broadcast
