#include "BroadcastController.hpp"

#include "PushUrlExpiry.hpp"

#include "OutputControl.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QPointer>

namespace shopcast::broadcast {

BroadcastController::BroadcastController(OutputControl &outputs, BroadcastSettings &settings, KeyLookup keys, Clock wallClock, QObject *parent)
    : QObject(parent)
    , m_outputs(outputs)
    , m_settings(settings)
    , m_keys(std::move(keys))
    , m_clock(std::move(wallClock))
{
    connect(&m_outputs, &OutputControl::streamingStopped, this, [this] { emit streamingChanged(false); });
    connect(&m_outputs, &OutputControl::encoderFellBack, this, [this](const QString &text) { emit message(text, true); });
    connect(&m_outputs, &OutputControl::recordingStarted, this, [this] { emit recordingChanged(true); });
    connect(&m_outputs, &OutputControl::recordingFinished, this, [this](const QString &path, const QString &error) {
        emit recordingChanged(false);
        if (!error.isEmpty())
            emit message(error, true);
        else
            emit message(tr("Recording saved: %1").arg(path), false);
        emit recordingSaved(path);
    });
    connect(&m_outputs, &OutputControl::replayBufferChanged, this, [this](bool active, const QString &error) {
        if (!error.isEmpty())
            emit message(error, true);
        emit replayBufferChanged(active);
    });
    connect(&m_outputs, &OutputControl::virtualCameraChanged, this, &BroadcastController::virtualCameraChanged);
    connect(&m_outputs, &OutputControl::replaySaved, this, [this](const QString &path, qint64 lengthMs) {
        emit message(tr("Replay saved (%1 s): %2").arg(QString::number(double(lengthMs) / 1000.0, 'f', 1), QDir::toNativeSeparators(path)), false);
    });
    connect(&m_outputs, &OutputControl::outputStateChanged, this, [this](int, OutputState state, const QString &text) {
        if (state == OutputState::Failed) {
            emit message(text, true);
            emit streamFailed(text);
        } else if (state == OutputState::Reconnecting)
            emit message(text, false);
    });
}

bool BroadcastController::isStreaming() const
{
    return m_outputs.isStreaming();
}

bool BroadcastController::isRecording() const
{
    return m_outputs.isRecording();
}

bool BroadcastController::isReplayBufferActive() const
{
    return m_outputs.isReplayBufferActive();
}

bool BroadcastController::virtualCameraAvailable(QString *why) const
{
    return m_outputs.virtualCameraAvailable(why);
}

bool BroadcastController::isVirtualCameraActive() const
{
    return m_outputs.isVirtualCameraActive();
}

bool BroadcastController::startVirtualCamera(QString *error)
{
    if (m_outputs.startVirtualCamera(error))
        return true;
    emit message(tr("The virtual camera did not start: %1").arg(*error), true);
    return false;
}

void BroadcastController::stopVirtualCamera()
{
    m_outputs.stopVirtualCamera();
}

void BroadcastController::startReplayBuffer()
{
    if (m_outputs.isReplayBufferActive())
        return;
    QString error;
    if (!m_outputs.startReplayBuffer(m_settings.recordingDir, m_settings.replayBufferSec, m_settings.encoder, &error))
        emit message(tr("The replay buffer did not start: %1").arg(error), true);
    else
        emit message(tr("Replay buffer on: the last %1 s can be saved").arg(m_settings.replayBufferSec), false);
}

void BroadcastController::stopReplayBuffer()
{
    m_outputs.stopReplayBuffer();
}

bool BroadcastController::saveReplay()
{
    QString error;
    if (m_outputs.saveReplay(&error))
        return true;
    emit message(tr("No replay saved: %1").arg(error), true);
    return false;
}

BroadcastController::KeyLookup BroadcastController::immediate(std::function<std::optional<QString>(const DestinationEntry &)> key)
{
    return [key = std::move(key)](const QList<DestinationEntry> &entries, const std::function<void(const Keys &)> &answer) {
        Keys keys;
        for (const DestinationEntry &e : entries)
            if (const std::optional<QString> k = key(e))
                keys.insert(e.secretKey(), *k);
        answer(keys);
    };
}

QList<Destination> BroadcastController::resolveDestinations(const Keys &keys, QStringList *errors) const
{
    QList<Destination> result;
    for (const DestinationEntry &entry : m_settings.destinations) {
        if (!entry.enabled)
            continue;
        const std::optional<QString> key = keys.contains(entry.secretKey()) ? std::optional(keys.value(entry.secretKey())) : std::nullopt;
        if (!key || key->isEmpty()) {
            errors->append(tr("%1: no stream key saved").arg(entry.name));
            continue;
        }
        QString error;
        if (auto d = Destination::parse(entry.server + QLatin1Char('/') + *key, &error)) {
            d->setName(entry.name);
            d->setCanvas(entry.canvas);
            result.append(*d);
        } else
            errors->append(tr("%1: %2").arg(entry.name, error));
    }
    return result;
}

QString BroadcastController::nextRecordingPath() const
{
    const QString name = m_clock().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss")) + QStringLiteral(".mkv");
    return QDir(m_settings.recordingDir).filePath(name);
}

void BroadcastController::startStreaming()
{
    if (m_outputs.isStreaming() || m_starting)
        return;
    QList<DestinationEntry> enabled;
    for (const DestinationEntry &entry : m_settings.destinations)
        if (entry.enabled)
            enabled.append(entry);
    if (enabled.isEmpty()) {
        emit message(tr("No destination to stream to: open Destinations and add one."), true);
        emit streamFailed(tr("No destination to stream to: open Destinations and add one."));
        return;
    }
    // The keys come from the keyring in its own time; the window goes on.
    m_starting = true;
    QPointer<BroadcastController> self(this);
    m_keys(enabled, [self](const Keys &keys) {
        if (self)
            self->startWith(keys);
    });
}

void BroadcastController::startWith(const Keys &keys)
{
    m_starting = false;
    if (m_outputs.isStreaming())
        return;
    QStringList errors;
    const QList<Destination> destinations = resolveDestinations(keys, &errors);
    for (const QString &e : errors) {
        emit message(e, true);
        emit streamFailed(e);
    }
    if (destinations.isEmpty()) {
        emit message(tr("No destination to stream to: open Destinations and add one."), true);
        emit streamFailed(tr("No destination to stream to: open Destinations and add one."));
        return;
    }
    warnOfExpiringKeys(destinations);
    // The platform may refuse or re-encode what it does not take: said, not enforced (the host knows their account).
    for (const QString &limit : exceededLimits())
        emit message(limit, false);
    QString error;
    m_outputs.setReconnectSettings(m_settings.reconnect);
    if (!m_outputs.startStreaming(destinations, m_settings.encoder, &error)) {
        emit message(error, true);
        emit streamFailed(error);
        return;
    }
    emit streamingChanged(true);
}

QStringList BroadcastController::exceededLimits() const
{
    QStringList out;
    for (const DestinationEntry &entry : m_settings.destinations) {
        const StreamingService *service = entry.enabled ? m_services.find(entry.service) : nullptr;
        if (!service)
            continue;
        const CanvasSpec canvas = entry.canvas == 1 && m_settings.secondCanvas ? *m_settings.secondCanvas : m_settings.canvas;
        for (const QString &limit : service->exceededBy(m_settings.encoder, canvas))
            out.append(tr("%1: %2").arg(entry.name, limit));
    }
    return out;
}

void BroadcastController::warnOfExpiringKeys(const QList<Destination> &destinations)
{
    const QDateTime now = m_clock();
    const qint64 plannedMs = m_plannedLengthMs ? m_plannedLengthMs() : 0;
    const std::optional<QDateTime> end = plannedMs > 0 ? std::optional(now.addMSecs(plannedMs)) : std::nullopt;
    for (const Destination &d : destinations) {
        const std::optional<PushUrlExpiry> expiry = PushUrlExpiry::read(d.server(), d.streamKey());
        if (!expiry)
            continue;
        const QString at = expiry->expiresUtc.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        if (expiry->expiresUtc <= now)
            emit message(tr("%1: the push address expired at %2 (its %3 says so); the platform will refuse it. Get a new one from the platform's live "
                            "console and paste it in Destinations.")
                             .arg(d.label(), at, expiry->parameter),
                         true);
        else if (end && expiry->expiresUtc < *end)
            emit message(tr("%1: the push address expires at %2 (its %3 says so), before the show's planned end at %4. Get a longer one from the "
                            "platform's live console, or have the next one ready.")
                             .arg(d.label(), at, expiry->parameter, end->toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))),
                         false);
    }
}

void BroadcastController::stopStreaming()
{
    m_outputs.stopStreaming();
}

void BroadcastController::startRecording()
{
    startRecordingTo(nextRecordingPath());
}

void BroadcastController::startRecordingTo(const QString &mkvPath)
{
    if (m_outputs.isRecording())
        return;
    QString error;
    m_outputs.setRecordedCanvas(m_settings.recordedCanvas);
    m_outputs.setRecordingEncoder(m_settings.recordingEncoder);
    if (!m_outputs.startRecording(mkvPath, m_settings.encoder, &error))
        emit message(error, true);
}

void BroadcastController::stopRecording()
{
    m_outputs.stopRecording();
}

} // namespace shopcast::broadcast
