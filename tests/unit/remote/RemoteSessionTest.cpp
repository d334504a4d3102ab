// The obs-websocket 5.x session without sockets: Hello and the salted
// SHA-256 challenge, the two roles, Identify/Reidentify, requests and serial
// batches, and each way of breaking the protocol closed with its own code.
#include "CatchQt.hpp"

#include "remote/ObsAuth.hpp"
#include "remote/ObsWebSocketProtocol.hpp"
#include "remote/RemoteSession.hpp"
#include "remote/RequestHandler.hpp"

#include <QJsonArray>
#include <QJsonDocument>

using namespace shopcast;
using namespace shopcast::remote;

namespace {

// Answers "Echo" with its data, fails "Fail", knows nothing else.
class EchoHandler : public RequestHandler
{
public:
    RequestReply handle(const QString &type, const QJsonObject &data, const actions::Caller &caller) override
    {
        calls.append(type);
        lastCaller = caller;
        if (type == QLatin1String("Echo"))
            return RequestReply::done(data);
        if (type == QLatin1String("Fail"))
            return RequestReply::failed(RequestStatus::ResourceNotFound, QStringLiteral("no such thing"));
        return RequestReply::failed(RequestStatus::UnknownRequestType, QStringLiteral("unknown"));
    }
    QStringList calls;
    actions::Caller lastCaller;
};

QJsonObject parse(const QByteArray &message)
{
    return QJsonDocument::fromJson(message).object();
}

QByteArray msg(int op, const QJsonObject &d)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("d"), d}}).toJson(QJsonDocument::Compact);
}

// The authentication string a client computes from the Hello.
QString answer(const RemoteSession &session, const QString &password)
{
    const QJsonObject auth = parse(session.hello()).value(QStringLiteral("d")).toObject().value(QStringLiteral("authentication")).toObject();
    return QString::fromLatin1(ObsAuth::response(ObsAuth::secret(password, auth.value(QStringLiteral("salt")).toString().toLatin1()),
                                                 auth.value(QStringLiteral("challenge")).toString().toLatin1()));
}

RemoteSession identified(EchoHandler &handler, quint32 subscriptions = EventSubscription::All)
{
    RemoteSession session({}, ObsAuth::randomToken(), QStringLiteral("127.0.0.1"));
    const auto out
        = session.receive(msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("eventSubscriptions"), qint64(subscriptions)}}), handler);
    REQUIRE(out.closeCode == 0);
    return session;
}

} // namespace

TEST_CASE("remote session: the salted challenge, the producer's and the viewer's passwords, and a wrong one", "[remote]")
{
    EchoHandler handler;
    const RemoteSession::Passwords passwords{QStringLiteral("场控-secret"), QStringLiteral("watch")};
    {
        RemoteSession session(passwords, ObsAuth::randomToken(), QStringLiteral("10.0.0.2"));
        const QJsonObject hello = parse(session.hello());
        CHECK(hello.value(QStringLiteral("op")).toInt() == OpCode::Hello);
        const QJsonObject d = hello.value(QStringLiteral("d")).toObject();
        CHECK(d.value(QStringLiteral("rpcVersion")).toInt() == 1);
        CHECK(d.value(QStringLiteral("obsWebSocketVersion")).toString() == QStringLiteral("5.1.0"));
        CHECK_FALSE(d.value(QStringLiteral("authentication")).toObject().value(QStringLiteral("challenge")).toString().isEmpty());
        const auto out = session.receive(
            msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("authentication"), answer(session, passwords.producer)}}), handler);
        REQUIRE(out.closeCode == 0);
        REQUIRE(out.replies.size() == 1);
        CHECK(parse(out.replies.first()).value(QStringLiteral("op")).toInt() == OpCode::Identified);
        CHECK(parse(out.replies.first()).value(QStringLiteral("d")).toObject().value(QStringLiteral("negotiatedRpcVersion")).toInt() == 1);
        CHECK(session.permission() == actions::Permission::Host);
        session.receive(msg(OpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")}, {QStringLiteral("requestId"), QStringLiteral("1")}}),
                        handler);
        CHECK(handler.lastCaller.origin == actions::Origin::Remote);
        CHECK(handler.lastCaller.client == QStringLiteral("10.0.0.2"));
    }
    {
        RemoteSession session(passwords, ObsAuth::randomToken(), QStringLiteral("10.0.0.3"));
        REQUIRE(session
                    .receive(msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("authentication"), answer(session, passwords.viewer)}}),
                             handler)
                    .closeCode
                == 0);
        CHECK(session.permission() == actions::Permission::Viewer);
    }
    {
        RemoteSession session(passwords, ObsAuth::randomToken(), QStringLiteral("10.0.0.4"));
        const auto wrong = session.receive(
            msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("authentication"), answer(session, QStringLiteral("guess"))}}), handler);
        CHECK(wrong.closeCode == CloseCode::AuthenticationFailed);
        CHECK(wrong.authenticationFailed);
        CHECK_FALSE(session.isIdentified());
    }
    {
        RemoteSession session(passwords, ObsAuth::randomToken(), QStringLiteral("10.0.0.5"));
        const auto none = session.receive(msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}}), handler);
        CHECK(none.closeCode == CloseCode::AuthenticationFailed);
    }
    // Without passwords there is no challenge, and the client may do everything.
    RemoteSession open({}, ObsAuth::randomToken(), QStringLiteral("127.0.0.1"));
    CHECK_FALSE(parse(open.hello()).value(QStringLiteral("d")).toObject().contains(QStringLiteral("authentication")));
}

