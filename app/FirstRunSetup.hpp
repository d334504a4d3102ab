#pragma once

#include "broadcast/BroadcastSettings.hpp"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace shopcast::app {

class Studio;

// What a merchant chose on the first start: the language, a portrait (phone
// viewers) or landscape canvas, a first destination (or none), the camera and
// microphone.
struct FirstRunChoices
{
    QString language; // "" follows the system
    broadcast::CanvasSpec canvas;
    std::optional<broadcast::DestinationEntry> destination;
    QString streamKey;
    QString cameraDeviceId;     // "" none
    QString microphoneDeviceId; // "" none
    bool beauty = true;         // 美颜 on the camera
    bool voiceChain = true;     // 主播人声 on the microphone
};

// Applies the first-run choices to a studio: the language for the next start
// (ui.json, which also marks the first run done), the canvas, the destination
// and its key, and a ready scene (SceneCollection::starter).
class FirstRunSetup
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunSetup)
public:
    // A profile the studio has never run in: no settings, database or scenes.
    static bool isFirstRun(const QString &profileDir);
    // Everything that can be applied is; the problems are returned in words.
    static QStringList apply(Studio &studio, const FirstRunChoices &choices);
    // The wizard was closed: it is not shown again.
    static QStringList skip(Studio &studio);
};

} // namespace shopcast::app
