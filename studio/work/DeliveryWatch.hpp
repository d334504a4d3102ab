#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace shopcast::work {

// What the GUI thread was doing when a turn ran long. Installed as an
// application event filter, it sees every event as its delivery starts, and
// the time from one delivery's start to the next is what that delivery (its
// handler, and the loop's own work after it) held the thread. The watch
// keeps the longest such stretch since the last take(): the receiver's
// class, the first of its owners that is not Qt's own (a QTimer tells
// nothing; the ShowSession that owns it does, which is why the studio's
// member timers are their owners' children, `QTimer m_timer{this}`, a rule
// tests/layers/check_timer_owners.py holds), and the event's type. Only
// pointers to static class names are kept per event: a few nanoseconds on a
// loop that delivers tens of thousands of events a second.
class DeliveryWatch : public QObject
{
    Q_OBJECT
public:
    struct Longest
    {
        qint64 ms = 0;
        int eventType = 0;
        const char *receiverClass = nullptr;
        const char *ownerClass = nullptr;
        // "MetaCall → QTimer in shopcast::show::ShowSession", or empty.
        QString describe() const;
    };

    explicit DeliveryWatch(QObject *parent = nullptr);
    ~DeliveryWatch() override;
    // On the application object, from the thread it lives in (the GUI thread).
    void install();
    // The longest stretch since the last take(), the one still running counted
    // up to now; then starts over.
    Longest take();

protected:
    bool eventFilter(QObject *receiver, QEvent *event) override;

private:
    void close(qint64 nowNs);

    QElapsedTimer m_clock;
    qint64 m_currentStartNs = 0;
    Longest m_current; // what is being delivered now (its ms unused)
    Longest m_longest;
    bool m_installed = false;
};

} // namespace shopcast::work
