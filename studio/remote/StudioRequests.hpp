#pragma once

#include "RequestHandler.hpp"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace shopcast::broadcast {
class BroadcastController;
class OutputControl;
class SceneEditor;
class StudioMode;
} // namespace shopcast::broadcast

namespace shopcast::remote {

// obs-websocket's requests answered by the studio's rooms. Whatever changes
// the show goes through the action registry (scene.program, output.stream,
// ...), so a remote client is checked for its role and lands on the show
// timeline like a dock's click; reads come straight from the rooms.
// CallVendorRequest with vendor "shopcast" reaches every action by its id,
// plus GetActionList, GetShowState and GetStudioHealth (reads, open to viewers).
class StudioRequests : public RequestHandler
{
    Q_DECLARE_TR_FUNCTIONS(StudioRequests)
public:
    static constexpr const char *kVendor = "shopcast";

    StudioRequests(broadcast::SceneEditor &scenes, broadcast::StudioMode &studioMode, broadcast::BroadcastController &broadcast,
                   broadcast::OutputControl &outputs, actions::ActionRegistry &actions, QString engineVersion);

    // The show's own state (product on air, rhythm, lottery, ...) that
    // GetShowState adds to the outputs' (the remote room does not know the show).
    void setShowState(std::function<QJsonObject()> provider) { m_showState = std::move(provider); }
    // The studio's health (GUI-thread lateness, comment latency, frames per
    // output) that the vendor request GetStudioHealth returns.
    void setHealth(std::function<QJsonObject()> provider) { m_health = std::move(provider); }

    RequestReply handle(const QString &requestType, const QJsonObject &requestData, const actions::Caller &caller) override;
    QStringList requestTypes() const { return m_requests.keys(); }

    using Request = std::function<RequestReply(const QJsonObject &data, const actions::Caller &caller)>;
    // More requests, from another room's file (InputRequests); a type already there is kept.
    void add(const QString &requestType, const Request &request) { m_requests.insert(requestType, request); }
    // An action by id, its result turned into the protocol's status codes.
    RequestReply invoke(const QString &actionId, const QJsonObject &params, const actions::Caller &caller);
    // A field the request must carry as a non-empty string; nullopt with the protocol's failure.
    static std::optional<QString> requiredString(const QJsonObject &data, const QString &field, RequestReply *failure);

private:
    // A toggle action run only when the output is not already as asked.
    RequestReply setOutput(bool running, bool wanted, const QString &actionId, const actions::Caller &caller);
    RequestReply vendor(const QJsonObject &data, const actions::Caller &caller);
    QJsonObject showState() const;
    QJsonObject streamStatus() const;
    QJsonObject recordStatus() const;

    broadcast::SceneEditor &m_scenes;
    broadcast::StudioMode &m_studioMode;
    broadcast::BroadcastController &m_broadcast;
    broadcast::OutputControl &m_outputs;
    actions::ActionRegistry &m_actions;
    QString m_engineVersion;
    QHash<QString, Request> m_requests;
    std::function<QJsonObject()> m_showState;
    std::function<QJsonObject()> m_health;
    // GetStats' rates (fps, CPU) over the time since the last GetStats (or the start).
    struct Sample
    {
        qint64 wallMs = 0;
        double cpuSeconds = 0;
        quint32 renderedFrames = 0;
        double fps = 0;
        double cpuPercent = 0;
    };
    Sample m_sample;
    QElapsedTimer m_clock;
    std::optional<qint64> m_streamStartMs; // on m_clock, while streaming
    QObject m_context;                     // holds the connections to the studio's signals
    QJsonObject stats();
};

} // namespace shopcast::remote
