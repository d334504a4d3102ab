#include "ObsStreamOutput.hpp"

#include "ObsContext.hpp"
#include "ObsPushService.hpp"

#include <QCoreApplication>

namespace shopcast::broadcast {

namespace {

QString stopReason(int code, const QString &lastError)
{
    QString reason;
    switch (code) {
    case OBS_OUTPUT_SUCCESS: return {};
    case OBS_OUTPUT_BAD_PATH: reason = ObsStreamOutput::tr("invalid server address"); break;
    case OBS_OUTPUT_CONNECT_FAILED: reason = ObsStreamOutput::tr("could not connect to the server"); break;
    case OBS_OUTPUT_INVALID_STREAM: reason = ObsStreamOutput::tr("the server rejected the stream key or application"); break;
    case OBS_OUTPUT_DISCONNECTED: reason = ObsStreamOutput::tr("disconnected from the server"); break;
    case OBS_OUTPUT_UNSUPPORTED: reason = ObsStreamOutput::tr("the server does not support these settings"); break;
    case OBS_OUTPUT_NO_SPACE: reason = ObsStreamOutput::tr("no space left"); break;
    case OBS_OUTPUT_ENCODE_ERROR: reason = ObsStreamOutput::tr("the encoder failed"); break;
    default: reason = ObsStreamOutput::tr("output error %1").arg(code); break;
    }
    if (!lastError.isEmpty())
        reason += QStringLiteral(" (%1)").arg(lastError);
    return reason;
}

} // namespace

ObsStreamOutput::ObsStreamOutput(int index, Destination destination, ObsContext &context, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_destination(std::move(destination))
    , m_context(context)
{
    m_context.addSecret(m_destination.streamKey());
    m_keyExpiry = PushUrlExpiry::read(m_destination.server(), m_destination.streamKey());
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        QString ignored;
        startOutput(&ignored);
    });
    connect(&m_probe, &QTimer::timeout, this, &ObsStreamOutput::probe);
}

ObsStreamOutput::~ObsStreamOutput()
{
    m_startSignal.Disconnect();
    m_stopSignal.Disconnect();
    m_reconnectSignal.Disconnect();
    m_reconnectedSignal.Disconnect();
    if (m_output && obs_output_active(m_output))
        obs_output_force_stop(m_output);
    m_context.removeSecret(m_destination.streamKey());
}

bool ObsStreamOutput::start(obs_encoder_t *video, obs_encoder_t *audio, QString *error)
{
    const QByteArray name = QStringLiteral("stream-%1").arg(m_index).toUtf8();
    OBSDataAutoRelease serviceSettings = obs_data_create();
    obs_data_set_string(serviceSettings, "server", m_destination.server().toUtf8().constData());
    obs_data_set_string(serviceSettings, "key", m_destination.streamKey().toUtf8().constData());
    m_service = obs_service_create(ObsPushService::kId, name.constData(), serviceSettings, nullptr);
    m_output = obs_output_create("rtmp_output", name.constData(), nullptr, nullptr);
    if (!m_service || !m_output) {
        *error = ObsStreamOutput::tr("libobs could not create the RTMP output for %1").arg(m_destination.label());
        return false;
    }
    obs_output_set_service(m_output, m_service);
    obs_output_set_video_encoder(m_output, video);
    obs_output_set_audio_encoder(m_output, audio, 0);
    // libobs' retry grows to 15 minutes between tries and then gives up; the
    // studio reconnects itself (see scheduleReconnect).
    obs_output_set_reconnect_settings(m_output, 0, 0);

    signal_handler_t *handler = obs_output_get_signal_handler(m_output);
    m_startSignal.Connect(handler, "start", &ObsStreamOutput::onStarted, this);
    m_stopSignal.Connect(handler, "stop", &ObsStreamOutput::onStopped, this);
    m_reconnectSignal.Connect(handler, "reconnect", &ObsStreamOutput::onReconnect, this);
    m_reconnectedSignal.Connect(handler, "reconnect_success", &ObsStreamOutput::onReconnected, this);

    return startOutput(error);
}

bool ObsStreamOutput::startOutput(QString *error)
{
    m_stopRequested = false;
    m_probe.stop();
    setState(m_attempt > 0 ? OutputState::Reconnecting : OutputState::Connecting,
             m_attempt > 0 ? ObsStreamOutput::tr("connecting (attempt %1)").arg(m_attempt) : QString());
    if (!obs_output_start(m_output)) {
        const QString why = m_destination.redact(QString::fromUtf8(obs_output_get_last_error(m_output)));
        if (m_wasLive && !m_stopRequested) {
            scheduleReconnect(why);
            return true;
        }
        m_error = ObsStreamOutput::tr("%1: could not start: %2").arg(m_destination.label(), why.isEmpty() ? ObsStreamOutput::tr("unknown error") : why);
        setState(OutputState::Failed, m_error);
        *error = m_error;
        return false;
    }
    return true;
}

