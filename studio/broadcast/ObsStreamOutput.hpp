#pragma once

#include "Destination.hpp"
#include "EngineStats.hpp"

#include <obs.hpp>

#include <QObject>

namespace shopcast::broadcast {

class ObsContext;

// One push destination: a shopcast_push service and an rtmp_output bound to the
// shared encoders. libobs reports on its own threads; every report is queued
// to this object's (Qt) thread before it touches state.
class ObsStreamOutput : public QObject
{
    Q_OBJECT
public:
    ObsStreamOutput(int index, Destination destination, ObsContext &context, QObject *parent = nullptr);
    ~ObsStreamOutput() override;

    bool start(obs_encoder_t *video, obs_encoder_t *audio, QString *error);
    void stop();
    bool isActive() const;
    OutputStats stats() const;
    const Destination &destination() const { return m_destination; }

signals:
    void stateChanged(int index, shopcast::broadcast::OutputState state, const QString &message);
    void finished(int index);

private:
    static void onStarted(void *param, calldata_t *data);
    static void onStopped(void *param, calldata_t *data);
    static void onReconnect(void *param, calldata_t *data);
    static void onReconnected(void *param, calldata_t *data);
    void setState(OutputState state, const QString &message);

    int m_index;
    Destination m_destination;
    ObsContext &m_context;
    OBSServiceAutoRelease m_service;
    OBSOutputAutoRelease m_output;
    OBSSignal m_startSignal, m_stopSignal, m_reconnectSignal, m_reconnectedSignal;
    OutputState m_state = OutputState::Idle;
    QString m_error;
    int m_reconnects = 0;
};

} // namespace shopcast::broadcast
