#pragma once

#include "ObsWebSocketProtocol.hpp"

#include <QJsonObject>
#include <QString>

namespace shopcast::remote {

// What one request came to: the protocol's status code, a comment a person
// can read when it failed, and the response data.
struct RequestReply
{
    int code = RequestStatus::Success;
    QString comment;
    QJsonObject data;

    bool ok() const { return code == RequestStatus::Success; }
    static RequestReply done(QJsonObject data = {}) { return {RequestStatus::Success, {}, std::move(data)}; }
    static RequestReply failed(int code, const QString &comment) { return {code, comment, {}}; }
};

} // namespace shopcast::remote
