#include "BroadcastActions.hpp"

#include "BroadcastController.hpp"
#include "ProgramScreenshots.hpp"

#include "actions/ActionRegistry.hpp"

#include <QCoreApplication>

namespace shopcast::broadcast {

using actions::ActionResult;
using actions::ActionSpec;
using actions::Caller;
using actions::Permission;

namespace {
constexpr const char *kContext = "shopcast::broadcast::BroadcastActions";
}

void BroadcastActions::registerOn(actions::ActionRegistry &registry, BroadcastController &controller, ProgramScreenshots &screenshots)
{
    BroadcastController *c = &controller;
    // Toggles, as the buttons and F9/F10 are; the result says which way it went.
    registry.add(ActionSpec{QStringLiteral("output.stream"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::BroadcastActions", "Start / stop streaming"),
                            QStringLiteral("network-transmit"),
                            {},
                            Permission::Host,
                            QStringLiteral("F9")},
                 [c](const QJsonObject &, const Caller &) {
                     const bool start = !c->isStreaming();
                     start ? c->startStreaming() : c->stopStreaming();
                     return ActionResult::done({{QStringLiteral("streaming"), start}});
                 });
    registry.add(ActionSpec{QStringLiteral("output.record"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::BroadcastActions", "Start / stop recording"),
                            QStringLiteral("media-record"),
                            {},
                            Permission::Host,
                            QStringLiteral("F10")},
                 [c](const QJsonObject &, const Caller &) {
                     const bool start = !c->isRecording();
                     start ? c->startRecording() : c->stopRecording();
                     return ActionResult::done({{QStringLiteral("recording"), start}});
                 });
    registry.add(ActionSpec{QStringLiteral("output.replayBuffer"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::BroadcastActions", "Start / stop the replay buffer"),
                            QStringLiteral("media-playlist-repeat"),
                            {},
                            Permission::Host,
                            {}},
                 [c](const QJsonObject &, const Caller &) {
                     const bool start = !c->isReplayBufferActive();
                     start ? c->startReplayBuffer() : c->stopReplayBuffer();
                     return ActionResult::done({{QStringLiteral("replayBuffer"), start}});
                 });
    // A producer marks the moment that just happened: the file is a
    // highlight on the show's timeline, for the review and its clips.
    registry.add(ActionSpec{QStringLiteral("output.saveReplay"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::BroadcastActions", "Save the replay"),
                            QStringLiteral("document-save"),
                            {},
                            Permission::Producer,
                            {}},
                 [c](const QJsonObject &, const Caller &) {
                     if (!c->isReplayBufferActive())
                         return ActionResult::failed(QCoreApplication::translate(kContext, "turn the replay buffer on first"));
                     c->saveReplay();
                     return ActionResult::done({});
                 });
    registry.add(ActionSpec{QStringLiteral("output.virtualCamera"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::BroadcastActions", "Start / stop the virtual camera"),
                            QStringLiteral("camera-web"),
                            {},
                            Permission::Host,
                            {}},
                 [c](const QJsonObject &, const Caller &) {
                     QString error;
                     const bool start = !c->isVirtualCameraActive();
                     if (start ? !c->startVirtualCamera(&error) : (c->stopVirtualCamera(), false))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("virtualCamera"), start}});
                 });
    ProgramScreenshots *shots = &screenshots;
    registry.add(ActionSpec{QStringLiteral("program.screenshot"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::BroadcastActions", "Screenshot of the program"),
                            QStringLiteral("camera-photo"),
                            {},
                            Permission::Producer,
                            QStringLiteral("F12")},
                 [shots](const QJsonObject &, const Caller &) {
                     // The path is known once the frame is written (saved()).
                     shots->take();
                     return ActionResult::done({});
                 });
}

} // namespace shopcast::broadcast
