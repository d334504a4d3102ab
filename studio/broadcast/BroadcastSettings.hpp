#pragma once

#include <QCoreApplication>

#include "CanvasSpec.hpp"
#include "EncoderSettings.hpp"
#include "ReconnectSettings.hpp"

#include <QList>
#include <QString>

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
    QString recordingDir;
    QList<DestinationEntry> destinations;
    ReconnectSettings reconnect;

    static std::optional<BroadcastSettings> load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;

    friend bool operator==(const BroadcastSettings &, const BroadcastSettings &) = default;
};

} // namespace shopcast::broadcast