bool ObsStreamOutput::resume(obs_encoder_t *video, obs_encoder_t *audio, QString *error)
{
    if (!m_output || m_stopRequested || obs_output_active(m_output))
        return false;
    obs_output_set_video_encoder(m_output, video);
    obs_output_set_audio_encoder(m_output, audio, 0);
    m_attempt = 0;
    ++m_reconnects;
    return startOutput(error);
}

void ObsStreamOutput::fail(const QString &why)
{
    m_retry.stop();
    m_probe.stop();
    m_error = QStringLiteral("%1: %2").arg(m_destination.label(), why);
    setState(OutputState::Failed, m_error);
    emit finished(m_index);
}

obs_encoder_t *ObsStreamOutput::videoEncoder() const
{
    return m_output ? obs_output_get_video_encoder(m_output) : nullptr;
}

bool ObsStreamOutput::restart(QString *error)
{
    if (!m_output) {
        *error = ObsStreamOutput::tr("%1 was never started").arg(m_destination.label());
        return false;
    }
    if (m_state == OutputState::Live || m_state == OutputState::Connecting)
        return true;
    if (m_state == OutputState::Reconnecting && obs_output_active(m_output))
        return true; // a try is under way
    if (m_stopPending && *m_stopPending) {
        *error = ObsStreamOutput::tr("%1 is still letting go of its last connection; try again in a moment").arg(m_destination.label());
        return false;
    }
    m_retry.stop();
    if (m_state == OutputState::Stopped || m_state == OutputState::Failed)
        m_attempt = 0;
    return startOutput(error);
}

void ObsStreamOutput::stop()
{
    m_stopRequested = true;
    m_retry.stop();
    m_probe.stop();
    if (m_knock)
        m_knock->abort();
    m_attempt = 0;
    if (m_output && obs_output_active(m_output) && m_state == OutputState::Live) {
        obs_output_stop(m_output); // the stop signal follows
    } else if (m_state != OutputState::Failed && m_state != OutputState::Stopped) {
        // Still connecting, or waiting to reconnect: nothing to flush, but a
        // connect thread may sit in the handshake, and obs_output_active()
        // is false until it ends, so it cannot tell. Left alone, it would go
        // live after the user stopped it. force_stop joins it, as long as the
        // server takes to answer: ObsContext runs it, holding references.
        // The flag is cleared by an event posted after libobs' own stop
        // signal, so a restart can never meet that late signal.
        if (m_output) {
            auto pending = std::make_shared<std::atomic_bool>(true);
            m_stopPending = pending;
            m_context.runBlocking([output = OBSOutput(m_output.Get()), service = OBSService(m_service.Get()), pending] {
                obs_output_force_stop(output);
                if (QCoreApplication *app = QCoreApplication::instance())
                    QMetaObject::invokeMethod(
                        app, [pending] { *pending = false; }, Qt::QueuedConnection);
                else
                    *pending = false;
            });
        }
        setState(OutputState::Stopped, {});
        emit finished(m_index);
    }
}

void ObsStreamOutput::scheduleReconnect(const QString &why)
{
    ++m_attempt;
    if (m_policy.maxAttempts > 0 && m_attempt > m_policy.maxAttempts) {
        m_error = ObsStreamOutput::tr("%1: gave up after %2 tries: %3").arg(m_destination.label()).arg(m_policy.maxAttempts).arg(why);
        setState(OutputState::Failed, m_error);
        emit finished(m_index);
        return;
    }
    const qint64 delay = m_policy.delayForAttempt(m_attempt);
    ++m_reconnects;
    m_error = why;
    setState(OutputState::Reconnecting, ObsStreamOutput::tr("reconnecting in %1 s (attempt %2): %3").arg((delay + 999) / 1000).arg(m_attempt).arg(why));
    m_retryClock.start();
    m_retry.start(int(delay));
    if (m_policy.probeIntervalMs > 0)
        m_probe.start(m_policy.probeIntervalMs);
}

