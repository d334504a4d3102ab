// The remote-control port on loopback with Qt's own WebSocket client: Hello
// on connect, a request answered, events to the subscribed only; and its
// budgets: the 33rd client, an oversized message, a plain HTTP request, a
// page of another origin, and an address that keeps guessing the password.
#include "CatchQt.hpp"

#include "remote/MsgPackJson.hpp"
#include "remote/ObsAuth.hpp"
#include "remote/ObsWebSocketProtocol.hpp"
#include "remote/RemoteServer.hpp"
#include "remote/RequestHandler.hpp"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>
#include <memory>
#include <vector>

using namespace shopcast;
using namespace shopcast::remote;

namespace {

class EchoHandler : public RequestHandler
{
public:
    RequestReply handle(const QString &, const QJsonObject &data, const actions::Caller &) override { return RequestReply::done(data); }
};

// A client that keeps what it was sent.
struct Client
{
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
    QList<QJsonObject> received;
    int closeCode = -1;

    bool msgpack = false;

    explicit Client(quint16 port, const QByteArray &origin = {}, bool asMsgPack = false)
        : msgpack(asMsgPack)
    {
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, socket.get(),
                         [this](const QString &text) { received.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        QObject::connect(socket.get(), &QWebSocket::binaryMessageReceived, socket.get(), [this](const QByteArray &bytes) {
            QString error;
            received.append(MsgPackJson::decode(bytes, &error).value_or(QJsonObject{{QStringLiteral("undecodable"), error}}));
        });
        QObject::connect(socket.get(), &QWebSocket::disconnected, socket.get(), [this] { closeCode = socket->closeCode(); });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        if (!origin.isEmpty())
            request.setRawHeader("Origin", origin);
        QWebSocketHandshakeOptions handshake;
        if (msgpack)
            handshake.setSubprotocols({QString::fromLatin1(kSubprotocolMsgPack)});
        socket->open(request, handshake);
    }
    void send(int op, const QJsonObject &d)
    {
        const QJsonObject message{{QStringLiteral("op"), op}, {QStringLiteral("d"), d}};
        if (msgpack)
            socket->sendBinaryMessage(MsgPackJson::encode(message));
        else
            socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    }
    QString answerFor(const QString &password) const
    {
        const QJsonObject auth = received.value(0).value(QStringLiteral("d")).toObject().value(QStringLiteral("authentication")).toObject();
        return QString::fromLatin1(ObsAuth::response(ObsAuth::secret(password, auth.value(QStringLiteral("salt")).toString().toLatin1()),
                                                     auth.value(QStringLiteral("challenge")).toString().toLatin1()));
    }
};

// One request on a raw socket; the server runs on this thread, so the
// answer is waited for in the event loop, never in a blocking wait.
QByteArray send(quint16 port, const QByteArray &bytes)
{
    QTcpSocket socket;
    QByteArray reply;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { reply += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    if (!QTest::qWaitFor([&] { return closed; }, 10'000))
        return reply + "(no close)";
    return reply;
}

QByteArray httpGet(quint16 port, const QByteArray &extraHeaders)
{
    return send(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" + extraHeaders + "\r\n");
}

} // namespace

TEST_CASE("remote server: Hello on connect, Identify with the password, a request answered, events for the subscribed only", "[remote]")
{
    EchoHandler handler;
    RemoteServer server(handler);
    RemoteServer::Options options;
    options.port = 0; // any free one
    options.passwords.producer = QStringLiteral("p@ss 场控");
    QString error;
    REQUIRE(server.listen(options, &error));
    Client a(server.port());
    Client b(server.port());
    REQUIRE_EVENTUALLY(a.received.size() == 1 && b.received.size() == 1, 10'000);
    CHECK(a.received.first().value(QStringLiteral("op")).toInt() == OpCode::Hello);
    CHECK(a.socket->subprotocol().isEmpty()); // none asked, none forced
    a.send(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("authentication"), a.answerFor(options.passwords.producer)}});
    b.send(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1},
                              {QStringLiteral("authentication"), b.answerFor(options.passwords.producer)},
                              {QStringLiteral("eventSubscriptions"), qint64(EventSubscription::Scenes)}});
    REQUIRE_EVENTUALLY(a.received.size() == 2 && b.received.size() == 2, 10'000);
    CHECK(a.received.at(1).value(QStringLiteral("op")).toInt() == OpCode::Identified);
    CHECK(server.clientCount() == 2);

    a.send(OpCode::Request, {{QStringLiteral("requestType"), QStringLiteral("Anything")},
                             {QStringLiteral("requestId"), QStringLiteral("r1")},
                             {QStringLiteral("requestData"), QJsonObject{{QStringLiteral("k"), QStringLiteral("值")}}}});
    REQUIRE_EVENTUALLY(a.received.size() == 3, 10'000);
    CHECK(a.received.at(2).value(QStringLiteral("d")).toObject().value(QStringLiteral("responseData")).toObject().value(QStringLiteral("k")).toString()
          == QStringLiteral("值"));

    server.broadcastEvent(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs, {{QStringLiteral("outputActive"), true}});
    server.broadcastEvent(QStringLiteral("CurrentProgramSceneChanged"), EventSubscription::Scenes, {{QStringLiteral("sceneName"), QStringLiteral("主场景")}});
    REQUIRE_EVENTUALLY(a.received.size() == 5 && b.received.size() == 3, 10'000);
    CHECK(b.received.at(2).value(QStringLiteral("d")).toObject().value(QStringLiteral("eventType")).toString() == QStringLiteral("CurrentProgramSceneChanged"));
    QTest::qWait(100);
    CHECK(b.received.size() == 3); // no Outputs event for a client subscribed to Scenes only

    // A broken message closes that client alone, with the protocol's code.
    a.socket->sendTextMessage(QStringLiteral("{nope"));
    REQUIRE_EVENTUALLY(a.closeCode == CloseCode::MessageDecodeError, 10'000);
    REQUIRE_EVENTUALLY(server.clientCount() == 1, 10'000);
    CHECK(b.socket->state() == QAbstractSocket::ConnectedState);
}

TEST_CASE("remote server: an event reaches JSON and MessagePack clients alike, each in its own encoding", "[remote]")
{
    EchoHandler handler;
    RemoteServer server(handler);
    RemoteServer::Options options;
    options.port = 0;
    options.passwords.producer = QStringLiteral("pw");
    QString error;
    REQUIRE(server.listen(options, &error));
    // JSON between two MessagePack clients: the MessagePack bytes of one event
    // are made once and must reach both.
    std::vector<std::unique_ptr<Client>> clients;
    for (const bool msgpack : {true, false, true})
        clients.push_back(std::make_unique<Client>(server.port(), QByteArray(), msgpack));
    REQUIRE_EVENTUALLY(std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->received.size() == 1; }), 10'000);
    for (const auto &c : clients) {
        CHECK(c->socket->subprotocol() == (c->msgpack ? QString::fromLatin1(kSubprotocolMsgPack) : QString()));
        c->send(OpCode::Identify, {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("authentication"), c->answerFor(options.passwords.producer)}});
    }
    REQUIRE_EVENTUALLY(std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->received.size() == 2; }), 10'000);
    server.broadcastEvent(QStringLiteral("CurrentProgramSceneChanged"), EventSubscription::Scenes, {{QStringLiteral("sceneName"), QStringLiteral("主场景")}});
    server.broadcastEvent(QStringLiteral("StreamStateChanged"), EventSubscription::Outputs, {{QStringLiteral("outputActive"), true}});
    REQUIRE_EVENTUALLY(std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->received.size() == 4; }), 10'000);
    for (const auto &c : clients) {
        INFO((c->msgpack ? "MessagePack" : "JSON"));
        const QJsonObject scene = c->received.at(2).value(QStringLiteral("d")).toObject();
        CHECK(c->received.at(2).value(QStringLiteral("op")).toInt() == OpCode::Event);
        CHECK(scene.value(QStringLiteral("eventType")).toString() == QStringLiteral("CurrentProgramSceneChanged"));
        CHECK(scene.value(QStringLiteral("eventData")).toObject().value(QStringLiteral("sceneName")).toString() == QStringLiteral("主场景"));
        const QJsonObject stream = c->received.at(3).value(QStringLiteral("d")).toObject();
        CHECK(stream.value(QStringLiteral("eventType")).toString() == QStringLiteral("StreamStateChanged"));
        CHECK(stream.value(QStringLiteral("eventData")).toObject().value(QStringLiteral("outputActive")).toBool());
    }
}

TEST_CASE("remote server: the 33rd client, an oversized message, plain HTTP, another origin and a guessing address get their answers", "[remote]")
{
    EchoHandler handler;
    RemoteServer server(handler);
    RemoteServer::Options options;
    options.port = 0;
    options.passwords.producer = QStringLiteral("right");
    options.maxMessageBytes = 64 * 1024;
    QString error;
    REQUIRE(server.listen(options, &error));

    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < options.maxClients; ++i)
        clients.push_back(std::make_unique<Client>(server.port()));
    REQUIRE_EVENTUALLY(server.clientCount() == options.maxClients, 20'000);
    const QByteArray handshake = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
    const QByteArray extra = httpGet(server.port(), handshake);
    CHECK(extra.startsWith("HTTP/1.1 503"));
    CHECK(extra.contains("Retry-After: 10"));
    CHECK(server.clientCount() == options.maxClients);

    // Over the message budget: Qt closes it as too big, the others stay.
    clients.front()->socket->sendTextMessage(QString(options.maxMessageBytes + 1, QLatin1Char('x')));
    REQUIRE_EVENTUALLY(clients.front()->closeCode == QWebSocketProtocol::CloseCodeTooMuchData, 10'000);
    REQUIRE_EVENTUALLY(server.clientCount() == options.maxClients - 1, 10'000);
    clients.clear();
    REQUIRE_EVENTUALLY(server.clientCount() == 0, 10'000);

    CHECK(httpGet(server.port(), {}).startsWith("HTTP/1.1 200")); // plain HTTP: the console's page
    // A page of another site in the host's browser: refused before any WebSocket.
    const QByteArray foreign = httpGet(server.port(), handshake + "Origin: http://evil.example\r\n");
    CHECK(foreign.startsWith("HTTP/1.1 403"));
    Client sameOrigin(server.port(), "http://127.0.0.1:" + QByteArray::number(server.port()));
    REQUIRE_EVENTUALLY(sameOrigin.received.size() == 1, 10'000); // its own page may

    // Wrong passwords: each closed with 4009; after five in a minute the
    // address is shut out, the right password too, before any Hello.
    QSignalSpy failed(&server, &RemoteServer::authenticationFailed);
    for (int i = 0; i < options.maxFailedLogins; ++i) {
        Client guess(server.port());
        REQUIRE_EVENTUALLY(guess.received.size() == 1, 10'000);
        guess.send(OpCode::Identify,
                   {{QStringLiteral("rpcVersion"), 1}, {QStringLiteral("authentication"), guess.answerFor(QStringLiteral("wrong %1").arg(i))}});
        REQUIRE_EVENTUALLY(guess.closeCode == CloseCode::AuthenticationFailed, 10'000);
    }
    CHECK(failed.count() == options.maxFailedLogins);
    CHECK(httpGet(server.port(), handshake).startsWith("HTTP/1.1 429"));
    // A head that never ends is cut at 8 KiB.
    const QByteArray floodReply = send(server.port(), "GET / HTTP/1.1\r\nX: " + QByteArray(RemoteServer::kMaxHeaderBytes + 10, 'y'));
    CHECK(floodReply.startsWith("HTTP/1.1 431"));
}

TEST_CASE("remote server: the producer's console over plain HTTP on the same port, with a strict policy and nothing else served", "[remote]")
{
    EchoHandler handler;
    RemoteServer server(handler);
    RemoteServer::Options options;
    options.port = 0;
    QString error;
    REQUIRE(server.listen(options, &error));
    const QByteArray port = QByteArray::number(server.port());
    const auto request = [&](const QByteArray &line, const QByteArray &headers = {}) {
        return send(server.port(), line + "\r\nHost: 127.0.0.1:" + port + "\r\n" + headers + "\r\n");
    };

    const QByteArray page = request("GET / HTTP/1.1");
    REQUIRE(page.startsWith("HTTP/1.1 200 OK"));
    CHECK(page.contains("Content-Type: text/html; charset=utf-8"));
    CHECK(page.contains("Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'"));
    CHECK(page.contains("connect-src 'self' ws://127.0.0.1:" + port + ";"));
    CHECK(page.contains("frame-ancestors 'none'"));
    CHECK(page.contains("X-Frame-Options: DENY"));
    CHECK(page.contains("X-Content-Type-Options: nosniff"));
    CHECK(page.contains("<script src=\"console.js\"></script>"));
    CHECK(!page.contains("https://"));

    const QByteArray script = request("GET /console.js?v=1 HTTP/1.1");
    CHECK(script.startsWith("HTTP/1.1 200 OK"));
    CHECK(script.contains("Content-Type: text/javascript"));
    CHECK(script.contains("obswebsocket.json"));
    CHECK(request("GET /console.css HTTP/1.1").contains("Content-Type: text/css"));
    // HEAD: the headers, no body.
    const QByteArray head = request("HEAD / HTTP/1.1");
    CHECK(head.startsWith("HTTP/1.1 200 OK"));
    CHECK(head.endsWith("\r\n\r\n"));

    CHECK(request("GET /../studio.db HTTP/1.1").startsWith("HTTP/1.1 404"));
    CHECK(request("GET /secrets.ini HTTP/1.1").startsWith("HTTP/1.1 404"));
    CHECK(request("POST / HTTP/1.1", "Content-Length: 0\r\n").startsWith("HTTP/1.1 405"));
    // No Host, or one that would break out of the policy header: refused.
    const QByteArray noHost = send(server.port(), "GET / HTTP/1.1\r\n\r\n");
    INFO(noHost.left(200).toStdString());
    CHECK(noHost.startsWith("HTTP/1.1 400"));
    CHECK(send(server.port(), "GET / HTTP/1.1\r\nHost: a; script-src *\r\n\r\n").startsWith("HTTP/1.1 400"));
}
