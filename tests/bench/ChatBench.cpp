// Issue #5 figures: 5,000 comments a second from the rehearsal source, for N
// seconds, through the hub into the chat log and the Comments dock (a real
// window under X). Reports the longest stall of the GUI thread, ingest-to-
// display latency, RSS, and chat log throughput; then decoder throughput.
// --orders N adds N order lines a second to the same stream (the bridge
// format, the same decoder) and the studio's sales path behind the hub: the
// sales room storing each line, the card of the product on air redrawn with
// its 已售, and the orders ticker drawn — issue #25's live load. --bridge
// sends the same stream through the real bridge (its WebSocket, on a free
// loopback port) from a sender thread, a relay's batch every 10 ms, instead
// of the rehearsal source.
#include "BenchStats.hpp"
#include "CommentCapture.hpp"
#include "FreePort.hpp"
#include "XvfbServer.hpp"

#include "docks/ChatDock.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "chat/BilibiliCodec.hpp"
#include "chat/BridgeCodec.hpp"
#include "chat/ChatLog.hpp"
#include "chat/CommentSources.hpp"
#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "chat/TwitchIrcDecoder.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "interact/PollController.hpp"
#include "overlay/SalesTickerRenderer.hpp"
#include "show/LiveProductController.hpp"
#include "show/SalesRoom.hpp"
#include "show/SalesTicker.hpp"
#include "show/ShowTimeline.hpp"
#include "moderation/ModerationController.hpp"
#include "overlay/InteractionOverlayRenderer.hpp"
#include "core/MonotonicClock.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace shopcast;

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    test::XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    QString error;
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Run length."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Comments per second."), QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption noModerationOption(QStringLiteral("without-moderation"), QStringLiteral("Hub straight to chat and log, as before moderation."));
    const QCommandLineOption votesOption(QStringLiteral("votes"),
                                         QStringLiteral("Every comment is a poll vote: counted, and the poll card redrawn as in the studio."));
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("Order lines per second beside the comments (the sales path)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption bridgeOption(QStringLiteral("bridge"), QStringLiteral("Through the bridge's WebSocket instead of the rehearsal source."));
    parser.addOptions({secondsOption, rateOption, noModerationOption, votesOption, ordersOption, bridgeOption});
    parser.process(app);
    const bool votes = parser.isSet(votesOption);
    const bool withModeration = !parser.isSet(noModerationOption);
    const int seconds = parser.value(secondsOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int ordersPerSecond = std::max(0, parser.value(ordersOption).toInt());

    // A capture of 20,000 varied comments, replayed in a loop at the rate.
    QTemporaryDir dir;
    const QString capture = dir.filePath(QStringLiteral("capture.jsonl"));
    if (!bench::writeCommentCapture(capture, 20000, [votes](int i) {
            return votes ? (i % 7 < 3 ? QStringLiteral("要红色 扣一") : QStringLiteral("蓝色好看 扣二"))
                         : QStringLiteral("第%1条评论：这个多少钱？有优惠吗").arg(i);
        })) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(capture));
        return 1;
    }
    if (ordersPerSecond > 0) {
        // Order lines spread evenly between the comments: line i of the mix is
        // an order when the running share of orders steps up there.
        QFile comments(capture);
        comments.open(QIODevice::ReadOnly);
        const QList<QByteArray> lines = comments.readAll().split('\n');
        comments.close();
        QFile mixed(capture);
        mixed.open(QIODevice::WriteOnly | QIODevice::Truncate);
        const qint64 total = qint64(rate) + ordersPerSecond;
        qsizetype next = 0;
        int order = 0;
        for (qint64 i = 0; next < lines.size(); ++i) {
            if ((i + 1) * ordersPerSecond / total != i * ordersPerSecond / total) {
                mixed.write(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("order")},
                                                      {QStringLiteral("platform"), QStringLiteral("douyin")},
                                                      {QStringLiteral("orderId"), QStringLiteral("B%1").arg(order)},
                                                      {QStringLiteral("sku"), QStringLiteral("BENCH-CUP")},
                                                      {QStringLiteral("title"), QStringLiteral("316不锈钢保温杯")},
                                                      {QStringLiteral("quantity"), 1 + order % 3},
                                                      {QStringLiteral("paidCents"), 12'900 * (1 + order % 3)},
                                                      {QStringLiteral("buyer"), QStringLiteral("观众%1").arg(order % 3000)}})
                                .toJson(QJsonDocument::Compact)
                            + '\n');
                ++order;
            } else if (!lines.at(next).isEmpty()) {
                mixed.write(lines.at(next++) + '\n');
            } else {
                ++next;
            }
        }
    }
    const QString dbPath = dir.filePath(QStringLiteral("studio.db"));
    auto db = storage::Database::open(dbPath, &error);
    core::SteadyClock clock;
    chat::CommentHub hub(clock);
    chat::ChatModel model;
    chat::ChatLog log(db->writer(), 1);
    // As in the studio: every comment passes moderation (10,000-odd default
    // and merchant terms are the moderation bench's subject; here the
    // default rules) before the chat and the log see it.
    // The synthetic chat has each of its 3,000 users comment twice a second,
    // repeating themselves every loop: the flood and repeat rules would
    // (rightly) silence them, so those two are off and everything else
    // judges every comment.
    moderation::ModerationRules benchRules = moderation::ModerationRules::defaults();
    benchRules.spam.flood.enabled = false;
    benchRules.spam.repeat.enabled = false;
    benchRules.spam.escalate = false;
    QString saveError;
    benchRules.save(dir.filePath(QStringLiteral("moderation.json")), &saveError);
    moderation::ModerationController moderation(*db, dir.filePath(QStringLiteral("moderation.json")));
    if (withModeration) {
        QObject::connect(&hub, &chat::CommentHub::accepted, &moderation, &moderation::ModerationController::process);
        QObject::connect(&moderation, &moderation::ModerationController::judged, &model, &chat::ChatModel::append);
        QObject::connect(&moderation, &moderation::ModerationController::passed, &log, &chat::ChatLog::append);
    } else {
        QObject::connect(&hub, &chat::CommentHub::accepted, &model, &chat::ChatModel::append);
        QObject::connect(&hub, &chat::CommentHub::accepted, &log, &chat::ChatLog::append);
    }
    // Poll mode: votes are counted from what moderation passed, and the card
    // is redrawn at most four times a second, as ShowSession does.
    interact::PollController poll(clock);
    QString pollError;
    poll.open(QStringLiteral("颜色？"), {{QStringLiteral("红色"), {QStringLiteral("扣一")}}, {QStringLiteral("蓝色"), {QStringLiteral("扣二")}}},
              interact::PollController::Policy::LastVote, &pollError);
    QTimer pollRender;
    pollRender.setSingleShot(true);
    pollRender.setInterval(250);
    int pollRenders = 0;
    QObject::connect(&pollRender, &QTimer::timeout, [&] {
        overlay::InteractionOverlayRenderer::poll(poll.question(), {QStringLiteral("红色"), QStringLiteral("蓝色")}, poll.counts(), false, {512, 288});
        ++pollRenders;
    });
    QObject::connect(&poll, &interact::PollController::changed, [&] {
        if (!pollRender.isActive())
            pollRender.start();
    });
    if (votes)
        QObject::connect(&moderation, &moderation::ModerationController::passed, &poll, &interact::PollController::ingest);
    // The sales path, as ShowSession wires it: the room stores each line and
    // counts it, the card of the product on air is redrawn with its 已售, the
    // ticker offers each sale and its line is drawn when it changes.
    catalog::ProductRepository products(*db);
    catalog::Product cup;
    cup.sku = QStringLiteral("BENCH-CUP");
    cup.title = QStringLiteral("316不锈钢保温杯");
    cup.price = catalog::Money::fromCents(12'900);
    cup.stock = 100'000'000;
    products.saveAll({cup}, QStringLiteral("bench"), &error);
    db->writer().flush();
    catalog::LineupModel lineup(*db, products);
    lineup.addProduct(cup.sku, &error);
    show::ShowTimeline timeline(*db, clock);
    show::SalesRoom sales(*db, timeline, clock);
    show::LiveProductController live(lineup, timeline, clock);
    show::SalesTicker ticker(clock);
    int cardRenders = 0;
    int tickerRenders = 0;
    qint64 orderLines = 0;
    QObject::connect(&hub, &chat::CommentHub::salesReceived, [&](const QList<chat::ChatEvent> &lines) { orderLines += lines.size(); });
    if (ordersPerSecond > 0) {
        if (!timeline.open(QStringLiteral("bench"), &error) || !live.putOnAir(cup.sku)) {
            std::fprintf(stderr, "the sales path did not start: %s\n", qPrintable(error));
            return 1;
        }
        QObject::connect(&hub, &chat::CommentHub::salesReceived, &sales, &show::SalesRoom::ingest);
        QObject::connect(&sales, &show::SalesRoom::changed, &live, [&] { live.setSoldUnits(sales.soldUnitsBySku()); });
        QObject::connect(&live, &show::LiveProductController::cardChanged, [&] { ++cardRenders; });
        QObject::connect(&sales, &show::SalesRoom::sold, &ticker, &show::SalesTicker::offer);
        QObject::connect(&ticker, &show::SalesTicker::shown, [&](const QString &line) {
            overlay::SalesTickerRenderer::render(line, overlay::SalesTickerRenderer::defaultSize({1920, 1080}));
            ++tickerRenders;
        });
    }
    chat::CommentSources sources(hub);
    app::ChatDock dock(model, sources);
    dock.resize(420, 700);
    dock.show();

    std::vector<double> latencies;
    QObject::connect(&model, &chat::ChatModel::flushed, [&](int added) {
        const qint64 now = clock.nowMs();
        for (int row = model.rowCount() - added; row < model.rowCount(); row += 10) // sample every 10th
            latencies.push_back(double(now - model.eventAt(row).arrivedAtMs));
    });
    // Watchdog: a 1 ms timer; the largest gap between its ticks is the
    // longest time the GUI thread could not respond.
    QElapsedTimer gap;
    gap.start();
    double longestStallMs = 0;
    int stallsOver16Ms = 0;
    qint64 watchdogTicks = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    watchdog.setInterval(1);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        const double ms = double(gap.nsecsElapsed()) / 1e6;
        longestStallMs = std::max(longestStallMs, ms);
        stallsOver16Ms += ms > 16 ? 1 : 0;
        ++watchdogTicks;
        gap.restart();
    });

    const bool viaBridge = parser.isSet(bridgeOption);
    const quint16 bridgePort = test::freeLoopbackPort();
    const QString token = QStringLiteral("bench-token-123");
    const bool started = viaBridge
                             ? sources.startSource(QStringLiteral("bridge"), {{QStringLiteral("port"), bridgePort}, {QStringLiteral("token"), token}}, &error)
                             : sources.startSource(QStringLiteral("rehearsal"),
                                                   {{QStringLiteral("file"), capture},
                                                    {QStringLiteral("protocol"), QStringLiteral("bridge")},
                                                    {QStringLiteral("ratePerSecond"), rate + ordersPerSecond},
                                                    {QStringLiteral("loop"), true}},
                                                   &error);
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The relay: its own thread and event loop, a batch of lines every 10 ms
    // to keep the rate; comment and order ids made new on each pass through
    // the capture.
    std::atomic<bool> stopSending{false};
    std::atomic<bool> senderConnected{false};
    std::unique_ptr<QThread> sender;
    if (viaBridge) {
        QFile in(capture);
        in.open(QIODevice::ReadOnly);
        QList<QByteArray> lines = in.readAll().split('\n');
        lines.removeAll(QByteArray());
        for (QByteArray &line : lines) // the bridge takes only the platforms it relays
            line.replace("\"platform\":\"bench\"", "\"platform\":\"douyin\"");
        const qint64 total = qint64(rate) + ordersPerSecond;
        sender.reset(QThread::create([lines, total, bridgePort, token, &stopSending, &senderConnected] {
            QWebSocket ws;
            QEventLoop loop;
            QTimer tick;
            tick.setInterval(10);
            QElapsedTimer since;
            qint64 sent = 0;
            QObject::connect(&ws, &QWebSocket::connected, [&] {
                senderConnected = true;
                since.start();
                tick.start();
            });
            QObject::connect(&ws, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
            QObject::connect(&tick, &QTimer::timeout, [&] {
                if (stopSending) {
                    ws.close();
                    loop.quit();
                    return;
                }
                QByteArray batch;
                for (const qint64 due = since.elapsed() * total / 1000; sent < due; ++sent) {
                    QByteArray line = lines.at(sent % lines.size());
                    // New ids on each pass: the hub and the sales room drop repeats.
                    const QByteArray pass = "P" + QByteArray::number(sent / lines.size()) + "-";
                    line.replace("\"orderId\":\"", "\"orderId\":\"" + pass).replace("\"id\":\"", "\"id\":\"" + pass);
                    batch += line + '\n';
                }
                if (!batch.isEmpty())
                    ws.sendTextMessage(QString::fromUtf8(batch));
            });
            ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/comments?token=%2").arg(bridgePort).arg(token)));
            loop.exec();
        }));
        sender->start();
    }
    QTimer::singleShot(2000, [&] { // skip start-up
        longestStallMs = 0;
        stallsOver16Ms = 0;
        watchdogTicks = 0;
        gap.restart();
        watchdog.start();
    });
    QElapsedTimer run;
    run.start();
    QTimer::singleShot(seconds * 1000, &app, &QApplication::quit);
    app.exec();
    const double runSec = double(run.elapsed()) / 1000.0;
    const double rss = rssMiB();
    if (sender) {
        stopSending = true;
        sender->wait();
        if (!senderConnected) {
            std::fprintf(stderr, "the sender never connected to the bridge\n");
            return 1;
        }
    }
    sources.stopAll();
    QElapsedTimer closing;
    closing.start();
    db->writer().flush();
    const double closeMs = double(closing.elapsed());

    // Decoder throughput, single thread.
    const QString ircLine
        = QStringLiteral("@badges=subscriber/6;display-name=小王;id=b34ccfc7-4977-403a-8a94-33c6bac34fb8;tmi-sent-ts=1763800000123;user-id=424242 "
                         ":xw!xw@xw.tmi.twitch.tv PRIVMSG #shopcast :Kappa 这个多少钱？");
    QElapsedTimer t;
    t.start();
    int n = 0;
    while (t.elapsed() < 2000) {
        for (int i = 0; i < 1000; ++i)
            chat::TwitchIrcDecoder::decodeLine(ircLine);
        n += 1000;
    }
    const double ircPerSec = n / (double(t.nsecsElapsed()) / 1e9);
    QByteArray packets;
    for (int i = 0; i < 20; ++i)
        packets += chat::BilibiliCodec::encode(
            chat::BilibiliCodec::Command,
            QStringLiteral(R"({"cmd":"DANMU_MSG","info":[[0,1,25,0,1763800000000],"主播好！这个多少钱",[%1,"观众"]]})").arg(i).toUtf8(),
            chat::BilibiliCodec::Json);
    const QByteArray frame = chat::BilibiliCodec::encode(chat::BilibiliCodec::Command, chat::BilibiliCodec::compress(packets, chat::BilibiliCodec::Brotli),
                                                         chat::BilibiliCodec::Brotli);
    t.restart();
    n = 0;
    while (t.elapsed() < 2000) {
        for (int i = 0; i < 100; ++i)
            n += int(chat::BilibiliCodec::decode(frame).size());
    }
    const double biliPerSec = n / (double(t.nsecsElapsed()) / 1e9);
    // The bridge's JSON lines as a relay sends them (what the bridge now
    // parses on the decode pool; before, on the GUI thread).
    const QByteArray bridgeLine = QByteArrayLiteral(
        R"({"type":"comment","platform":"douyin","id":"c123456","userId":"u4242","userName":"观众4242","text":"主播好！这个多少钱？有优惠吗"})");
    t.restart();
    n = 0;
    while (t.elapsed() < 2000) {
        for (int i = 0; i < 1000; ++i)
            chat::BridgeCodec::decode(bridgeLine, chat::BridgeCodec::relayedPlatforms());
        n += 1000;
    }
    const double bridgePerSec = n / (double(t.nsecsElapsed()) / 1e9);

    std::printf("Chat benchmark: %d comments/s for %d s from %s into hub, chat log (SQLite, WAL) and the Comments dock "
                "under Xvfb. Machine: %s, %d cores.\n\n",
                rate, seconds, viaBridge ? "the bridge's WebSocket (a sender thread)" : "the rehearsal source", qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount());
    std::printf("moderation: %s\n", withModeration ? "on (default rules without flood and repeat)" : "off");
    if (ordersPerSecond > 0) {
        QSqlQuery stored(db->connection());
        stored.exec(QStringLiteral("SELECT COUNT(*) FROM orders"));
        stored.next();
        const show::SalesRoom::Figures f = sales.figures();
        std::printf("orders: %d/s beside the comments; %d counted live (%.0f/s), %lld stored, card redrawn %d times, ticker drawn %d times\n", ordersPerSecond,
                    f.orders, double(f.orders) / runSec, stored.value(0).toLongLong(), cardRenders, tickerRenders);
    }
    if (votes)
        std::printf("poll: every comment a vote; %d voters, counts %d / %d, card redrawn %d times\n", poll.votes(), poll.counts().value(0),
                    poll.counts().value(1), pollRenders);
    std::printf("| figure | value |\n|---|---|\n");
    const qint64 comments = hub.counters().accepted - orderLines;
    std::printf("| comments accepted | %lld (%.0f/s) |\n", comments, double(comments) / runSec);
    std::printf("| longest GUI-thread stall | %.1f ms |\n", longestStallMs);
    std::printf("| GUI-thread stalls over 16 ms | %d of %lld watchdog ticks |\n", stallsOver16Ms, watchdogTicks);
    std::printf("| ingest-to-display latency p50 / p99 | %.0f / %.0f ms |\n", bench::percentile(latencies, 0.5), bench::percentile(latencies, 0.99));
    std::printf("| RSS at the end | %.0f MiB |\n", rss);
    std::printf("| chat log rows written | %lld (%.0f rows/s), final flush %.0f ms |\n", log.written(), double(log.written()) / runSec, closeMs);
    std::printf("| Twitch IRC decode | %.0f messages/s |\n", ircPerSec);
    std::printf("| Bilibili decode (brotli frames of 20 danmaku) | %.0f messages/s |\n", biliPerSec);
    std::printf("| bridge decode (JSON lines) | %.0f lines/s (%.1f µs a line) |\n", bridgePerSec, 1e6 / bridgePerSec);
    return 0;
}
