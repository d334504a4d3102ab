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
#include <map>

#include <time.h>

using namespace shopcast;
using bench::runUntil;

namespace {

// With --long-turns MS: every event the GUI thread handles for longer than MS
// at the top of its loop, by receiver and event type — what makes a gap, as
// against the thread waiting for a core.
class TimingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    qint64 longTurnMs = 0;
    bool recording = false;
    struct Turn
    {
        int count = 0;
        double maxMs = 0;
        double maxCpuMs = 0; // the thread's own time in the longest
    };
    std::map<QString, Turn> turns;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer t;
        t.start();
        const int type = int(event->type()); // the event may be gone after
        const qint64 cpuBefore = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = t.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs() - cpuBefore;
        --m_depth;
        if (ns >= longTurnMs * 1'000'000) {
            QString what = QStringLiteral("%1 \"%2\" event %3").arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName()).arg(type);
            if (auto *timer = qobject_cast<QTimer *>(receiver)) // a timer says little; its period and owner more
                what += QStringLiteral(" every %1 ms of %2").arg(timer->interval()).arg(timer->parent() ? timer->parent()->metaObject()->className() : "-");
            Turn &turn = turns[what];
            ++turn.count;
            if (double(ns) / 1e6 > turn.maxMs) {
                turn.maxMs = double(ns) / 1e6;
                turn.maxCpuMs = double(cpuNs) / 1e6;
            }
        }
        return result;
    }

private:
    static qint64 threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

    int m_depth = 0;
};

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

struct Gaps
{
    qint64 longestMs = 0;
    double longestCpuMs = 0; // what the GUI thread ran during the longest
    int over16 = 0;
    int over16Waiting = 0; // of them, the thread ran less than half the time
};

