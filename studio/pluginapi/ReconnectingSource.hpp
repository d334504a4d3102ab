#pragma once

#include "CommentSource.hpp"
#include "ReconnectPolicy.hpp"

#include <QTimer>

#include <memory>

namespace shopcast::chat {

// What every network comment source does the same way: start and stop, a
// connection that drops is retried with backoff and jitter (ReconnectPolicy),
// a connection that goes quiet for too long is treated as dropped, a refusal
// (bad token, unknown room) stops the retries with the reason, and every step
// is a state change the studio shows. A platform source implements the
// connection itself: open, close, and reports of what happened to it.
class ReconnectingSource : public CommentSource
{
    Q_OBJECT
public:
    explicit ReconnectingSource(QObject *parent = nullptr);

    void start() final;
    void stop() final;
    int reconnectAttempts() const { return m_policy ? m_policy->attempts() : 0; }

protected:
    // Call from configure(): the first retry delay and how long the
    // connection may stay silent (0: no silence watch).
    void setReconnectTiming(qint64 firstDelayMs, qint64 silentTimeoutMs);
    virtual void openConnection() = 0;  // begin connecting (state is Connecting)
    virtual void closeConnection() = 0; // drop the connection at once, no reconnect of its own
    // The connection went quiet for silentTimeoutMs. By default it is dropped
    // and retried; a protocol with a ping may probe first (keepWaiting()).
    virtual void onSilence();

    void connectionUp(const QString &detail); // Live; the backoff starts over
    void connectionLost(const QString &why);  // retried after the backoff delay
    void reconnectSoon(const QString &why);   // retried at once (the server asked)
    void refuse(const QString &why);          // Error; no more retries until start()
    void activity();                          // data arrived: restart the silence watch
    void keepWaiting(qint64 ms);              // give a probe this long before onSilence() again
    bool isRunning() const { return m_running; }

private:
    void connectNow();

    std::unique_ptr<ReconnectPolicy> m_policy;
    qint64 m_silentTimeoutMs = 0;
    QTimer m_reconnectTimer{this};
    QTimer m_silenceTimer{this};
    bool m_running = false;
    bool m_refused = false;
};

} // namespace shopcast::chat
