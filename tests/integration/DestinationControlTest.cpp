// One destination alone, on real libobs in this process: what the Destinations
// (live) dock's Stop and Start call (OutputControl::stopDestination and
// restartDestination) against a real nginx-rtmp ingest, reached directly
// and through a proxy that answers the RTMP handshake a second late.
#include "CatchQt.hpp"

#include "EventLoopGap.hpp"
#include "work/GuiThreadCheck.hpp"
#include "NginxRtmpServer.hpp"

#include "broadcast/ObsEngine.hpp"
#include "broadcast/OutputControl.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <vector>
#include <QTest>

using namespace shopcast;
using broadcast::OutputState;

namespace {

// An ingest slow to answer: each connection is held for delayMs, then
// joined to the real ingest (what the client sent meanwhile goes first).
class LateProxy
{
public:
    LateProxy(quint16 targetPort, int delayMs)
        : m_targetPort(targetPort)
        , m_delayMs(delayMs)
    {}
    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                ++m_connections;
                QTimer::singleShot(m_delayMs, client, [this, client] { join(client); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    void join(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        QObject::connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
            upstream->write(client->readAll());
            QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    QTcpServer m_server; // the client sockets are its children, each upstream its client's
    quint16 m_targetPort;
    int m_delayMs;
    int m_connections = 0;
};

} // namespace

TEST_CASE("one destination alone on real libobs: stopped in its handshake it leaves the GUI thread free and stays off air, started again it goes live",
          "[integration][rtmp][watchdog]")
{
    test::NginxRtmpServer ingest;
    QString error;
    REQUIRE(ingest.start(false, &error));
    LateProxy late(ingest.rtmpPort(), 1'000);
    REQUIRE(late.listen());

    const broadcast::CanvasSpec canvas{640, 360, 30};
    QTemporaryDir dir;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions(canvas, dir.filePath(QStringLiteral("obs"))), &error);
    INFO(error.toStdString());
    REQUIRE(engine);
    REQUIRE(engine->scenes().loadCollection(broadcast::SceneCollection::demo(canvas, QStringLiteral(SHOPCAST_RESOURCE_DIR)), &error));
    broadcast::OutputControl &outputs = engine->outputs();
    const auto steady = broadcast::Destination::parse(ingest.url(QStringLiteral("a")));
    const auto slow = broadcast::Destination::parse(QStringLiteral("rtmp://127.0.0.1:%1/live/b").arg(late.port()));
    REQUIRE(steady);
    REQUIRE(slow);
    broadcast::EncoderSettings encoder;
    encoder.videoBitrateKbps = 800;
    REQUIRE(outputs.startStreaming({*steady, *slow}, encoder, &error));
    const auto stateOf = [&](int index) { return outputs.stats().outputs.value(index).state; };
    REQUIRE_EVENTUALLY(stateOf(0) == OutputState::Live, 30'000);
    REQUIRE(late.connections() == 1);
    REQUIRE(stateOf(1) == OutputState::Connecting); // held by the proxy

    // Stop the slow one while its handshake waits. libobs' force_stop joins
    // its connect thread, which waits until the ingest answers, here a second
    // later: on the GUI thread that second would be the gap. Left alone, the
    // handshake would end and put the stopped destination on air. Three
    // rounds, the median judged (as the other watchdog tests do): a shared
    // machine can hold any thread back once.
    QList<OutputState> afterStop;
    QObject::connect(&outputs, &broadcast::OutputControl::outputStateChanged, &outputs, [&](int index, OutputState state, const QString &) {
        if (index == 1)
            afterStop.append(state);
    });
    const int heavyBefore = work::GuiThreadCheck::heavyWorkOnGuiThread();
    std::vector<qint64> worst;
    for (int round = 1; round <= 3; ++round) {
        if (round > 1) {
            REQUIRE(outputs.restartDestination(1, &error));
            REQUIRE_EVENTUALLY(late.connections() == round, 10'000);
            REQUIRE(stateOf(1) == OutputState::Connecting);
        }
        afterStop.clear();
        test::EventLoopGap gap;
        gap.start();
        outputs.stopDestination(1);
        CHECK(stateOf(1) == OutputState::Stopped);
        QString refused;
        CHECK_FALSE(outputs.restartDestination(1, &refused)); // libobs still holds the last try
        CHECK(refused.contains(QStringLiteral("try again")));
        QTest::qWait(2'500);
        gap.stop();
        worst.push_back(gap.longestMs());
        CHECK(stateOf(1) == OutputState::Stopped);
        CHECK_FALSE(afterStop.contains(OutputState::Live));
        CHECK(late.connections() == round); // stopped, so never tried again
    }
    std::sort(worst.begin(), worst.end());
    WARN("longest GUI-thread gap while a destination whose ingest answers after 1 s was stopped in its handshake: median " << worst[1] << " ms (" << worst[0]
                                                                                                                           << ", " << worst[2] << ")");
    // The mechanism: libobs' force_stop ran on the blocking pool, never here.
    CHECK(work::GuiThreadCheck::heavyWorkOnGuiThread() == heavyBefore);
    // A liveness bound, not a timing: on the GUI thread the stop would hold
    // it until the 1 s late handshake (here the proxy shares the thread, so
    // librtmp's 30 s timeout); 10 s is far from any scheduling hiccup.
    CHECK(worst[1] < 10'000);
    CHECK(stateOf(0) == OutputState::Live);
    CHECK(outputs.isStreaming());
    // Started again alone: on air through the slow ingest, the other untouched.
    REQUIRE(outputs.restartDestination(1, &error));
    REQUIRE_EVENTUALLY(stateOf(1) == OutputState::Live, 20'000);
    CHECK(late.connections() == 4);
    CHECK(stateOf(0) == OutputState::Live);
    CHECK(outputs.stats().outputs.value(0).reconnects == 0);

    outputs.stopStreaming();
    REQUIRE_EVENTUALLY(!outputs.isStreaming(), 15'000);
}
