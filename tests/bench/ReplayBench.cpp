// The replay review at scale. (1) Clip export: a 5-minute clip from a
// 10-minute recording made by the libobs pipeline, by our stream copy and by
// `ffmpeg -ss A -to B -c copy` on the same file, alternating, as multiples of
// real time and their ratio. (2) Opening a 3-hour show with 500,000 comments:
// the review's aggregation by SQLite until its charts are drawn, against a
// naive baseline that reads every comment into C++ and buckets it there; and
// the replay window itself (Qt Charts) built and painted offscreen.
#include "BenchStats.hpp"
#include "EventLoopGap.hpp"
#include "ShowBuilder.hpp"
#include "XvfbServer.hpp"

#include "replay/ReplayWindow.hpp"

#include "replay/AudienceRanking.hpp"
#include "replay/ClipExporter.hpp"
#include "replay/ReviewCharts.hpp"
#include "replay/ShowReview.hpp"
#include "storage/Database.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace shopcast;
using show::TimelineKind;

namespace {

bool run(const QString &program, const QStringList &args, int timeoutMs = 600'000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

int clipBenchmark(const QTemporaryDir &dir)
{
    // 60 s from the real pipeline, repeated ten times by stream copy.
    const QString minute = dir.filePath(QStringLiteral("minute.mp4"));
    std::printf("recording 60 s with shopcast-cli stream (1280x720@30, x264 veryfast 2500 kbps)...\n");
    std::fflush(stdout);
    if (!run(QStringLiteral(SHOPCAST_CLI), {QStringLiteral("stream"), QStringLiteral("--record"), minute, QStringLiteral("--duration"), QStringLiteral("60")}))
        return 1;
    QFile list(dir.filePath(QStringLiteral("list.txt")));
    list.open(QIODevice::WriteOnly);
    for (int i = 0; i < 10; ++i)
        list.write("file '" + minute.toUtf8() + "'\n");
    list.close();
    const QString source = dir.filePath(QStringLiteral("show.mp4"));
    if (!run(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"),
                                        QStringLiteral("0"), QStringLiteral("-i"), list.fileName(), QStringLiteral("-c"), QStringLiteral("copy"), source}))
        return 1;
    const qint64 fromMs = 150'000, toMs = 450'000;
    std::vector<double> ours, theirs;
    for (int i = 0; i < 5; ++i) {
        const QString a = dir.filePath(QStringLiteral("ours.mp4"));
        const QString b = dir.filePath(QStringLiteral("ffmpeg.mp4"));
        QFile::remove(a);
        QFile::remove(b);
        QElapsedTimer t;
        t.start();
        QStringList written;
        QString error;
        if (!replay::ClipExporter::run({{QStringLiteral("bench"), source, fromMs, toMs, a}}, {}, &written, &error)) {
            std::fprintf(stderr, "clip failed: %s\n", qPrintable(error));
            return 1;
        }
        ours.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        if (!run(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"), QStringLiteral("150"), QStringLiteral("-to"),
                                            QStringLiteral("450"), QStringLiteral("-i"), source, QStringLiteral("-c"), QStringLiteral("copy"), b}))
            return 1;
        theirs.push_back(t.nsecsElapsed() / 1e6);
    }
    const double clipSec = (toMs - fromMs) / 1000.0;
    const double oursMs = bench::median(ours);
    const double theirsMs = bench::median(theirs);
    std::printf("clip export, 300 s of a 600 s 720p recording by stream copy (medians of 5, alternating):\n"
                "  shopcast ClipExporter %.0f ms = %.0f× real time; ffmpeg -ss -to -c copy %.0f ms = %.0f× real time (process start included)\n"
                "  time ratio shopcast/ffmpeg %.2f\n",
                oursMs, clipSec * 1000 / oursMs, theirsMs, clipSec * 1000 / theirsMs, oursMs / theirsMs);
    return 0;
}