// One run of the Node clients while the studio's event loop turns here; the
// gaps of that loop in *gaps.
// With clientsNice > 0 the clients run at that nice level: on a phone or a
// second PC they would not take the studio's cores, here they share two.
QJsonObject runClients(quint16 port, const QStringList &args, int clientsNice, Gaps *gaps)
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(SHOPCAST_REMOTE_TESTS));
    const QStringList nodeArgs
        = QStringList{QStringLiteral(SHOPCAST_REMOTE_TESTS "/bench-clients.mjs"), QStringLiteral("ws://127.0.0.1:%1").arg(port), QStringLiteral("bench")}
          + args;
    if (clientsNice > 0)
        node.start(QStringLiteral("nice"), QStringList{QStringLiteral("-n"), QString::number(clientsNice), QStringLiteral("node")} + nodeArgs);
    else
        node.start(QStringLiteral("node"), nodeArgs);
    test::EventLoopGap gap;
    gap.start();
    if (!runUntil([&] { return node.state() == QProcess::NotRunning; }, 600'000))
        node.kill();
    gap.stop();
    *gaps = {gap.longestMs(), gap.longestCpuMs(), gap.longGaps(), gap.longGapsWaiting()};
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
    TimingApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the loaded run."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Baseline and loaded runs, alternating."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption longTurnsOption(QStringLiteral("long-turns"), QStringLiteral("List the GUI thread's events longer than MS in the loaded runs."),
                                             QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption niceOption(QStringLiteral("clients-nice"), QStringLiteral("Run the Node clients at this nice level (default 0)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({secondsOption, runsOption, longTurnsOption, niceOption});
    parser.process(app);
    const int seconds = parser.value(secondsOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    app.longTurnMs = parser.value(longTurnsOption).toInt();
    const int clientsNice = std::clamp(parser.value(niceOption).toInt(), 0, 19);

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
    if (!studio || !bench::runUntil([&] { return studio->isStartupFinished(); }, 30'000)) { // the demo catalog is read on a worker
        std::fprintf(stderr, "studio: %s\n", studio ? "start-up did not finish" : qPrintable(error));
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

    std::vector<double> baseP50, baseP99, baseGap, loadP50, loadP99, loadGap, loadGapCpu, showP50, showP99;
    int baseLong = 0, baseLongWaiting = 0, loadLong = 0, loadLongWaiting = 0;
    qint64 sent = 0, answered = 0, failed = 0, events = 0, comments = 0;
    Frames lost;
    for (int run = 0; run < runs; ++run) {
        Gaps gaps;
        const QJsonObject base = runClients(port, {QStringLiteral("1"), QStringLiteral("1000"), QStringLiteral("0"), QStringLiteral("0")}, clientsNice, &gaps);
        baseP50.push_back(base.value(QStringLiteral("rttP50")).toDouble());
        baseP99.push_back(base.value(QStringLiteral("rttP99")).toDouble());
        baseGap.push_back(double(gaps.longestMs));
        baseLong += gaps.over16;
        baseLongWaiting += gaps.over16Waiting;

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
        app.recording = app.longTurnMs > 0;
        const QJsonObject load
            = runClients(port, {QStringLiteral("32"), QStringLiteral("1000"), QStringLiteral("100"), QString::number(seconds)}, clientsNice, &gaps);
        show.stop();
        app.recording = false;
        const Frames after = framesOf(studio->engine().outputs());
        comments += judged() - acceptedBefore;
        studio->commentSources().stopAll();
        loadP50.push_back(load.value(QStringLiteral("rttP50")).toDouble());
        loadP99.push_back(load.value(QStringLiteral("rttP99")).toDouble());
        showP50.push_back(load.value(QStringLiteral("loadP50")).toDouble());
        showP99.push_back(load.value(QStringLiteral("loadP99")).toDouble());
        loadGap.push_back(double(gaps.longestMs));
        loadGapCpu.push_back(gaps.longestCpuMs);
        loadLong += gaps.over16;
        loadLongWaiting += gaps.over16Waiting;
        std::fprintf(stderr, "run %d: longest GUI gap %lld ms (the thread ran %.1f ms of it); %d gaps over 16 ms, %d of them mostly waiting for a core\n",
                     run + 1, gaps.longestMs, gaps.longestCpuMs, gaps.over16, gaps.over16Waiting);
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

    std::printf("Remote control under load: %d runs, loaded runs %d s, clients at nice %d; streaming the demo show to nginx-rtmp; %s, %d cores\n\n", runs,
                seconds, clientsNice, qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    std::printf("| run | clients | chat /s | GetStreamStatus p50 ms | p99 ms | longest GUI gap ms |\n|---|---|---|---|---|---|\n");
    std::printf("| baseline | 1 | 0 | %.2f | %.2f | %.0f |\n", bench::median(baseP50), bench::median(baseP99), bench::median(baseGap));
    std::printf("| loaded | 32 | 1000 | %.2f | %.2f | %.0f |\n\n", bench::median(loadP50), bench::median(loadP99), bench::median(loadGap));
    std::printf("GUI gaps over 16 ms: baseline %d (%d mostly waiting for a core), loaded %d (%d waiting); the loaded runs' longest gaps ran %.1f ms "
                "of GUI-thread CPU (median)\n",
                baseLong, baseLongWaiting, loadLong, loadLongWaiting, bench::median(loadGapCpu));
    std::printf("loaded/baseline p50 ratio: %.2f\n", bench::median(loadP50) / std::max(0.001, bench::median(baseP50)));
    std::printf("GetShowState at 100/s during the loaded runs: p50 %.2f ms, p99 %.2f ms; %lld sent, %lld answered, %lld failed\n", bench::median(showP50),
                bench::median(showP99), sent, answered, failed);
    std::printf("events received by the 32 clients: %lld; comments through moderation: %lld (%.0f/s)\n", events, comments,
                double(comments) / std::max(1, runs * seconds));
    std::printf("frames during the loaded runs: %lld dropped (network), %lld lagged (render), %lld skipped (encoder)\n", lost.dropped, lost.lagged,
                lost.skipped);
    for (const auto &[what, turn] : app.turns)
        std::printf("long turn: %s: %d, longest %.1f ms (%.1f ms of it running)\n", qPrintable(what), turn.count, turn.maxMs, turn.maxCpuMs);
    return 0;
}
