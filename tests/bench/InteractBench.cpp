// Lotteries and polls at scale: 1,000,000 entrants through the lottery's
// ingest (keyword, one per user, eligibility), the draw and its verification;
// poll counting. Ingest on one thread, the draw on its worker; medians of 3 runs.
#include "BenchStats.hpp"

#include "core/MonotonicClock.hpp"
#include "interact/FairDraw.hpp"
#include "interact/LotteryController.hpp"
#include "interact/PollController.hpp"
#include "storage/Database.hpp"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <cstdio>

using namespace shopcast;
using Clock = std::chrono::steady_clock;

namespace {
double ms(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("machine: %s, %d logical cores; one thread\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    core::ManualClock clock;

    // A million viewers type the keyword inside their comments, in batches of 500.
    const int entrants = 1'000'000;
    QList<QList<chat::ChatEvent>> batches;
    for (int i = 0; i < entrants; i += 500) {
        QList<chat::ChatEvent> batch;
        for (int j = i; j < i + 500; ++j) {
            chat::ChatEvent e;
            e.platform = QStringLiteral("douyin");
            e.userId = QString::number(j);
            e.userName = QStringLiteral("观众%1").arg(j);
            e.text = QStringLiteral("主播我要抽奖！%1").arg(j % 10);
            batch.append(e);
        }
        batches.append(batch);
    }
    std::vector<double> ingest, draw, drawStall, verify;
    for (int run = 0; run < 3; ++run) {
        interact::LotteryController lottery(*db, clock);
        interact::LotteryPreset preset;
        preset.prize = QStringLiteral("福袋");
        preset.keyword = QStringLiteral("我要抽奖");
        preset.winners = 100;
        preset.entryWindowMs = 3'600'000;
        lottery.open(preset, &error);
        auto start = Clock::now();
        for (const auto &batch : batches)
            lottery.ingest(batch);
        ingest.push_back(ms(start));
        if (lottery.entrantCount() != entrants) {
            std::fprintf(stderr, "only %d entrants\n", lottery.entrantCount());
            return 1;
        }
        // The draw runs on a worker: how long until the winners are known,
        // and the longest the GUI thread's event loop went without a turn
        // meanwhile (a 1 ms timer keeps asking for one).
        QTimer beat;
        beat.setInterval(1);
        Clock::time_point lastBeat = Clock::now();
        double longestGapMs = 0;
        QObject::connect(&beat, &QTimer::timeout, [&] {
            longestGapMs = std::max(longestGapMs, ms(lastBeat));
            lastBeat = Clock::now();
        });
        QEventLoop loop;
        QObject::connect(&lottery, &interact::LotteryController::stateChanged, &loop, [&](interact::LotteryController::State state) {
            if (state == interact::LotteryController::State::Drawn)
                loop.quit();
        });
        start = Clock::now();
        lastBeat = start;
        beat.start();
        lottery.draw(&error);
        if (lottery.state() != interact::LotteryController::State::Drawn)
            loop.exec();
        draw.push_back(ms(start));
        beat.stop();
        drawStall.push_back(longestGapMs);
        start = Clock::now();
        const QStringList failures = interact::FairDraw::verify(lottery.audit());
        verify.push_back(ms(start));
        if (!failures.isEmpty()) {
            std::fprintf(stderr, "verify failed: %s\n", qPrintable(failures.join(QLatin1Char(';'))));
            return 1;
        }
    }
    std::printf("1,000,000 entrants: ingest %.0f ms, draw (freeze, shuffle order, audit; on a worker) %.0f ms, verify %.0f ms (medians of 3)\n",
                bench::median(ingest), bench::median(draw), bench::median(verify));
    std::printf("  GUI thread during the draw: longest event-loop gap %.1f ms (median of 3; the draw itself runs on a worker)\n", bench::median(drawStall));

    // Poll counting: 300,000 votes (a minute at 5,000/s) in batches of 100.
    QList<QList<chat::ChatEvent>> votes;
    for (int i = 0; i < 300'000; i += 100) {
        QList<chat::ChatEvent> batch;
        for (int j = i; j < i + 100; ++j) {
            chat::ChatEvent e;
            e.platform = QStringLiteral("douyin");
            e.userId = QString::number(j % 50'000);
            e.text = j % 3 == 0 ? QStringLiteral("要红色 1") : (j % 3 == 1 ? QStringLiteral("蓝色好看 2") : QStringLiteral("主播好"));
            batch.append(e);
        }
        votes.append(batch);
    }
    std::vector<double> pollRates;
    for (int run = 0; run < 3; ++run) {
        core::SteadyClock pollClock;
        interact::PollController poll(pollClock);
        poll.open(
            QStringLiteral("颜色？"),
            {{QStringLiteral("红色"), {QStringLiteral("1"), QStringLiteral("红")}}, {QStringLiteral("蓝色"), {QStringLiteral("2"), QStringLiteral("蓝")}}},
            interact::PollController::Policy::LastVote, &error);
        const auto start = Clock::now();
        for (const auto &batch : votes)
            poll.ingest(batch);
        pollRates.push_back(300'000 / (ms(start) / 1000.0));
    }
    std::printf("poll counting: %.0f comments/s (median of 3; 5,000/s is %.2f %% of one core)\n", bench::median(pollRates),
                500'000.0 / bench::median(pollRates));
    return 0;
}
