// The remote control under load, on the real studio (libobs under Xvfb, the
// demo show) streaming to a real nginx-rtmp ingest. The clients are the real
// obs-websocket-js library in a Node process (tests/remote/bench-clients.mjs),
// so their work is not on the studio's GUI thread.
//   baseline: one client, no chat: GetStreamStatus round trips.
//   loaded:   32 clients subscribed to every event, the chat at 1,000
//             comments/s through moderation into the show, a product switch
//             every 2 s (an event to every client), the same round trips,
//             then 100 GetShowState requests/s for the run.
// Figures: round trip p50/p99 (client side), the longest gap between two
// turns of the studio's GUI event loop, frames dropped, lagged or skipped
// during the loaded run, requests answered.
#include "BenchLoop.hpp"
#include "BenchStats.hpp"
#include "CommentCapture.hpp"
#include "EventLoopGap.hpp"
#include "NginxRtmpServer.hpp"
#include "XvfbServer.hpp"

#include "Studio.hpp"
#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastController.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/OutputControl.hpp"
#include "chat/CommentSources.hpp"
#include "core/SecretStore.hpp"
#include "remote/RemoteServer.hpp"
#include "moderation/ModerationController.hpp"
#include "show/ShowSession.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace shopcast;
using bench::runUntil;

namespace {

struct Frames
{
    qint64 dropped = 0;
    qint64 lagged = 0;
    qint64 skipped = 0;
};

Frames framesOf(broadcast::OutputControl &outputs)
{
    const broadcast::EngineStats s = outputs.stats();
    Frames f{0, s.laggedFrames, s.skippedFrames};
    for (const broadcast::OutputStats &o : s.outputs)
        f.dropped += o.droppedFrames;
    return f;
}

// One run of the Node clients while the studio's event loop turns here; the
// longest gap of that loop in *gapMs.
QJsonObject runClients(quint16 port, const QStringList &args, qint64 *gapMs)
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(SHOPCAST_REMOTE_TESTS));
    node.start(QStringLiteral("node"),
               QStringList{QStringLiteral(SHOPCAST_REMOTE_TESTS "/bench-clients.mjs"), QStringLiteral("ws://127.0.0.1:%1").arg(port), QStringLiteral("bench")}
                   + args);
    test::EventLoopGap gap;
    gap.start();
    if (!runUntil([&] { return node.state() == QProcess::NotRunning; }, 600'000))
        node.kill();
    gap.stop();
    *gapMs = gap.longestMs();
    const QByteArray out = node.readAllStandardOutput();
    if (node.exitCode() != 0)
        std::fprintf(stderr, "clients: %s\n", node.readAllStandardError().constData());
    return QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
}

} // namespace

