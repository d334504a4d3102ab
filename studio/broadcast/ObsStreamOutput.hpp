#pragma once

#include <QCoreApplication>

#include "Destination.hpp"
#include "EngineStats.hpp"
#include "ReconnectSettings.hpp"

#include <obs.hpp>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <atomic>
#include <memory>

namespace shopcast::broadcast {

class ObsContext;

// One push destination: a shopcast_push service and an rtmp_output bound to the
// shared encoders. libobs reports on its own threads; every report is queued
// to this object's (Qt) thread before it touches state. A connection that
// drops after it was live is brought back by the studio (ReconnectSettings),
// not by libobs; stop, start and reconnect-now work on this destination alone.
class ObsStreamOutput : public QObject
{
    Q_OBJECT
public:
    ObsStreamOutput(int index, Destination destination, ObsContext &context, QObject *parent = nullptr);
    ~ObsStreamOutput() override;

    bool start(obs_encoder_t *video, obs_encoder_t *audio, QString *error);
    // Graceful when live; a destination still connecting is stopped off the
    // GUI thread (libobs joins its connect thread) and never goes live after.
    void stop();
    // While reconnecting: the next try now. After a stop or failure: start
    // again (the shared encoders must still run).
    bool restart(QString *error);
    void setReconnectSettings(const ReconnectSettings &settings) { m_policy = settings; }
    // After its encoder failed (encoderStopped): on the encoders that replace
    // it, at once (the platform sees a short pause, not an end).
    bool resume(obs_encoder_t *video, obs_encoder_t *audio, QString *error);
    obs_encoder_t *videoEncoder() const;
    // Could not be resumed: failed, with why.
    void fail(const QString &why);
    int canvas() const { return m_destination.canvas(); }
    bool isActive() const;
    // libobs is done with this output's last run: its end-of-capture thread
    // has let go of the encoders (the studio's state may still say otherwise).
    bool libobsStopped() const;
    OutputStats stats() const;
    const Destination &destination() const { return m_destination; }

signals:
    void stateChanged(int index, shopcast::broadcast::OutputState state, const QString &message);
    void finished(int index);
    // libobs stopped this output itself, without an error code: what its
    // encoder's failure does (libobs 29 force-stops every output of an
    // encoder whose encode call fails). The output waits to be resumed.
    void encoderStopped(int index);

private:
    static void onStarted(void *param, calldata_t *data);
    static void onStopped(void *param, calldata_t *data);
    static void onReconnect(void *param, calldata_t *data);
    static void onReconnected(void *param, calldata_t *data);
    void setState(OutputState state, const QString &message);
    void scheduleReconnect(const QString &why);
    void probe();
    bool startOutput(QString *error);

    int m_index;
    Destination m_destination;
    ObsContext &m_context;
    OBSServiceAutoRelease m_service;
    OBSOutputAutoRelease m_output;
    OBSSignal m_startSignal, m_stopSignal, m_reconnectSignal, m_reconnectedSignal;
    OutputState m_state = OutputState::Idle;
    QString m_error;
    int m_reconnects = 0;
    int m_knockedRetries = 0;
    ReconnectSettings m_policy;
    bool m_stopRequested = false;
    bool m_wasLive = false; // reconnect only what once worked (a bad key must fail, not loop)
    int m_attempt = 0;      // reconnect tries since the drop
    QTimer m_retry{this};
    QTimer m_probe{this};
    QPointer<QTcpSocket> m_knock;
    QElapsedTimer m_retryClock;
    std::shared_ptr<std::atomic_bool> m_stopPending;
    std::optional<PushUrlExpiry> m_keyExpiry; // a force_stop still running off the GUI thread
};

} // namespace shopcast::broadcast
