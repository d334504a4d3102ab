#include "CatchQt.hpp"

#include "broadcast/StreamReport.hpp"

#include <QJsonArray>
#include <QJsonDocument>

using namespace shopcast::broadcast;

TEST_CASE("the stream report sums outputs and never carries keys", "[report]")
{
    StreamReport report;
    report.stats.encodedFrames = 300;
    report.stats.laggedFrames = 2;
    OutputStats a;
    a.redactedUrl = QStringLiteral("rtmp://a/live");
    a.bytes = 1000;
    a.droppedFrames = 1;
    a.state = OutputState::Stopped;
    OutputStats b;
    b.redactedUrl = QStringLiteral("rtmp://b/live");
    b.bytes = 500;
    b.reconnects = 2;
    b.state = OutputState::Failed;
    b.error = QStringLiteral("rtmp://b/live: could not connect to the server");
    report.stats.outputs = {a, b};
    report.recordingPath = QStringLiteral("/rec/show.mp4");

    const QJsonObject json = report.toJson();
    CHECK(json.value(QStringLiteral("frames")).toInt() == 300);
    CHECK(json.value(QStringLiteral("lagged")).toInt() == 2);
    CHECK(json.value(QStringLiteral("bytes")).toInt() == 1500);
    CHECK(json.value(QStringLiteral("dropped")).toInt() == 1);
    CHECK(json.value(QStringLiteral("recording")).toString() == QStringLiteral("/rec/show.mp4"));
    const QJsonArray outputs = json.value(QStringLiteral("outputs")).toArray();
    REQUIRE(outputs.size() == 2);
    CHECK(outputs.at(1).toObject().value(QStringLiteral("reconnects")).toInt() == 2);
    CHECK(outputs.at(1).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("could not connect")));
    CHECK_FALSE(outputs.at(0).toObject().contains(QStringLiteral("error")));
    CHECK(report.hasFailures(false));
}

TEST_CASE("a run without recording reports null and fails only on failed outputs", "[report]")
{
    StreamReport report;
    OutputStats ok;
    ok.state = OutputState::Stopped;
    report.stats.outputs = {ok};
    CHECK(report.toJson().value(QStringLiteral("recording")).isNull());
    CHECK_FALSE(report.hasFailures(false));
    CHECK(report.hasFailures(true)); // asked to record, nothing came out
}
