#pragma once

#include "RequestReply.hpp"

#include "actions/ActionRegistry.hpp"

namespace shopcast::remote {

// Answers one request of the protocol (GetSceneList, StartStream,
// CallVendorRequest, ...) for a caller whose role the session knows. Runs on
// the GUI thread, where the show lives.
class RequestHandler
{
public:
    virtual ~RequestHandler() = default;
    virtual RequestReply handle(const QString &requestType, const QJsonObject &requestData, const actions::Caller &caller) = 0;
};

} // namespace shopcast::remote
