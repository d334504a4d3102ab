#pragma once

#include <QObject>

class QSocketNotifier;

namespace shopcast::core {

// Turns SIGINT, SIGTERM and SIGHUP into a Qt signal on the main thread
// (self-pipe trick), so a run stops its outputs and finishes its recording
// cleanly instead of dying mid-stream. One per process.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    static int s_fds[2];
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace shopcast::core
