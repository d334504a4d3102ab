#include "StudioRequests.hpp"

#include "broadcast/BroadcastController.hpp"
#include "broadcast/OutputControl.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"
#include "broadcast/StatusMonitor.hpp"
#include "broadcast/StudioMode.hpp"

#include <QFile>
#include <QJsonArray>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTime>

#include <unistd.h>

#include <optional>

namespace shopcast::remote {

namespace {

QString timecode(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// Resident memory of this process in MB, from the kernel.
double residentMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

} // namespace

StudioRequests::StudioRequests(broadcast::SceneEditor &scenes, broadcast::StudioMode &studioMode, broadcast::BroadcastController &broadcast,
                               broadcast::OutputControl &outputs, actions::ActionRegistry &actions, QString engineVersion)
    : m_scenes(scenes)
    , m_studioMode(studioMode)
    , m_broadcast(broadcast)
    , m_outputs(outputs)
    , m_actions(actions)
    , m_engineVersion(std::move(engineVersion))
{
    m_clock.start();
    m_sample = {0, broadcast::StatusMonitor::processCpuSeconds(), m_outputs.stats().renderedFrames, 0, 0};
    if (m_broadcast.isStreaming())
        m_streamStartMs = 0;
    QObject::connect(&m_broadcast, &broadcast::BroadcastController::streamingChanged, &m_context,
                     [this](bool on) { m_streamStartMs = on ? std::optional<qint64>(m_clock.elapsed()) : std::nullopt; });
    const auto read = [](auto f) { return Request([f](const QJsonObject &, const actions::Caller &) { return RequestReply::done(f()); }); };
    m_requests.insert(QStringLiteral("GetVersion"), read([this] {
                          QJsonArray available;
                          for (const QString &type : requestTypes())
                              available.append(type);
                          return QJsonObject{{QStringLiteral("obsVersion"), m_engineVersion},
                                             {QStringLiteral("obsWebSocketVersion"), QString::fromLatin1(kObsWebSocketVersion)},
                                             {QStringLiteral("rpcVersion"), kRpcVersion},
                                             {QStringLiteral("availableRequests"), available},
                                             {QStringLiteral("supportedImageFormats"), QJsonArray()},
                                             {QStringLiteral("platform"), QSysInfo::productType()},
                                             {QStringLiteral("platformDescription"), QSysInfo::prettyProductName()}};
                      }));
    m_requests.insert(QStringLiteral("GetStats"), [this](const QJsonObject &, const actions::Caller &) { return RequestReply::done(stats()); });
    m_requests.insert(
        QStringLiteral("GetSceneList"), read([this] {
            // OBS lists the bottom scene first, its index counting from there.
            const QList<broadcast::SceneSpec> &scenes = m_scenes.collection().scenes();
            QJsonArray list;
            for (qsizetype i = scenes.size() - 1; i >= 0; --i)
                list.append(QJsonObject{{QStringLiteral("sceneIndex"), qint64(scenes.size() - 1 - i)}, {QStringLiteral("sceneName"), scenes.at(i).name}});
            return QJsonObject{
                {QStringLiteral("currentProgramSceneName"), m_scenes.collection().currentScene()},
                {QStringLiteral("currentPreviewSceneName"), m_studioMode.isEnabled() ? QJsonValue(m_studioMode.previewScene()) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("scenes"), list}};
        }));
    m_requests.insert(QStringLiteral("GetCurrentProgramScene"), read([this] {
                          return QJsonObject{{QStringLiteral("currentProgramSceneName"), m_scenes.collection().currentScene()}};
                      }));
    m_requests.insert(QStringLiteral("SetCurrentProgramScene"), [this](const QJsonObject &data, const actions::Caller &caller) {
        RequestReply failure;
        const std::optional<QString> name = requiredString(data, QStringLiteral("sceneName"), &failure);
        if (!name)
            return failure;
        if (!m_scenes.collection().findScene(*name))
            return RequestReply::failed(RequestStatus::ResourceNotFound, tr("No scene named %1.").arg(*name));
        const RequestReply reply = invoke(QStringLiteral("scene.program"), {{QStringLiteral("scene"), *name}}, caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
    m_requests.insert(QStringLiteral("GetStudioModeEnabled"), read([this] {
                          return QJsonObject{{QStringLiteral("studioModeEnabled"), m_studioMode.isEnabled()}};
                      }));
    m_requests.insert(QStringLiteral("SetStudioModeEnabled"), [this](const QJsonObject &data, const actions::Caller &caller) {
        if (!data.value(QStringLiteral("studioModeEnabled")).isBool())
            return RequestReply::failed(data.contains(QStringLiteral("studioModeEnabled")) ? RequestStatus::InvalidRequestFieldType
                                                                                           : RequestStatus::MissingRequestField,
                                        tr("Your request needs `studioModeEnabled` as true or false."));
        const RequestReply reply
            = invoke(QStringLiteral("scene.studioMode"), {{QStringLiteral("on"), data.value(QStringLiteral("studioModeEnabled")).toBool()}}, caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
    m_requests.insert(QStringLiteral("GetCurrentPreviewScene"), [this](const QJsonObject &, const actions::Caller &) {
        if (!m_studioMode.isEnabled())
            return RequestReply::failed(RequestStatus::StudioModeNotActive, tr("Studio mode is off."));
        return RequestReply::done({{QStringLiteral("currentPreviewSceneName"), m_studioMode.previewScene()}});
    });
    m_requests.insert(QStringLiteral("SetCurrentPreviewScene"), [this](const QJsonObject &data, const actions::Caller &caller) {
        if (!m_studioMode.isEnabled())
            return RequestReply::failed(RequestStatus::StudioModeNotActive, tr("Studio mode is off."));
        RequestReply failure;
        const std::optional<QString> name = requiredString(data, QStringLiteral("sceneName"), &failure);
        if (!name)
            return failure;
        if (!m_scenes.collection().findScene(*name))
            return RequestReply::failed(RequestStatus::ResourceNotFound, tr("No scene named %1.").arg(*name));
        const RequestReply reply = invoke(QStringLiteral("scene.preview"), {{QStringLiteral("scene"), *name}}, caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
    m_requests.insert(QStringLiteral("TriggerStudioModeTransition"), [this](const QJsonObject &, const actions::Caller &caller) {
        if (!m_studioMode.isEnabled())
            return RequestReply::failed(RequestStatus::StudioModeNotActive, tr("Studio mode is off."));
        const RequestReply reply = invoke(QStringLiteral("scene.transition"), {}, caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
    m_requests.insert(QStringLiteral("GetStreamStatus"), read([this] { return streamStatus(); }));
    m_requests.insert(QStringLiteral("StartStream"), [this](const QJsonObject &, const actions::Caller &c) {
        return setOutput(m_broadcast.isStreaming(), true, QStringLiteral("output.stream"), c);
    });
    m_requests.insert(QStringLiteral("StopStream"), [this](const QJsonObject &, const actions::Caller &c) {
        return setOutput(m_broadcast.isStreaming(), false, QStringLiteral("output.stream"), c);
    });
    m_requests.insert(QStringLiteral("ToggleStream"), [this](const QJsonObject &, const actions::Caller &c) {
        const bool wanted = !m_broadcast.isStreaming();
        const RequestReply reply = setOutput(!wanted, wanted, QStringLiteral("output.stream"), c);
        return reply.ok() ? RequestReply::done({{QStringLiteral("outputActive"), wanted}}) : reply;
    });
    m_requests.insert(QStringLiteral("GetRecordStatus"), read([this] { return recordStatus(); }));
    m_requests.insert(QStringLiteral("StartRecord"), [this](const QJsonObject &, const actions::Caller &c) {
        return setOutput(m_broadcast.isRecording(), true, QStringLiteral("output.record"), c);
    });
    m_requests.insert(QStringLiteral("StopRecord"), [this](const QJsonObject &, const actions::Caller &c) {
        return setOutput(m_broadcast.isRecording(), false, QStringLiteral("output.record"), c);
    });
    m_requests.insert(QStringLiteral("ToggleRecord"), [this](const QJsonObject &, const actions::Caller &c) {
        const bool wanted = !m_broadcast.isRecording();
        const RequestReply reply = setOutput(!wanted, wanted, QStringLiteral("output.record"), c);
        return reply.ok() ? RequestReply::done({{QStringLiteral("outputActive"), wanted}}) : reply;
    });
    m_requests.insert(QStringLiteral("GetReplayBufferStatus"), read([this] {
                          return QJsonObject{{QStringLiteral("outputActive"), m_broadcast.isReplayBufferActive()}};
                      }));
    m_requests.insert(QStringLiteral("StartReplayBuffer"), [this](const QJsonObject &, const actions::Caller &c) {
        return setOutput(m_broadcast.isReplayBufferActive(), true, QStringLiteral("output.replayBuffer"), c);
    });
    m_requests.insert(QStringLiteral("StopReplayBuffer"), [this](const QJsonObject &, const actions::Caller &c) {
        return setOutput(m_broadcast.isReplayBufferActive(), false, QStringLiteral("output.replayBuffer"), c);
    });
    m_requests.insert(QStringLiteral("SaveReplayBuffer"), [this](const QJsonObject &, const actions::Caller &c) {
        if (!m_broadcast.isReplayBufferActive())
            return RequestReply::failed(RequestStatus::OutputNotRunning, tr("The replay buffer is off."));
        const RequestReply reply = invoke(QStringLiteral("output.saveReplay"), {}, c);
        return reply.ok() ? RequestReply::done() : reply;
    });
    // The studio's hotkeys are its actions: a hotkey's name is the action's id.
    m_requests.insert(QStringLiteral("GetHotkeyList"), read([this] {
                          QJsonArray names;
                          for (const actions::ActionSpec &spec : m_actions.actions())
                              names.append(spec.id);
                          return QJsonObject{{QStringLiteral("hotkeys"), names}};
                      }));
    m_requests.insert(QStringLiteral("TriggerHotkeyByName"), [this](const QJsonObject &data, const actions::Caller &caller) {
        RequestReply failure;
        const std::optional<QString> name = requiredString(data, QStringLiteral("hotkeyName"), &failure);
        if (!name)
            return failure;
        if (!m_actions.contains(*name))
            return RequestReply::failed(RequestStatus::ResourceNotFound, tr("No hotkey named %1.").arg(*name));
        const RequestReply reply = invoke(*name, m_actions.defaultParams(*name), caller);
        return reply.ok() ? RequestReply::done() : reply;
    });
    m_requests.insert(QStringLiteral("CallVendorRequest"), [this](const QJsonObject &data, const actions::Caller &caller) { return vendor(data, caller); });
}

std::optional<QString> StudioRequests::requiredString(const QJsonObject &data, const QString &field, RequestReply *failure)
{
    const QJsonValue v = data.value(field);
    if (v.isUndefined() || v.isNull()) {
        *failure = RequestReply::failed(RequestStatus::MissingRequestField, tr("Your request is missing the field `%1`.").arg(field));
        return std::nullopt;
    }
    if (!v.isString()) {
        *failure = RequestReply::failed(RequestStatus::InvalidRequestFieldType, tr("The field `%1` is not a string.").arg(field));
        return std::nullopt;
    }
    if (v.toString().isEmpty()) {
        *failure = RequestReply::failed(RequestStatus::RequestFieldEmpty, tr("The field `%1` is empty.").arg(field));
        return std::nullopt;
    }
    return v.toString();
}

RequestReply StudioRequests::handle(const QString &requestType, const QJsonObject &requestData, const actions::Caller &caller)
{
    const auto it = m_requests.constFind(requestType);
    if (it == m_requests.constEnd())
        return RequestReply::failed(RequestStatus::UnknownRequestType, tr("Your request type is not valid: %1").arg(requestType));
    return it.value()(requestData, caller);
}

RequestReply StudioRequests::invoke(const QString &actionId, const QJsonObject &params, const actions::Caller &caller)
{
    const actions::ActionSpec *spec = m_actions.find(actionId);
    if (!spec)
        return RequestReply::failed(RequestStatus::UnknownRequestType, tr("No action %1.").arg(actionId));
    // Refused tries go through the registry too: they land on the timeline
    // with the role, and the host sees them.
    const bool allowed = caller.permission >= spec->permission;
    const bool available = m_actions.unavailableReason(actionId).isEmpty();
    const actions::ActionResult result = m_actions.invoke(actionId, params, caller);
    if (!allowed)
        return RequestReply::failed(RequestStatus::CannotAct, tr("This password may watch, not run %1.").arg(actionId));
    if (!available)
        return RequestReply::failed(RequestStatus::InvalidResourceState, result.error);
    if (!result.ok)
        return RequestReply::failed(RequestStatus::RequestProcessingFailed, result.error);
    return RequestReply::done(result.data);
}

RequestReply StudioRequests::setOutput(bool running, bool wanted, const QString &actionId, const actions::Caller &caller)
{
    if (running == wanted)
        return RequestReply::failed(wanted ? RequestStatus::OutputRunning : RequestStatus::OutputNotRunning,
                                    wanted ? tr("The output is already running.") : tr("The output is not running."));
    const RequestReply reply = invoke(actionId, {}, caller);
    return reply.ok() ? RequestReply::done() : reply;
}

RequestReply StudioRequests::vendor(const QJsonObject &data, const actions::Caller &caller)
{
    RequestReply failure;
    const std::optional<QString> vendorName = requiredString(data, QStringLiteral("vendorName"), &failure);
    if (!vendorName)
        return failure;
    if (*vendorName != QLatin1String(kVendor))
        return RequestReply::failed(RequestStatus::ResourceNotFound,
                                    tr("No vendor named %1 (this studio has \"%2\").").arg(*vendorName, QLatin1String(kVendor)));
    const std::optional<QString> type = requiredString(data, QStringLiteral("requestType"), &failure);
    if (!type)
        return failure;
    const QJsonValue params = data.value(QStringLiteral("requestData"));
    if (!params.isUndefined() && !params.isNull() && !params.isObject())
        return RequestReply::failed(RequestStatus::InvalidRequestFieldType, tr("The field `requestData` is not an object."));
    QJsonObject response;
    if (*type == QLatin1String("GetActionList")) {
        QJsonArray list;
        for (const auto &v : m_actions.schema()) {
            QJsonObject action = v.toObject();
            const QString id = action.value(QStringLiteral("id")).toString();
            const QString why = m_actions.unavailableReason(id);
            const actions::ActionSpec *spec = m_actions.find(id);
            action.insert(QStringLiteral("allowedNow"), why.isEmpty() && spec && caller.permission >= spec->permission);
            if (!why.isEmpty())
                action.insert(QStringLiteral("unavailableReason"), why);
            list.append(action);
        }
        response = {{QStringLiteral("actions"), list}};
    } else if (*type == QLatin1String("GetShowState")) {
        response = showState();
        // What the console may offer: a viewer's buttons would only be refused.
        response.insert(QStringLiteral("role"), caller.permission >= actions::Permission::Producer ? QStringLiteral("producer") : QStringLiteral("viewer"));
    } else if (*type == QLatin1String("GetStudioHealth")) {
        response = m_health ? m_health() : QJsonObject();
    } else {
        RequestReply reply = invoke(*type, params.toObject(), caller);
        if (!reply.ok())
            return reply;
        response = reply.data;
    }
    return RequestReply::done(
        {{QStringLiteral("vendorName"), *vendorName}, {QStringLiteral("requestType"), *type}, {QStringLiteral("responseData"), response}});
}

QJsonObject StudioRequests::showState() const
{
    QJsonObject state = m_showState ? m_showState() : QJsonObject();
    state.insert(QStringLiteral("programScene"), m_scenes.collection().currentScene());
    state.insert(QStringLiteral("streaming"), m_broadcast.isStreaming());
    state.insert(QStringLiteral("recording"), m_broadcast.isRecording());
    state.insert(QStringLiteral("replayBuffer"), m_broadcast.isReplayBufferActive());
    // A console works out the bitrate from two of these and its own clock.
    state.insert(QStringLiteral("outputBytes"), streamStatus().value(QStringLiteral("outputBytes")));
    return state;
}

QJsonObject StudioRequests::stats()
{
    const broadcast::EngineStats s = m_outputs.stats();
    const qint64 now = m_clock.elapsed();
    // A rate needs time between two samples; a client polling fast gets the last one.
    if (now - m_sample.wallMs >= 500) {
        const double seconds = double(now - m_sample.wallMs) / 1000.0;
        const double cpu = broadcast::StatusMonitor::processCpuSeconds();
        m_sample.fps = double(s.renderedFrames - m_sample.renderedFrames) / seconds;
        m_sample.cpuPercent = 100.0 * (cpu - m_sample.cpuSeconds) / seconds;
        m_sample.wallMs = now;
        m_sample.cpuSeconds = cpu;
        m_sample.renderedFrames = s.renderedFrames;
    }
    const QStorageInfo disk(m_broadcast.settings().recordingDir);
    return {{QStringLiteral("cpuUsage"), m_sample.cpuPercent},
            {QStringLiteral("memoryUsage"), residentMb()},
            {QStringLiteral("availableDiskSpace"), disk.isValid() ? double(disk.bytesAvailable()) / (1024.0 * 1024.0) : 0.0},
            {QStringLiteral("activeFps"), m_sample.fps},
            {QStringLiteral("averageFrameRenderTime"), double(s.averageFrameTimeNs) / 1e6},
            {QStringLiteral("renderSkippedFrames"), qint64(s.laggedFrames)},
            {QStringLiteral("renderTotalFrames"), qint64(s.renderedFrames)},
            {QStringLiteral("outputSkippedFrames"), qint64(s.skippedFrames)},
            {QStringLiteral("outputTotalFrames"), qint64(s.encodedFrames)}};
}

QJsonObject StudioRequests::streamStatus() const
{
    const broadcast::EngineStats s = m_outputs.stats();
    quint64 bytes = 0;
    int dropped = 0;
    int total = 0;
    bool reconnecting = false;
    for (const broadcast::OutputStats &o : s.outputs) {
        bytes += o.bytes;
        dropped += o.droppedFrames;
        total += o.totalFrames;
        reconnecting |= o.state == broadcast::OutputState::Reconnecting;
    }
    const qint64 durationMs = m_streamStartMs ? m_clock.elapsed() - *m_streamStartMs : 0;
    return {{QStringLiteral("outputActive"), m_broadcast.isStreaming()},
            {QStringLiteral("outputReconnecting"), reconnecting},
            {QStringLiteral("outputTimecode"), timecode(durationMs)},
            {QStringLiteral("outputDuration"), durationMs},
            // Dropped frames' share: libobs' congestion figure is not reported per destination here.
            {QStringLiteral("outputCongestion"), total > 0 ? double(dropped) / double(total) : 0.0},
            {QStringLiteral("outputBytes"), qint64(bytes)},
            {QStringLiteral("outputSkippedFrames"), dropped},
            {QStringLiteral("outputTotalFrames"), total}};
}

QJsonObject StudioRequests::recordStatus() const
{
    const broadcast::EngineStats s = m_outputs.stats();
    return {{QStringLiteral("outputActive"), m_broadcast.isRecording()},
            {QStringLiteral("outputPaused"), false},
            {QStringLiteral("outputTimecode"), timecode(s.recordingDurationMs)},
            {QStringLiteral("outputDuration"), s.recordingDurationMs},
            {QStringLiteral("outputBytes"), qint64(s.recordingBytes)}};
}

} // namespace shopcast::remote
