#include "RemoteSession.hpp"

#include "ObsAuth.hpp"
#include "ObsWebSocketProtocol.hpp"
#include "RequestHandler.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace shopcast::remote {

namespace {

bool isUnsigned(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= 0 && d <= 4294967295.0 && std::floor(d) == d;
}

QByteArray wire(int op, const QJsonObject &d)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("d"), d}}).toJson(QJsonDocument::Compact);
}

void closeWith(RemoteSession::Outcome &out, int code, const QString &reason)
{
    out.closeCode = code;
    out.closeReason = reason;
}

} // namespace

RemoteSession::RemoteSession(Passwords passwords, QByteArray salt, QString address)
    : m_passwords(std::move(passwords))
    , m_salt(std::move(salt))
    , m_challenge(ObsAuth::randomToken())
    , m_address(std::move(address))
{}

QByteArray RemoteSession::hello() const
{
    QJsonObject d{{QStringLiteral("obsWebSocketVersion"), QString::fromLatin1(kObsWebSocketVersion)}, {QStringLiteral("rpcVersion"), kRpcVersion}};
    if (authenticationRequired())
        d.insert(QStringLiteral("authentication"),
                 QJsonObject{{QStringLiteral("challenge"), QString::fromLatin1(m_challenge)}, {QStringLiteral("salt"), QString::fromLatin1(m_salt)}});
    return wire(OpCode::Hello, d);
}

QByteArray RemoteSession::event(const QString &type, quint32 intent, const QJsonObject &data)
{
    QJsonObject d{{QStringLiteral("eventType"), type}, {QStringLiteral("eventIntent"), qint64(intent)}};
    if (!data.isEmpty())
        d.insert(QStringLiteral("eventData"), data);
    return wire(OpCode::Event, d);
}

RemoteSession::Outcome RemoteSession::receive(const QByteArray &message, RequestHandler &handler)
{
    ++m_incoming;
    Outcome out;
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(message, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        closeWith(out, CloseCode::MessageDecodeError, tr("Your message is not a JSON object."));
        return out;
    }
    const QJsonObject root = doc.object();
    if (!root.contains(QStringLiteral("op"))) {
        closeWith(out, CloseCode::MissingDataField, tr("Your message is missing an `op`."));
        return out;
    }
    if (!isUnsigned(root.value(QStringLiteral("op")))) {
        closeWith(out, CloseCode::InvalidDataFieldType, tr("Your `op` is not an unsigned number."));
        return out;
    }
    const int op = root.value(QStringLiteral("op")).toInt();
    const QJsonValue dValue = root.value(QStringLiteral("d"));
    if (!dValue.isObject()) {
        closeWith(out, dValue.isUndefined() || dValue.isNull() ? CloseCode::MissingDataField : CloseCode::InvalidDataFieldType,
                  tr("Your message's data (`d`) is missing or not an object."));
        return out;
    }
    const QJsonObject d = dValue.toObject();
    if (!m_identified && op != OpCode::Identify) {
        closeWith(out, CloseCode::NotIdentified, tr("You sent a message other than Identify before being identified."));
        return out;
    }
    switch (op) {
    case OpCode::Identify: identify(d, out); break;
    case OpCode::Reidentify:
        if (readSubscriptions(d, out))
            out.replies.append(wire(OpCode::Identified, {{QStringLiteral("negotiatedRpcVersion"), kRpcVersion}}));
        break;
    case OpCode::Request:
        if (!d.contains(QStringLiteral("requestId"))) {
            closeWith(out, CloseCode::MissingDataField, tr("Your request is missing a `requestId`."));
        } else if (!d.contains(QStringLiteral("requestType"))) {
            closeWith(out, CloseCode::MissingDataField, tr("Your request is missing a `requestType`."));
        } else if (!d.value(QStringLiteral("requestType")).isString()) {
            closeWith(out, CloseCode::InvalidDataFieldType, tr("Your `requestType` is not a string."));
        } else {
            out.replies.append(wire(OpCode::RequestResponse, request(d, handler)));
        }
        break;
    case OpCode::RequestBatch: batch(d, handler, out); break;
    default: closeWith(out, CloseCode::UnknownOpCode, tr("Unknown op code %1.").arg(op)); break;
    }
    return out;
}

void RemoteSession::identify(const QJsonObject &d, Outcome &out)
{
    if (m_identified) {
        closeWith(out, CloseCode::AlreadyIdentified, tr("You are identified already."));
        return;
    }
    if (authenticationRequired()) {
        const QJsonValue given = d.value(QStringLiteral("authentication"));
        const QByteArray answer = given.toString().toLatin1();
        const auto matches = [&](const QString &password) {
            return !password.isEmpty() && !answer.isEmpty() && answer == ObsAuth::response(ObsAuth::secret(password, m_salt), m_challenge);
        };
        if (matches(m_passwords.producer)) {
            m_permission = actions::Permission::Host;
        } else if (matches(m_passwords.viewer)) {
            m_permission = actions::Permission::Viewer;
        } else {
            out.authenticationFailed = true;
            closeWith(out, CloseCode::AuthenticationFailed, given.isString() ? tr("Authentication failed.") : tr("Authentication is required."));
            return;
        }
    } else {
        m_permission = actions::Permission::Host;
    }
    if (!d.contains(QStringLiteral("rpcVersion"))) {
        closeWith(out, CloseCode::MissingDataField, tr("Your Identify is missing an `rpcVersion`."));
        return;
    }
    if (!isUnsigned(d.value(QStringLiteral("rpcVersion")))) {
        closeWith(out, CloseCode::InvalidDataFieldType, tr("Your `rpcVersion` is not an unsigned number."));
        return;
    }
    if (d.value(QStringLiteral("rpcVersion")).toInt() != kRpcVersion) {
        closeWith(out, CloseCode::UnsupportedRpcVersion, tr("This server speaks RPC version %1.").arg(kRpcVersion));
        return;
    }
    m_subscriptions = EventSubscription::All;
    if (!readSubscriptions(d, out))
        return;
    m_identified = true;
    out.replies.append(wire(OpCode::Identified, {{QStringLiteral("negotiatedRpcVersion"), kRpcVersion}}));
}

