#pragma once

#include "BroadcastSettings.hpp"
#include "Destination.hpp"

#include <QDateTime>
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
    using KeyLookup = std::function<std::optional<QString>(const DestinationEntry &)>;
    using Clock = std::function<QDateTime()>;

    BroadcastController(OutputControl &outputs, BroadcastSettings &settings, KeyLookup keys, Clock wallClock,
                        QObject *parent = nullptr);

    bool isStreaming() const;
    bool isRecording() const;
    // The enabled destinations with their keys; errors name the destination.
    QList<Destination> resolveDestinations(QStringList *errors) const;
    QString nextRecordingPath() const;

public slots:
    void startStreaming();
    void stopStreaming();
    void startRecording();
    void stopRecording();

signals:
    void streamingChanged(bool streaming);
    void recordingChanged(bool recording);
    void recordingSaved(const QString &path);
    void message(const QString &text, bool isError);

private:
    OutputControl &m_outputs;
    BroadcastSettings &m_settings;
    KeyLookup m_keys;
    Clock m_clock;
};

} // namespace shopcast::broadcast