int openBenchmark(const QTemporaryDir &dir)
{
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    if (!db)
        return 1;
    // Three hours: 60 pitches of 3 minutes, a lottery every 3 products, half
    // a million comments (46 a second), a tenth of them questions.
    test::ShowBuilder b(*db, QStringLiteral("三小时专场"));
    b.event(0, TimelineKind::RecordingStart, {}, {{QStringLiteral("path"), dir.filePath(QStringLiteral("missing.mkv"))}});
    for (int i = 0; i < 60; ++i) {
        const qint64 at = i * 180'000;
        b.plannedPitch(i, at, 180'000);
        if (i % 3 == 2) {
            b.event(at + 100'000, TimelineKind::LotteryOpened, {},
                    {{QStringLiteral("prize"), QStringLiteral("福袋")},
                     {QStringLiteral("keyword"), QStringLiteral("666")},
                     {QStringLiteral("winners"), 1},
                     {QStringLiteral("commitment"), QStringLiteral("c")},
                     {QStringLiteral("entryWindowMs"), 60'000}});
            b.event(at + 160'000, TimelineKind::LotteryClosed, {}, {{QStringLiteral("entrants"), 1000}});
        }
        b.slotEnd(i, at + 179'000, 180'000, 179'000);
    }
    const int comments = 500'000;
    const qint64 lengthMs = 3 * 3600'000;
    for (int i = 0; i < comments; ++i)
        b.comment(qint64(i) * lengthMs / comments, QStringLiteral("u%1").arg(i % 20'000),
                  i % 10 == 0 ? QStringLiteral("多少钱?") : (i % 7 == 0 ? QStringLiteral("666") : QStringLiteral("好看好看")), i % 10 == 0);
    QElapsedTimer write;
    write.start();
    const qint64 id = b.finish(true, lengthMs);
    std::printf("wrote a 3-hour show with %d comments in %.1f s\n", comments, write.elapsed() / 1000.0);

    std::vector<double> review, charts, naive, window, audience;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const auto r = replay::ShowReview::load(*db, id, &error);
        if (!r || r->comments != comments) {
            std::fprintf(stderr, "review failed: %s\n", qPrintable(error));
            return 1;
        }
        review.push_back(t.nsecsElapsed() / 1e6);
        const QImage a = replay::ReviewCharts::activity(*r, {960, 320});
        const QImage p = replay::ReviewCharts::plannedVsActual(*r, {960, 260});
        charts.push_back(t.nsecsElapsed() / 1e6);

        t.restart();
        if (replay::AudienceRanking::forShow(*db, id, 200, &error).size() != 200)
            return 1;
        audience.push_back(t.nsecsElapsed() / 1e6);

        // The window the user opens: Qt Charts, tables, the player (no file).
        t.restart();
        {
            app::ReplayWindow w(*db, *r);
            w.setAttribute(Qt::WA_DeleteOnClose, false);
            w.resize(1366, 768);
            w.show();
            const QImage painted = w.grab().toImage();
            if (painted.isNull())
                return 1;
        }
        window.push_back(t.nsecsElapsed() / 1e6 + review.back());

        // Naive: every comment into C++, bucketed by minute there.
        t.restart();
        QSqlQuery q(db->connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT arrived_at_ms, extra FROM chat_log WHERE show_id = %1 AND type = 'comment'").arg(id));
        QList<int> perMinute(181, 0), questions(181, 0);
        while (q.next()) {
            const qint64 m = (q.value(0).toLongLong() - b.originMs()) / 60'000;
            if (m >= 0 && m < 181) {
                ++perMinute[m];
                questions[m] += q.value(1).toString().contains(QLatin1String("\"question\":true"));
            }
        }
        naive.push_back(t.nsecsElapsed() / 1e6);
    }
    // The GUI thread while the review loads: the way it was (ShowReview::load
    // on the GUI thread, the event loop stopped for all of it) against
    // loadLater (the media pool, over its own read connection).
    std::vector<double> gapOnGui, gapLater;
    for (int run = 0; run < 5; ++run) {
        test::EventLoopGap gap;
        gap.start();
        QTimer::singleShot(20, [&] { (void)replay::ShowReview::load(*db, id, &error); });
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 60 + qint64(review.back()) * 2)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        gap.stop();
        gapOnGui.push_back(double(gap.longestMs()));

        QObject receiver;
        bool loaded = false;
        gap.start();
        replay::ShowReview::loadLater(db->path(), id, &receiver, [&](std::optional<replay::ShowReview> r, const QString &) { loaded = r.has_value(); });
        while (!loaded)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        gap.stop();
        gapLater.push_back(double(gap.longestMs()));
    }
    std::printf("opening a 3-hour show with %d comments (medians of 5):\n"
                "  the GUI thread's longest gap while the review loads: on the GUI thread (before) %.0f ms, on the media pool (now) %.0f ms\n"
                "  review (SQLite aggregation) %.0f ms; with the report charts drawn %.0f ms\n"
                "  the replay window built and painted (Qt Charts, offscreen), review included: %.0f ms\n"
                "  KOC ranking of the show's 20,000 viewers (when the Audience tab is first shown) %.0f ms\n"
                "  naive baseline (every comment read into C++, two curves only) %.0f ms; ratio review/naive %.2f\n",
                comments, bench::median(gapOnGui), bench::median(gapLater), bench::median(review), bench::median(charts), bench::median(window),
                bench::median(audience), bench::median(naive), bench::median(review) / bench::median(naive));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    test::XvfbServer xvfb; // libobs (the recording) needs X
    if (!xvfb.ensureOrReport())
        return 1;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("machine: %s, %d logical cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    QTemporaryDir dir;
    const bool clipsOnly = app.arguments().contains(QStringLiteral("--clips"));
    const bool openOnly = app.arguments().contains(QStringLiteral("--open"));
    if (!openOnly && clipBenchmark(dir) != 0)
        return 1;
    if (!clipsOnly && openBenchmark(dir) != 0)
        return 1;
    return 0;
}