TEST_CASE("remote session: each way of breaking the protocol is closed with its own code", "[remote]")
{
    EchoHandler handler;
    const auto closeOf = [&handler](RemoteSession &session, const QByteArray &message) { return session.receive(message, handler).closeCode; };
    RemoteSession fresh({}, ObsAuth::randomToken(), QStringLiteral("x"));
    CHECK(closeOf(fresh, "{not json") == CloseCode::MessageDecodeError);
    CHECK(closeOf(fresh, "[1,2]") == CloseCode::MessageDecodeError);
    CHECK(closeOf(fresh, R"({"d":{}})") == CloseCode::MissingDataField);
    CHECK(closeOf(fresh, R"({"op":"1","d":{}})") == CloseCode::InvalidDataFieldType);
    CHECK(closeOf(fresh, R"({"op":1})") == CloseCode::MissingDataField);
    CHECK(closeOf(fresh, R"({"op":1,"d":[]})") == CloseCode::InvalidDataFieldType);
    CHECK(closeOf(fresh, msg(OpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")}, {QStringLiteral("requestId"), 1}}))
          == CloseCode::NotIdentified);
    CHECK(closeOf(fresh, msg(OpCode::Identify, {})) == CloseCode::MissingDataField);
    CHECK(closeOf(fresh, msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), -1}})) == CloseCode::InvalidDataFieldType);
    CHECK(closeOf(fresh, msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 2}})) == CloseCode::UnsupportedRpcVersion);
    CHECK(closeOf(fresh, msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("eventSubscriptions"), QStringLiteral("all")}}))
          == CloseCode::InvalidDataFieldType);
    CHECK_FALSE(handler.calls.size());

    RemoteSession session = identified(handler);
    CHECK(closeOf(session, msg(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}})) == CloseCode::AlreadyIdentified);
    CHECK(closeOf(session, msg(4, {})) == CloseCode::UnknownOpCode);
    CHECK(closeOf(session, msg(42, {})) == CloseCode::UnknownOpCode);
    CHECK(closeOf(session, msg(OpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")}})) == CloseCode::MissingDataField);
    CHECK(closeOf(session, msg(OpCode::Request, {{QStringLiteral("requestId"), 1}})) == CloseCode::MissingDataField);
    CHECK(closeOf(session, msg(OpCode::Request, {{QStringLiteral("requestId"), 1}, {QStringLiteral("requestType"), 5}})) == CloseCode::InvalidDataFieldType);
    CHECK(closeOf(session, msg(OpCode::RequestBatch, {{QStringLiteral("requests"), QJsonArray()}})) == CloseCode::MissingDataField);
    CHECK(closeOf(session, msg(OpCode::RequestBatch, {{QStringLiteral("requestId"), 1}, {QStringLiteral("requests"), 3}})) == CloseCode::InvalidDataFieldType);
    CHECK(closeOf(session, msg(OpCode::RequestBatch,
                               {{QStringLiteral("requestId"), 1}, {QStringLiteral("executionType"), 7}, {QStringLiteral("requests"), QJsonArray()}}))
          == CloseCode::InvalidDataFieldValue);
    CHECK(closeOf(session, msg(OpCode::RequestBatch,
                               {{QStringLiteral("requestId"), 1}, {QStringLiteral("executionType"), 2}, {QStringLiteral("requests"), QJsonArray()}}))
          == CloseCode::UnsupportedFeature);
    QJsonArray tooMany;
    for (int i = 0; i <= RemoteSession::kMaxBatchRequests; ++i)
        tooMany.append(QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Echo")}});
    CHECK(closeOf(session, msg(OpCode::RequestBatch, {{QStringLiteral("requestId"), 1}, {QStringLiteral("requests"), tooMany}}))
          == CloseCode::InvalidDataFieldValue);
    CHECK(handler.calls.isEmpty()); // nothing ran for a broken message
}

TEST_CASE("remote session: requests answer with status codes, a batch runs in order and halts on failure", "[remote]")
{
    EchoHandler handler;
    RemoteSession session = identified(handler);
    auto out = session.receive(msg(OpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")},
                                                     {QStringLiteral("requestId"), QStringLiteral("a1")},
                                                     {QStringLiteral("requestData"), QJsonObject{{QStringLiteral("x"), 1}}}}),
                               handler);
    REQUIRE(out.replies.size() == 1);
    QJsonObject reply = parse(out.replies.first());
    CHECK(reply.value(QStringLiteral("op")).toInt() == OpCode::RequestResponse);
    QJsonObject d = reply.value(QStringLiteral("d")).toObject();
    CHECK(d.value(QStringLiteral("requestId")).toString() == QStringLiteral("a1"));
    CHECK(d.value(QStringLiteral("requestType")).toString() == QStringLiteral("Echo"));
    CHECK(d.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("result")).toBool());
    CHECK(d.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("code")).toInt() == RequestStatus::Success);
    CHECK(d.value(QStringLiteral("responseData")).toObject().value(QStringLiteral("x")).toInt() == 1);

    out = session.receive(msg(OpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Nope")}, {QStringLiteral("requestId"), 2}}), handler);
    d = parse(out.replies.first()).value(QStringLiteral("d")).toObject();
    CHECK_FALSE(d.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("result")).toBool());
    CHECK(d.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("code")).toInt() == RequestStatus::UnknownRequestType);
    CHECK(out.closeCode == 0); // a failed request keeps the session

    out = session.receive(
        msg(OpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Echo")}, {QStringLiteral("requestId"), 3}, {QStringLiteral("requestData"), 5}}),
        handler);
    d = parse(out.replies.first()).value(QStringLiteral("d")).toObject();
    CHECK(d.value(QStringLiteral("requestStatus")).toObject().value(QStringLiteral("code")).toInt() == RequestStatus::InvalidRequestFieldType);

    handler.calls.clear();
    const QJsonArray requests{QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Echo")}, {QStringLiteral("requestId"), QStringLiteral("one")}},
                              QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Fail")}},
                              QJsonObject{{QStringLiteral("requestType"), QStringLiteral("Echo")}}};
    out = session.receive(msg(OpCode::RequestBatch, {{QStringLiteral("requestId"), QStringLiteral("b")}, {QStringLiteral("requests"), requests}}), handler);
    QJsonObject batch = parse(out.replies.first());
    CHECK(batch.value(QStringLiteral("op")).toInt() == OpCode::RequestBatchResponse);
    QJsonArray results = batch.value(QStringLiteral("d")).toObject().value(QStringLiteral("results")).toArray();
    CHECK(results.size() == 3);
    CHECK(handler.calls == QStringList({QStringLiteral("Echo"), QStringLiteral("Fail"), QStringLiteral("Echo")}));
    CHECK(results.at(0).toObject().value(QStringLiteral("requestId")).toString() == QStringLiteral("one"));

    handler.calls.clear();
    out = session.receive(
        msg(OpCode::RequestBatch,
            {{QStringLiteral("requestId"), QStringLiteral("c")}, {QStringLiteral("haltOnFailure"), true}, {QStringLiteral("requests"), requests}}),
        handler);
    results = parse(out.replies.first()).value(QStringLiteral("d")).toObject().value(QStringLiteral("results")).toArray();
    CHECK(results.size() == 2);
    CHECK(handler.calls == QStringList({QStringLiteral("Echo"), QStringLiteral("Fail")}));

    // Reidentify: other events from now on.
    out = session.receive(msg(OpCode::Reidentify, {{QStringLiteral("eventSubscriptions"), qint64(EventSubscription::Outputs)}}), handler);
    CHECK(parse(out.replies.first()).value(QStringLiteral("op")).toInt() == OpCode::Identified);
    CHECK(session.eventSubscriptions() == EventSubscription::Outputs);

    const QJsonObject event
        = parse(RemoteSession::event(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs, {{QStringLiteral("outputActive"), true}}));
    CHECK(event.value(QStringLiteral("op")).toInt() == OpCode::Event);
    CHECK(event.value(QStringLiteral("d")).toObject().value(QStringLiteral("eventIntent")).toInt() == int(EventSubscription::Outputs));
    CHECK(event.value(QStringLiteral("d")).toObject().value(QStringLiteral("eventData")).toObject().value(QStringLiteral("outputActive")).toBool());
}
