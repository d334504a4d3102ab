// The local bridge plugin as another tool would use it: HTTP POST and
// WebSocket on 127.0.0.1 with the profile's token.
#include "CatchQt.hpp"

#include "FreePort.hpp"

#include "chat/CommentPluginLoader.hpp"
#include "work/GuiThreadCheck.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace shopcast;
using chat::ChatEvent;
using chat::CommentSource;

namespace {

std::unique_ptr<CommentSource> bridgeSource()
{
    for (const auto &plugin : chat::CommentPluginLoader::load({QStringLiteral(SHOPCAST_PLUGIN_DIR)}).plugins)
        if (plugin.id == QLatin1String("bridge"))
            return std::unique_ptr<CommentSource>(plugin.factory->create(nullptr));
    FAIL("the bridge plugin was not found");
    return nullptr;
}

// A bridge source live on a free loopback port with the test's token,
// keeping what it emits.
struct LiveBridge
{
    quint16 port = test::freeLoopbackPort();
    std::unique_ptr<CommentSource> source = bridgeSource();
    QList<ChatEvent> events;

    LiveBridge()
    {
        QString error;
        REQUIRE(source->configure(QJsonObject{{QStringLiteral("port"), port}, {QStringLiteral("token"), QStringLiteral("profile-token-123")}}, &error));
        QObject::connect(source.get(), &CommentSource::eventsReceived, [this](const QList<ChatEvent> &batch) { events += batch; });
        source->start();
        REQUIRE(source->state() == CommentSource::State::Live);
    }
    LiveBridge(const LiveBridge &) = delete;
    LiveBridge &operator=(const LiveBridge &) = delete;
};

struct Reply
{
    int status = 0;
    QJsonObject body;
};

Reply post(QNetworkAccessManager &net, quint16 port, const QByteArray &token, const QByteArray &body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/comments").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = net.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return r;
}

} // namespace

TEST_CASE("bridge: HTTP POST and WebSocket with a token, bad input refused", "[integration][bridge]")
{
    const quint16 port = test::freeLoopbackPort();
    auto source = bridgeSource();
    QString error;
    CHECK_FALSE(source->configure(QJsonObject{{QStringLiteral("token"), QStringLiteral("short")}}, &error));
    REQUIRE(source->configure(QJsonObject{{QStringLiteral("port"), port}, {QStringLiteral("token"), QStringLiteral("profile-token-123")}}, &error));
    QList<ChatEvent> events;
    QObject::connect(source.get(), &CommentSource::eventsReceived, [&](const QList<ChatEvent> &batch) { events += batch; });
    source->start();
    REQUIRE(source->state() == CommentSource::State::Live);

    const int heavyBefore = work::GuiThreadCheck::heavyWorkOnGuiThread();
    QNetworkAccessManager net;
    Reply r = post(net, port, "profile-token-123",
                   R"([{"platform":"douyin","id":"d1","userName":"小王","text":"多少钱？"},{"platform":"douyin","id":"d2","userName":"小李","text":"已拍"}])");
    CHECK(r.status == 202);
    CHECK(r.body.value(QStringLiteral("accepted")).toInt() == 2);
    r = post(net, port, "profile-token-123", "{\"userName\":\"a\",\"text\":\"one\"}\n{\"userName\":\"b\",\"text\":\"two\"}\nnot json\n");
    CHECK(r.status == 202);
    CHECK(r.body.value(QStringLiteral("accepted")).toInt() == 2);
    CHECK(r.body.value(QStringLiteral("errors")).toArray().size() == 1);
    CHECK(post(net, port, "wrong-token-xyz", R"({"userName":"a","text":"x"})").status == 401);
    CHECK(post(net, port, {}, R"({"userName":"a","text":"x"})").status == 401);
    CHECK(post(net, port, "profile-token-123", "[oops").status == 400);
    CHECK(post(net, port, "profile-token-123", QByteArray(2 * 1024 * 1024, 'x')).status == 413);

    QWebSocket ws;
    QSignalSpy connected(&ws, &QWebSocket::connected);
    ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/comments?token=profile-token-123").arg(port)));
    REQUIRE(connected.wait(10000));
    ws.sendTextMessage(QStringLiteral(R"({"platform":"kuaishou","id":"k1","userName":"老铁","text":"双击666"})"));
    REQUIRE_EVENTUALLY((int(events.size())) == (5), 5000); // 2 + 2 over HTTP (errors went back in the replies) + 1
    CHECK(events.last().platform == QStringLiteral("kuaishou"));
    CHECK(events.last().text == QStringLiteral("双击666"));
    CHECK(events.at(0).userName == QStringLiteral("小王"));
    CHECK(work::GuiThreadCheck::heavyWorkOnGuiThread() == heavyBefore); // every body and message was parsed on the decode pool

    QWebSocket intruder;
    QSignalSpy closed(&intruder, &QWebSocket::disconnected);
    intruder.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/comments?token=guess").arg(port)));
    REQUIRE(closed.wait(10000));
    CHECK(intruder.state() == QAbstractSocket::UnconnectedState);

    // A second bridge on the same port: a clear error, not a crash.
    auto second = bridgeSource();
    REQUIRE(second->configure(QJsonObject{{QStringLiteral("port"), port}, {QStringLiteral("token"), QStringLiteral("profile-token-123")}}, &error));
    second->start();
    CHECK(second->state() == CommentSource::State::Error);
    CHECK(second->stateDetail().contains(QStringLiteral("cannot listen")));
}

