#pragma once

#include "BroadcastSettings.hpp"
#include "Destination.hpp"
#include "ServiceCatalog.hpp"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

namespace shopcast::broadcast {

class OutputControl;

// What the Start/Stop buttons do, without widgets: resolves the saved
// destinations and their keys, names recordings, and turns engine reports
// into messages for the host. The controls dock only forwards clicks.
class BroadcastController : public QObject
{
    Q_OBJECT
public:
    // Keys by DestinationEntry::secretKey(); a destination without one is left out.
    using Keys = QHash<QString, QString>;
    // Asks for the keys of these destinations and answers later (the
    // keyring takes its time; nothing may wait for it). The answer may come
    // at once too.
    using KeyLookup = std::function<void(const QList<DestinationEntry> &entries, std::function<void(const Keys &keys)> answer)>;
    // A lookup that answers at once (tests, a key file).
    static KeyLookup immediate(std::function<std::optional<QString>(const DestinationEntry &)> key);
    using Clock = std::function<QDateTime()>;

    BroadcastController(OutputControl &outputs, BroadcastSettings &settings, KeyLookup keys, Clock wallClock, QObject *parent = nullptr);

    // Where recordings go, the encoders, the destinations: as Settings has them.
    const BroadcastSettings &settings() const { return m_settings; }
    bool isStreaming() const;
    bool isRecording() const;
    bool isReplayBufferActive() const;
    // The program as a camera for other apps (a platform's own PC tool).
    bool virtualCameraAvailable(QString *why) const;
    bool isVirtualCameraActive() const;
    bool startVirtualCamera(QString *error);
    void stopVirtualCamera();
    // The enabled destinations with their keys; errors name the destination.
    QList<Destination> resolveDestinations(const Keys &keys, QStringList *errors) const;
    // Between Start and the keyring's answer.
    bool isStarting() const { return m_starting; }
    // How long the show is planned to run (0: no plan): a signed push
    // address that expires before a show started now would end is warned of.
    using PlannedLength = std::function<qint64()>;
    void setPlannedLength(PlannedLength plannedLengthMs) { m_plannedLengthMs = std::move(plannedLengthMs); }
    QString nextRecordingPath() const;
    // The platforms' recommended limits, checked at Start against Output.
    void setServiceCatalog(ServiceCatalog catalog) { m_services = std::move(catalog); }
    const ServiceCatalog &serviceCatalog() const { return m_services; }
    // What the enabled destinations' platforms would not take of the
    // current Output settings, each naming the destination and the limit.
    QStringList exceededLimits() const;

public slots:
    void startStreaming();
    void stopStreaming();
    void startRecording();
    // To this file (MKV while recording, remuxed to MP4 beside it).
    void startRecordingTo(const QString &mkvPath);
    void stopRecording();
    // Saved into the recordings folder (replay-<date>_<time>.mp4),
    // BroadcastSettings::replayBufferSec long.
    void startReplayBuffer();
    void stopReplayBuffer();
    // False (and a message) when the buffer is off.
    bool saveReplay();

signals:
    void streamingChanged(bool streaming);
    void recordingChanged(bool recording);
    void recordingSaved(const QString &path);
    void replayBufferChanged(bool active);
    void virtualCameraChanged(bool active);
    void message(const QString &text, bool isError);
    // Streaming did not start, or a destination failed for good: what the
    // host must see until dismissed (also sent as a message).
    void streamFailed(const QString &text);

private:
    OutputControl &m_outputs;
    BroadcastSettings &m_settings;
    void startWith(const Keys &keys);
    void warnOfExpiringKeys(const QList<Destination> &destinations);

    KeyLookup m_keys;
    Clock m_clock;
    PlannedLength m_plannedLengthMs;
    ServiceCatalog m_services = ServiceCatalog::builtIn();
    bool m_starting = false;
};

} // namespace shopcast::broadcast