bool RemoteSession::readSubscriptions(const QJsonObject &d, Outcome &out)
{
    if (!d.contains(QStringLiteral("eventSubscriptions")))
        return true;
    const QJsonValue v = d.value(QStringLiteral("eventSubscriptions"));
    if (!isUnsigned(v)) {
        closeWith(out, CloseCode::InvalidDataFieldType, tr("Your `eventSubscriptions` is not an unsigned number."));
        return false;
    }
    m_subscriptions = quint32(v.toDouble());
    return true;
}

QJsonObject RemoteSession::request(const QJsonObject &d, RequestHandler &handler) const
{
    const QString type = d.value(QStringLiteral("requestType")).toString();
    QJsonObject result{{QStringLiteral("requestType"), type}};
    if (d.contains(QStringLiteral("requestId")) && !d.value(QStringLiteral("requestId")).isNull())
        result.insert(QStringLiteral("requestId"), d.value(QStringLiteral("requestId")));
    const QJsonValue data = d.value(QStringLiteral("requestData"));
    RequestReply reply;
    if (type.isEmpty())
        reply = RequestReply::failed(RequestStatus::MissingRequestType, tr("Your request's `requestType` is empty."));
    else if (!data.isUndefined() && !data.isNull() && !data.isObject())
        reply = RequestReply::failed(RequestStatus::InvalidRequestFieldType, tr("Your `requestData` is not an object."));
    else
        reply = handler.handle(type, data.toObject(), actions::Caller{actions::Origin::Remote, m_permission, m_address});
    QJsonObject status{{QStringLiteral("result"), reply.ok()}, {QStringLiteral("code"), reply.code}};
    if (!reply.comment.isEmpty())
        status.insert(QStringLiteral("comment"), reply.comment);
    result.insert(QStringLiteral("requestStatus"), status);
    if (reply.ok() && type == QLatin1String("GetStats")) {
        // The session's own figures: only the session knows them.
        reply.data.insert(QStringLiteral("webSocketSessionIncomingMessages"), m_incoming);
        reply.data.insert(QStringLiteral("webSocketSessionOutgoingMessages"), m_outgoing);
    }
    if (!reply.data.isEmpty())
        result.insert(QStringLiteral("responseData"), reply.data);
    return result;
}

void RemoteSession::batch(const QJsonObject &d, RequestHandler &handler, Outcome &out) const
{
    if (!d.contains(QStringLiteral("requestId"))) {
        closeWith(out, CloseCode::MissingDataField, tr("Your batch is missing a `requestId`."));
        return;
    }
    const QJsonValue execution = d.value(QStringLiteral("executionType"));
    if (!execution.isUndefined() && !execution.isNull()) {
        if (!execution.isDouble() || std::floor(execution.toDouble()) != execution.toDouble()) {
            closeWith(out, CloseCode::InvalidDataFieldType, tr("Your `executionType` is not a number."));
            return;
        }
        const int type = execution.toInt();
        if (type < 0 || type > 2) {
            closeWith(out, CloseCode::InvalidDataFieldValue, tr("Your `executionType` has an invalid value."));
            return;
        }
        if (type != 0) { // only SerialRealtime: the studio has no frame-timed or parallel requests
            closeWith(out, CloseCode::UnsupportedFeature, tr("Only the SerialRealtime execution type (0) is supported."));
            return;
        }
    }
    const QJsonValue requests = d.value(QStringLiteral("requests"));
    if (!requests.isArray()) {
        closeWith(out, requests.isUndefined() ? CloseCode::MissingDataField : CloseCode::InvalidDataFieldType,
                  tr("Your batch's `requests` is missing or not an array."));
        return;
    }
    const QJsonArray list = requests.toArray();
    if (list.size() > kMaxBatchRequests) {
        closeWith(out, CloseCode::InvalidDataFieldValue, tr("A batch holds at most %1 requests.").arg(kMaxBatchRequests));
        return;
    }
    const bool halt = d.value(QStringLiteral("haltOnFailure")).toBool(false);
    QJsonArray results;
    for (const auto &item : list) {
        const QJsonObject one = item.toObject();
        QJsonObject result;
        if (!one.value(QStringLiteral("requestType")).isString()) {
            result = QJsonObject{
                {QStringLiteral("requestType"), one.value(QStringLiteral("requestType"))},
                {QStringLiteral("requestStatus"), QJsonObject{{QStringLiteral("result"), false},
                                                              {QStringLiteral("code"), RequestStatus::MissingRequestType},
                                                              {QStringLiteral("comment"), tr("A request of the batch has no `requestType` string.")}}}};
            if (one.contains(QStringLiteral("requestId")))
                result.insert(QStringLiteral("requestId"), one.value(QStringLiteral("requestId")));
        } else {
            result = request(one, handler);
        }
        results.append(result);
        if (halt && !result.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("result")).toBool())
            break;
    }
    out.replies.append(
        wire(OpCode::RequestBatchResponse, {{QStringLiteral("requestId"), d.value(QStringLiteral("requestId"))}, {QStringLiteral("results"), results}}));
}

} // namespace shopcast::remote
