#pragma once

#include <QObject>

class QSocketNotifier;

namespace shopcast::cli {

// Turns SIGINT/SIGTERM into a Qt signal on the main thread (self-pipe trick),
// so a headless run stops its outputs cleanly instead of dying mid-stream.
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

} // namespace shopcast::cli
