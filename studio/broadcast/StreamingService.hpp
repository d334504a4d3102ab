#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::broadcast {

struct CanvasSpec;
struct EncoderSettings;

// One platform of libobs' rtmp-services list (services.json), or one of the
// studio's own for platforms that hand out a push address per show: its
// servers and the limits it recommends.
struct StreamingService
{
    Q_DECLARE_TR_FUNCTIONS(StreamingService)
public:
    struct Server
    {
        QString name;
        QString url;
    };
    QString name;
    QStringList altNames; // names it had before (a saved destination may use one)
    bool common = false;  // among the platforms OBS lists first
    // The platform's live console hands out the whole push address per show
    // (推流地址 + 推流码): there is no fixed server to pick.
    bool perShowAddress = false;
    QString streamKeyLink;
    QList<Server> servers;
    // "recommended" in services.json: what the platform takes at most.
    std::optional<int> maxVideoKbps;
    std::optional<int> maxAudioKbps;
    std::optional<int> keyframeIntervalSec;
    std::optional<int> maxFps;
    std::optional<int> maxBFrames;
    QString profile;                  // "main", "high"; empty: any
    QStringList supportedResolutions; // "1280x720"; empty: any

    // The recommendations these settings break, each in words naming the
    // limit and the setting ("Twitch takes at most 6000 kbps of video;
    // Output is set to 8000 kbps"). Empty: within every one.
    QStringList exceededBy(const EncoderSettings &encoder, const CanvasSpec &canvas) const;
};

} // namespace shopcast::broadcast
