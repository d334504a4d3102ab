// The live Destinations panel's model on the fake engine, and the reconnect
// policy's numbers.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "broadcast/BroadcastSettings.hpp"
#include "broadcast/DestinationsModel.hpp"

#include <QAbstractItemModelTester>
#include <QJsonObject>

using namespace shopcast;
using broadcast::DestinationsModel;
using broadcast::OutputState;

TEST_CASE("reconnect policy: 2 s growing by 1.5 to a 10 s ceiling, no limit, kept in the settings", "[broadcast][reconnect]")
{
    const broadcast::ReconnectSettings s;
    CHECK(s.delayForAttempt(1) == 2000);
    CHECK(s.delayForAttempt(2) == 3000);
    CHECK(s.delayForAttempt(3) == 4500);
    CHECK(s.delayForAttempt(5) == 10'000); // 10,125 capped
    CHECK(s.delayForAttempt(500) == 10'000);
    CHECK(s.maxAttempts == 0);
    CHECK(broadcast::ReconnectSettings::fromJson(s.toJson()) == s);
    // Out-of-range values from a hand-edited studio.json are clamped, not trusted.
    const auto wild = broadcast::ReconnectSettings::fromJson(QJsonObject{
        {QStringLiteral("firstDelayMs"), -5}, {QStringLiteral("factor"), 100}, {QStringLiteral("maxDelayMs"), 1e12}, {QStringLiteral("probeIntervalMs"), -1}});
    CHECK(wild.firstDelayMs == 250);
    CHECK(wild.factor == 4.0);
    CHECK(wild.maxDelayMs == 10'000); // toInt of 1e12 is the default, then clamped
    CHECK(wild.probeIntervalMs == 0);
}

TEST_CASE("destinations model: each destination's state, message, bitrate and reconnects", "[broadcast][destinations]")
{
    test::FakeOutputs outputs;
    DestinationsModel model(outputs, 60'000); // sampled by hand here
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    QString error;
    const auto a = broadcast::Destination::parse(QStringLiteral("rtmp://127.0.0.1:1935/live/keyA"), &error);
    const auto b = broadcast::Destination::parse(QStringLiteral("rtmp://127.0.0.1:1936/live/keyB"), &error);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(outputs.startStreaming({*a, *b}, {}, &error));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0, DestinationsModel::Destination)).toString() == QStringLiteral("rtmp://127.0.0.1:1935/live"));
    CHECK_FALSE(model.data(model.index(0, DestinationsModel::Destination)).toString().contains(QStringLiteral("keyA")));
    outputs.setOutputState(0, OutputState::Live);
    outputs.setOutputState(1, OutputState::Reconnecting, QStringLiteral("reconnecting in 3 s (attempt 2): disconnected"));
    CHECK(model.stateAt(0) == OutputState::Live);
    CHECK(model.data(model.index(1, DestinationsModel::State)).toString().contains(QStringLiteral("attempt 2")));
    outputs.editableStats().outputs[0].bytes = 312'500; // 2.5 Mbit in the interval
    outputs.editableStats().outputs[1].reconnects = 2;
    model.sample();
    CHECK(model.data(model.index(0, DestinationsModel::Kbps)).toInt() > 0);
    CHECK(model.data(model.index(1, DestinationsModel::Kbps)).isNull()); // not live: no bitrate shown
    CHECK(model.data(model.index(1, DestinationsModel::Reconnects)).toInt() == 2);
    // The panel's buttons act on one destination alone.
    outputs.stopDestination(1);
    CHECK(model.stateAt(1) == OutputState::Stopped);
    CHECK(model.stateAt(0) == OutputState::Live);
    REQUIRE(outputs.restartDestination(1, &error));
    CHECK(model.stateAt(1) == OutputState::Connecting);
    CHECK(outputs.calls.contains(QStringLiteral("stopDestination 1")));
    CHECK(outputs.calls.contains(QStringLiteral("restartDestination 1")));
}

TEST_CASE("destinations model: a signed push address says when it expires, in red from 15 minutes before", "[broadcast][destinations][expiry]")
{
    test::FakeOutputs outputs;
    QDateTime now(QDate(2030, 1, 1), QTime(19, 0));
    DestinationsModel model(outputs, 60'000, nullptr, [&now] { return now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 at2030 = QDateTime(QDate(2030, 1, 1), QTime(20, 30)).toSecsSinceEpoch();
    QString error;
    const auto signedKey = broadcast::Destination::fromFields(QStringLiteral("rtmp://push.example.com/live/"),
                                                              QStringLiteral("stream-1?txSecret=abc&txTime=%1").arg(at2030, 0, 16), &error);
    const auto plain = broadcast::Destination::parse(QStringLiteral("rtmp://127.0.0.1:1936/live/keyB"), &error);
    REQUIRE(signedKey);
    REQUIRE(plain);
    REQUIRE(outputs.startStreaming({*signedKey, *plain}, {}, &error));
    outputs.setOutputState(0, OutputState::Live);
    outputs.setOutputState(1, OutputState::Live);
    const QModelIndex state = model.index(0, DestinationsModel::State);
    CHECK(model.data(state).toString() == QStringLiteral("live · stream key expires at 20:30"));
    CHECK(model.data(model.index(1, DestinationsModel::State)).toString() == QStringLiteral("live")); // a plain key: nothing said
    const QVariant liveColour = model.data(state, Qt::ForegroundRole);
    now = QDateTime(QDate(2030, 1, 1), QTime(20, 20));
    model.sample();
    CHECK(model.data(state, Qt::ForegroundRole) != liveColour); // ten minutes left: red
    now = QDateTime(QDate(2030, 1, 1), QTime(20, 31));
    model.sample();
    CHECK(model.data(state).toString().contains(QStringLiteral("expired at 20:30")));
}