int main(int argc, char *argv[])
{
    test::XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the loaded run."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Baseline and loaded runs, alternating."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    parser.addOptions({secondsOption, runsOption});
    parser.process(app);
    const int seconds = parser.value(secondsOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    test::NginxRtmpServer ingest;
    QString error;
    if (!ingest.start(false, &error)) {
        std::fprintf(stderr, "nginx: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir profile;
    app::StudioOptions options;
    options.profileDir = profile.path();
    options.freshDemo = true;
    options.x11Display = qApp->nativeInterface<QNativeInterface::QX11Application>()->display();
    auto studio = app::Studio::create(options, &error);
    if (!studio) {
        std::fprintf(stderr, "studio: %s\n", qPrintable(error));
        return 1;
    }
    const broadcast::DestinationEntry entry{QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("rtmp://127.0.0.1:%1/live").arg(ingest.rtmpPort()),
                                            true};
    studio->settings().destinations = {entry};
    studio->secrets().setFileFallbackAllowed(true); // no keyring on a bench machine
    std::optional<bool> stored;
    QObject receiver;
    studio->secrets().writeLater(entry.secretKey(), QStringLiteral("benchkey"), &receiver, [&](bool ok, const QString &) { stored = ok; });
    if (!runUntil([&] { return stored.has_value(); }, 30'000) || !*stored) {
        std::fprintf(stderr, "the stream key was not stored\n");
        return 1;
    }
    studio->show().actions().invoke(QStringLiteral("output.stream"), actions::Origin::Menu);
    if (!runUntil([&] { return studio->broadcast().isStreaming(); }, 60'000)) {
        std::fprintf(stderr, "the stream did not start\n");
        return 1;
    }
    remote::RemoteServer::Options remoteOptions;
    remoteOptions.port = 0;
    remoteOptions.passwords.producer = QStringLiteral("bench");
    if (!studio->startRemoteControl(remoteOptions, &error)) {
        std::fprintf(stderr, "remote: %s\n", qPrintable(error));
        return 1;
    }
    const quint16 port = studio->remoteServer()->port();
    runUntil([] { return false; }, 3000); // past start-up

    // A capture of 20,000 varied comments, replayed in a loop at 1,000/s.
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("capture.jsonl"));
    if (!bench::writeCommentCapture(capture, 20000, [](int i) { return QStringLiteral("第%1条评论：这个多少钱？有优惠吗").arg(i); })) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(capture));
        return 1;
    }

    std::vector<double> baseP50, baseP99, baseGap, loadP50, loadP99, loadGap, showP50, showP99;
    qint64 sent = 0, answered = 0, failed = 0, events = 0, comments = 0;
    Frames lost;
    for (int run = 0; run < runs; ++run) {
        qint64 gapMs = 0;
        const QJsonObject base = runClients(port, {QStringLiteral("1"), QStringLiteral("1000"), QStringLiteral("0"), QStringLiteral("0")}, &gapMs);
        baseP50.push_back(base.value(QStringLiteral("rttP50")).toDouble());
        baseP99.push_back(base.value(QStringLiteral("rttP99")).toDouble());
        baseGap.push_back(double(gapMs));

        if (!studio->commentSources().startSource(QStringLiteral("rehearsal"),
                                                  {{QStringLiteral("file"), capture},
                                                   {QStringLiteral("protocol"), QStringLiteral("bridge")},
                                                   {QStringLiteral("ratePerSecond"), 1000},
                                                   {QStringLiteral("loop"), true}},
                                                  &error, false)) {
            std::fprintf(stderr, "chat: %s\n", qPrintable(error));
            return 1;
        }
        runUntil([] { return false; }, 1000);
        const Frames before = framesOf(studio->engine().outputs());
        const auto judged = [&] {
            const moderation::ModerationController::Counters &c = studio->show().moderation().counters();
            return c.allowed + c.hidden + c.held;
        };
        const qint64 acceptedBefore = judged();
        // The show goes on meanwhile: a product switch every 2 s, each a
        // VendorEvent to all 32 clients (and a card rendered on stream).
        QTimer show;
        bool forward = true;
        QObject::connect(&show, &QTimer::timeout, [&] {
            studio->show().actions().invoke(forward ? QStringLiteral("product.next") : QStringLiteral("product.previous"), actions::Origin::Menu);
            forward = !forward;
        });
        show.start(2000);
        const QJsonObject load = runClients(port, {QStringLiteral("32"), QStringLiteral("1000"), QStringLiteral("100"), QString::number(seconds)}, &gapMs);
        show.stop();
        const Frames after = framesOf(studio->engine().outputs());
        comments += judged() - acceptedBefore;
        studio->commentSources().stopAll();
        loadP50.push_back(load.value(QStringLiteral("rttP50")).toDouble());
        loadP99.push_back(load.value(QStringLiteral("rttP99")).toDouble());
        showP50.push_back(load.value(QStringLiteral("loadP50")).toDouble());
        showP99.push_back(load.value(QStringLiteral("loadP99")).toDouble());
        loadGap.push_back(double(gapMs));
        sent += load.value(QStringLiteral("sent")).toInteger();
        answered += load.value(QStringLiteral("answered")).toInteger();
        failed += load.value(QStringLiteral("failed")).toInteger();
        events += load.value(QStringLiteral("events")).toInteger();
        lost.dropped += after.dropped - before.dropped;
        lost.lagged += after.lagged - before.lagged;
        lost.skipped += after.skipped - before.skipped;
        runUntil([] { return false; }, 1000);
    }
    studio->show().actions().invoke(QStringLiteral("output.stream"), actions::Origin::Menu);
    runUntil([&] { return !studio->broadcast().isStreaming(); }, 30'000);

    std::printf("Remote control under load: %d runs, loaded runs %d s; streaming the demo show to nginx-rtmp; %s, %d cores\n\n", runs, seconds,
                qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    std::printf("| run | clients | chat /s | GetStreamStatus p50 ms | p99 ms | longest GUI gap ms |\n|---|---|---|---|---|---|\n");
    std::printf("| baseline | 1 | 0 | %.2f | %.2f | %.0f |\n", bench::median(baseP50), bench::median(baseP99), bench::median(baseGap));
    std::printf("| loaded | 32 | 1000 | %.2f | %.2f | %.0f |\n\n", bench::median(loadP50), bench::median(loadP99), bench::median(loadGap));
    std::printf("loaded/baseline p50 ratio: %.2f\n", bench::median(loadP50) / std::max(0.001, bench::median(baseP50)));
    std::printf("GetShowState at 100/s during the loaded runs: p50 %.2f ms, p99 %.2f ms; %lld sent, %lld answered, %lld failed\n", bench::median(showP50),
                bench::median(showP99), sent, answered, failed);
    std::printf("events received by the 32 clients: %lld; comments through moderation: %lld (%.0f/s)\n", events, comments,
                double(comments) / std::max(1, runs * seconds));
    std::printf("frames during the loaded runs: %lld dropped (network), %lld lagged (render), %lld skipped (encoder)\n", lost.dropped, lost.lagged,
                lost.skipped);
    return 0;
}
