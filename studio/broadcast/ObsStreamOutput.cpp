#include "ObsStreamOutput.hpp"

#include "ObsContext.hpp"
#include "ObsPushService.hpp"

#include <QCoreApplication>

namespace shopcast::broadcast {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ObsStreamOutput", text);
}

QString stopReason(int code, const QString &lastError)
{
    QString reason;
    switch (code) {
    case OBS_OUTPUT_SUCCESS: return {};
    case OBS_OUTPUT_BAD_PATH: reason = tr("invalid server address"); break;
    case OBS_OUTPUT_CONNECT_FAILED: reason = tr("could not connect to the server"); break;
    case OBS_OUTPUT_INVALID_STREAM: reason = tr("the server rejected the stream key or application"); break;
    case OBS_OUTPUT_DISCONNECTED: reason = tr("disconnected from the server"); break;
    case OBS_OUTPUT_UNSUPPORTED: reason = tr("the server does not support these settings"); break;
    case OBS_OUTPUT_NO_SPACE: reason = tr("no space left"); break;
    case OBS_OUTPUT_ENCODE_ERROR: reason = tr("the encoder failed"); break;
    default: reason = tr("output error %1").arg(code); break;
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
        *error = tr("libobs could not create the RTMP output for %1").arg(m_destination.redactedUrl());
        return false;
    }
    obs_output_set_service(m_output, m_service);
    obs_output_set_video_encoder(m_output, video);
    obs_output_set_audio_encoder(m_output, audio, 0);
    // Retry a dropped connection for up to a minute, as OBS Studio does by default.
    obs_output_set_reconnect_settings(m_output, 20, 3);

    signal_handler_t *handler = obs_output_get_signal_handler(m_output);
    m_startSignal.Connect(handler, "start", &ObsStreamOutput::onStarted, this);
    m_stopSignal.Connect(handler, "stop", &ObsStreamOutput::onStopped, this);
    m_reconnectSignal.Connect(handler, "reconnect", &ObsStreamOutput::onReconnect, this);
    m_reconnectedSignal.Connect(handler, "reconnect_success", &ObsStreamOutput::onReconnected, this);

    setState(OutputState::Connecting, {});
    if (!obs_output_start(m_output)) {
        const QString why = m_destination.redact(QString::fromUtf8(obs_output_get_last_error(m_output)));
        m_error = tr("%1: could not start: %2").arg(m_destination.redactedUrl(), why.isEmpty() ? tr("unknown error") : why);
        setState(OutputState::Failed, m_error);
        *error = m_error;
        return false;
    }
    return true;
}

void ObsStreamOutput::stop()
{
    if (m_output && obs_output_active(m_output)) {
        obs_output_stop(m_output);
    } else if (m_state != OutputState::Failed && m_state != OutputState::Stopped) {
        // Still connecting, or never started: there is nothing to flush.
        if (m_output)
            obs_output_force_stop(m_output);
        setState(OutputState::Stopped, {});
        emit finished(m_index);
    }
}

bool ObsStreamOutput::isActive() const
{
    return m_state == OutputState::Connecting || m_state == OutputState::Live || m_state == OutputState::Reconnecting;
}

OutputStats ObsStreamOutput::stats() const
{
    OutputStats s;
    s.redactedUrl = m_destination.redactedUrl();
    s.state = m_state;
    s.error = m_error;
    s.reconnects = m_reconnects;
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
    QMetaObject::invokeMethod(self, [self] { self->setState(OutputState::Live, {}); }, Qt::QueuedConnection);
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
            if (code == OBS_OUTPUT_SUCCESS) {
                self->setState(OutputState::Stopped, {});
            } else {
                self->m_error = QStringLiteral("%1: %2").arg(self->m_destination.redactedUrl(),
                                                             stopReason(code, self->m_destination.redact(raw)));
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
            self->setState(OutputState::Reconnecting, tr("reconnecting in %1 s").arg(seconds));
        },
        Qt::QueuedConnection);
}

void ObsStreamOutput::onReconnected(void *param, calldata_t *)
{
    auto *self = static_cast<ObsStreamOutput *>(param);
    QMetaObject::invokeMethod(self, [self] { self->setState(OutputState::Live, {}); }, Qt::QueuedConnection);
}

} // namespace shopcast::broadcast