void ObsStreamOutput::probe()
{
    // A TCP knock on the ingest: when it answers, the try starts now instead
    // of at the end of the wait. Nothing is sent.
    if (m_knock || m_state != OutputState::Reconnecting || (m_output && obs_output_active(m_output)))
        return;
    auto *knock = new QTcpSocket(this);
    m_knock = knock;
    connect(knock, &QTcpSocket::connected, this, [this, knock] {
        knock->abort();
        knock->deleteLater();
        if (m_state == OutputState::Reconnecting && m_retry.isActive()) {
            m_retry.stop();
            ++m_knockedRetries;
            QString ignored;
            startOutput(&ignored);
        }
    });
    connect(knock, &QTcpSocket::errorOccurred, knock, &QObject::deleteLater);
    QTimer::singleShot(std::max(200, m_policy.probeIntervalMs - 100), knock, [knock] {
        knock->abort();
        knock->deleteLater();
    });
    knock->connectToHost(m_destination.host(), quint16(m_destination.port()));
}

bool ObsStreamOutput::isActive() const
{
    return m_state == OutputState::Connecting || m_state == OutputState::Live || m_state == OutputState::Reconnecting;
}

bool ObsStreamOutput::libobsStopped() const
{
    return !m_output || !obs_output_active(m_output);
}

OutputStats ObsStreamOutput::stats() const
{
    OutputStats s;
    s.redactedUrl = m_destination.redactedUrl();
    s.name = m_destination.name();
    s.state = m_state;
    s.error = m_error;
    s.reconnects = m_reconnects;
    s.knockedRetries = m_knockedRetries;
    s.keyExpiry = m_keyExpiry;
    if (m_output) {
        s.bytes = obs_output_get_total_bytes(m_output);
        s.droppedFrames = obs_output_get_frames_dropped(m_output);
        s.totalFrames = obs_output_get_total_frames(m_output);
    }
    return s;
}

void ObsStreamOutput::setState(OutputState state, const QString &message)
{
    m_state = state;
    emit stateChanged(m_index, state, message);
}

void ObsStreamOutput::onStarted(void *param, calldata_t *)
{
    auto *self = static_cast<ObsStreamOutput *>(param);
    QMetaObject::invokeMethod(
        self,
        [self] {
            // A handshake that ends after the user pressed Stop still starts
            // the output in libobs, until force_stop ends it: not on air.
            if (self->m_stopRequested)
                return;
            self->m_wasLive = true;
            self->m_attempt = 0;
            self->m_probe.stop();
            self->setState(OutputState::Live, {});
        },
        Qt::QueuedConnection);
}

void ObsStreamOutput::onStopped(void *param, calldata_t *data)
{
    auto *self = static_cast<ObsStreamOutput *>(param);
    const int code = int(calldata_int(data, "code"));
    const char *lastError = calldata_string(data, "last_error");
    const QString raw = lastError ? QString::fromUtf8(lastError) : QString();
    QMetaObject::invokeMethod(
        self,
        [self, code, raw] {
            // Newer libobs says OBS_OUTPUT_ENCODE_ERROR; 29 stops with no code.
            const bool encoderFailed = code == OBS_OUTPUT_ENCODE_ERROR || (code == OBS_OUTPUT_SUCCESS && self->isActive());
            if (encoderFailed && !self->m_stopRequested) {
                self->m_error = stopReason(OBS_OUTPUT_ENCODE_ERROR, {});
                self->setState(OutputState::Reconnecting, self->m_error);
                emit self->encoderStopped(self->m_index);
                return;
            }
            if (code == OBS_OUTPUT_SUCCESS || self->m_stopRequested) {
                self->setState(OutputState::Stopped, {});
            } else if (self->m_wasLive && code != OBS_OUTPUT_INVALID_STREAM && code != OBS_OUTPUT_BAD_PATH) {
                // Dropped after it worked: the show goes on, so does the destination.
                self->scheduleReconnect(stopReason(code, self->m_destination.redact(raw)));
                return;
            } else {
                self->m_error = QStringLiteral("%1: %2").arg(self->m_destination.label(), stopReason(code, self->m_destination.redact(raw)));
                self->setState(OutputState::Failed, self->m_error);
            }
            emit self->finished(self->m_index);
        },
        Qt::QueuedConnection);
}

void ObsStreamOutput::onReconnect(void *param, calldata_t *data)
{
    auto *self = static_cast<ObsStreamOutput *>(param);
    const int seconds = int(calldata_int(data, "timeout_sec"));
    QMetaObject::invokeMethod(
        self,
        [self, seconds] {
            ++self->m_reconnects;
            self->setState(OutputState::Reconnecting, ObsStreamOutput::tr("reconnecting in %1 s").arg(seconds));
        },
        Qt::QueuedConnection);
}

void ObsStreamOutput::onReconnected(void *param, calldata_t *)
{
    auto *self = static_cast<ObsStreamOutput *>(param);
    QMetaObject::invokeMethod(
        self, [self] { self->setState(OutputState::Live, {}); }, Qt::QueuedConnection);
}

} // namespace shopcast::broadcast