TEST_CASE("bridge: orders, refunds and the room's size over the same endpoints and token, a bad amount refused in the reply", "[integration][bridge][orders]")
{
    LiveBridge bridge;
    const quint16 port = bridge.port;
    const QList<ChatEvent> &events = bridge.events;

    QNetworkAccessManager net;
    const Reply r
        = post(net, port, "profile-token-123",
               R"([{"type":"order","platform":"douyin","orderId":"6931","lineId":"6931-1","sku":"DEMO-CUP","quantity":2,"paidCents":23800,"buyer":"张**"},)"
               R"({"type":"order","platform":"douyin","orderId":"6932","quantity":1,"paidCents":"12.90"}])");
    CHECK(r.status == 202);
    CHECK(r.body.value(QStringLiteral("accepted")).toInt() == 1);
    REQUIRE(r.body.value(QStringLiteral("errors")).toArray().size() == 1);
    CHECK(r.body.value(QStringLiteral("errors")).toArray().at(0).toString().contains(QStringLiteral("paidCents")));

    QWebSocket ws;
    QSignalSpy connected(&ws, &QWebSocket::connected);
    ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/comments?token=profile-token-123").arg(port)));
    REQUIRE(connected.wait(10000));
    ws.sendTextMessage(QStringLiteral(R"({"type":"refund","platform":"douyin","orderId":"6931","lineId":"6931-1"})"));
    // The room's size over the same socket (GPM and UV value in the review).
    ws.sendTextMessage(QStringLiteral(R"({"type":"audience","platform":"douyin","online":1234,"viewers":5678,"views":9012})"));
    REQUIRE_EVENTUALLY(events.size() == 3, 5000);
    CHECK(events.at(0).type == ChatEvent::Type::Order);
    CHECK(events.at(0).extra.value(QStringLiteral("sku")).toString() == QStringLiteral("DEMO-CUP"));
    CHECK(events.at(0).extra.value(QStringLiteral("paidCents")).toInteger() == 23'800);
    CHECK(events.at(1).type == ChatEvent::Type::Refund);
    CHECK(events.at(1).extra.value(QStringLiteral("lineId")).toString() == QStringLiteral("6931-1"));
    CHECK(events.at(2).type == ChatEvent::Type::Audience);
    CHECK(events.at(2).extra.value(QStringLiteral("views")).toInteger() == 9012);
}

TEST_CASE("bridge: the shipped example posts a Douyin host's comments (plain lines and JSON) into the bridge", "[integration][bridge][example]")
{
    LiveBridge bridge;
    const quint16 port = bridge.port;
    const QList<ChatEvent> &events = bridge.events;
    // The script runs on its own; the bridge answers it from this event loop.
    QProcess script;
    script.start(QStringLiteral("python3"), {QStringLiteral(SHOPCAST_RESOURCE_DIR "/examples/bridge/post-comments.py"), QStringLiteral("--port"),
                                             QString::number(port), QStringLiteral("--token"), QStringLiteral("profile-token-123"),
                                             QStringLiteral(SHOPCAST_RESOURCE_DIR "/examples/bridge/comments-douyin.txt")});
    REQUIRE(script.waitForStarted(10'000));
    REQUIRE_EVENTUALLY(script.state() == QProcess::NotRunning, 60'000);
    INFO(script.readAllStandardError().toStdString());
    CHECK(script.exitCode() == 0);
    CHECK(script.readAllStandardOutput().contains("4 comment(s) accepted"));
    REQUIRE_EVENTUALLY(events.size() == 4, 5'000);
    CHECK(events.at(0).platform == QStringLiteral("douyin"));
    CHECK(events.at(0).userName == QStringLiteral("小王"));
    CHECK(events.at(1).text == QStringLiteral("有没有粉色的")); // a full-width colon
    CHECK(events.at(2).id == QStringLiteral("dy-42"));

    // A wrong token: the script says the studio refused, and fails.
    QProcess refused;
    refused.start(QStringLiteral("python3"),
                  {QStringLiteral(SHOPCAST_RESOURCE_DIR "/examples/bridge/post-comments.py"), QStringLiteral("--port"), QString::number(port),
                   QStringLiteral("--token"), QStringLiteral("wrong-token-xyz"), QStringLiteral(SHOPCAST_RESOURCE_DIR "/examples/bridge/comments-douyin.txt")});
    REQUIRE(refused.waitForStarted(10'000));
    REQUIRE_EVENTUALLY(refused.state() == QProcess::NotRunning, 60'000);
    CHECK(refused.exitCode() != 0);
    CHECK(refused.readAllStandardError().contains("401"));
}

TEST_CASE("bridge: a WebSocket message over 64 KiB is refused, connections are capped, silent requests are closed", "[integration][bridge][budget]")
{
    const quint16 port = test::freeLoopbackPort();
    auto source = bridgeSource();
    QString error;
    REQUIRE(source->configure(QJsonObject{{QStringLiteral("port"), port}, {QStringLiteral("token"), QStringLiteral("profile-token-123")}}, &error));
    QList<ChatEvent> events;
    QObject::connect(source.get(), &CommentSource::eventsReceived, [&](const QList<ChatEvent> &batch) { events.append(batch); });
    source->start();
    REQUIRE(source->state() == CommentSource::State::Live);
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/comments?token=profile-token-123").arg(port));

    // One message of 200 KiB: the bridge closes the socket, nothing reaches the chat.
    QWebSocket big;
    QSignalSpy bigOpen(&big, &QWebSocket::connected);
    QSignalSpy bigClosed(&big, &QWebSocket::disconnected);
    big.open(url);
    REQUIRE(bigOpen.wait(10000));
    big.sendTextMessage(QStringLiteral("{\"userName\":\"a\",\"text\":\"") + QString(200 * 1024, QLatin1Char('x')) + QStringLiteral("\"}"));
    REQUIRE((bigClosed.count() > 0 || bigClosed.wait(10000)));
    CHECK(big.closeCode() == QWebSocketProtocol::CloseCodeTooMuchData);
    QTest::qWait(200);
    CHECK(events.isEmpty());

    // Sixteen open WebSockets; the seventeenth connection is refused with 503.
    std::vector<std::unique_ptr<QWebSocket>> open;
    for (int i = 0; i < 16; ++i) {
        open.push_back(std::make_unique<QWebSocket>());
        QSignalSpy connected(open.back().get(), &QWebSocket::connected);
        open.back()->open(url);
        REQUIRE(connected.wait(10000));
    }
    QTcpSocket extra;
    extra.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(extra.waitForConnected(5000));
    REQUIRE_EVENTUALLY(extra.bytesAvailable() > 0 || extra.state() != QAbstractSocket::ConnectedState, 5000);
    CHECK(extra.readAll().startsWith("HTTP/1.1 503"));
    // A tool that is still within the cap works as before.
    QSignalSpy delivered(source.get(), &CommentSource::eventsReceived);
    open.front()->sendTextMessage(QStringLiteral(R"({"platform":"douyin","userName":"小王","text":"还在"})"));
    REQUIRE((delivered.count() > 0 || delivered.wait(5000)));
    CHECK(events.last().text == QStringLiteral("还在"));
    // Closing them frees the places.
    for (auto &ws : open)
        ws->close();
    open.clear();
    QTest::qWait(300);

    // A connection that sends half a request and goes quiet is closed (10 s).
    QTcpSocket silent;
    QSignalSpy gone(&silent, &QTcpSocket::disconnected);
    silent.connectToHost(QHostAddress::LocalHost, port);
    REQUIRE(silent.waitForConnected(5000));
    silent.write("POST /comments HTTP/1.1\r\nHost: x\r\n");
    REQUIRE(gone.wait(15'000));
}
