#pragma once

#include <QCoreApplication>

#include "CanvasSpec.hpp"
#include "EncoderSettings.hpp"
#include "ReconnectSettings.hpp"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::broadcast {

// A saved push target without its key: the key sits in the SecretStore under
// secretKey(), so this file can be backed up or shared without leaking it.
struct DestinationEntry
{
    QString id;     // stable, names the secret
    QString name;   // "Douyin", "Taobao Live", ...
    QString server; // rtmp(s)://host[:port]/app
    bool enabled = true;
    int canvas = 0; // 0 the program, 1 the second canvas
    // The platform it was made from (a StreamingService's name); empty: Custom.
    QString service;

    QString secretKey() const { return QStringLiteral("destination/") + id; }
    friend bool operator==(const DestinationEntry &, const DestinationEntry &) = default;
};

// The profile's broadcast settings (studio.json). Written atomically.
struct BroadcastSettings
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastSettings)
public:
    static constexpr int kFormatVersion = 1;

    CanvasSpec canvas;
    // A second canvas of another shape beside the program (a portrait one
    // for a vertical platform); its frame rate is the program's.
    std::optional<CanvasSpec> secondCanvas;
    RecordedCanvas recordedCanvas = RecordedCanvas::Program;
    EncoderSettings encoder;
    // The recording's own encoder and quality (CQP for the file, CBR for
    // the stream: OBS's advanced output); none shares the stream's encode.
    std::optional<EncoderSettings> recordingEncoder;
    QString recordingDir;
    QList<DestinationEntry> destinations;
    ReconnectSettings reconnect;
    // libobs' one audio mix, for the stream and every file: set when the
    // engine starts (libobs cannot change it while running), so a change
    // applies at the next start, as in OBS.
    int audioSampleRateHz = 48000;
    static bool isSupportedSampleRate(int hz) { return hz == 44100 || hz == 48000; }
    // The replay buffer's length: held in memory (10 min at 6 Mbps is
    // 450 MB), so bounded.
    int replayBufferSec = 30;
    static constexpr int kMinReplaySec = 5;
    static constexpr int kMaxReplaySec = 600;

    // nullopt (and error) for a file that cannot be read at all; a value out
    // of range is refused into problems and its default used.
    static std::optional<BroadcastSettings> load(const QString &path, QString *error, QStringList *problems = nullptr);
    bool save(const QString &path, QString *error) const;

    friend bool operator==(const BroadcastSettings &, const BroadcastSettings &) = default;
};

} // namespace shopcast::broadcast
