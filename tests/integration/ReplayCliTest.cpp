// The replay's clips and report against a real recording made by the libobs
// pipeline (shopcast-cli stream --record), with a show written through the
// real timeline: shopcast-cli clips and report, chapters in the MP4, a
// cancelled export, and a missing recording or broken database.
#include "CatchQt.hpp"
#include "CliRun.hpp"
#include "MediaProbe.hpp"
#include "ShowBuilder.hpp"

#include "replay/ClipExporter.hpp"
#include "replay/ShowReview.hpp"
#include "storage/Database.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace shopcast;
using show::TimelineKind;

namespace {

using Run = test::CliRun;

Run cli(const QStringList &args, int timeoutMs = 120'000)
{
    return test::CliRun::of(QStringLiteral(SHOPCAST_CLI), args, timeoutMs);
}

test::MediaProbe probe(const QString &path)
{
    QString error;
    INFO(path.toStdString());
    auto p = test::MediaProbe::of(path, &error);
    INFO(error.toStdString());
    REQUIRE(p);
    return *p;
}

QJsonObject pitch(const QString &title)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("livePrice"), QStringLiteral("9.90")},
            {QStringLiteral("trigger"), QStringLiteral("button")},
            {QStringLiteral("slotIndex"), -1},
            {QStringLiteral("planned"), false}};
}

// One real 14 s recording for every test case in this file (it takes a while to make).
const QString &recording(const QTemporaryDir &dir)
{
    static QString mp4;
    if (mp4.isEmpty() || !QFileInfo::exists(mp4)) {
        const QString path = dir.filePath(QStringLiteral("show.mp4"));
        const Run run = cli({QStringLiteral("stream"), QStringLiteral("--record"), path, QStringLiteral("--duration"), QStringLiteral("14")});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        REQUIRE(QFileInfo::exists(path));
        mp4 = path;
    }
    return mp4;
}

// The show: recording 0–14 s; A pitched 1.0–6.0 s, B 6.5–12.5 s (a flash sale inside).
qint64 writeShow(storage::Database &db, const QString &mp4)
{
    const QString mkv = QString(mp4).replace(QStringLiteral(".mp4"), QStringLiteral(".mkv"));
    test::ShowBuilder b(db, QStringLiteral("clip test"));
    b.event(0, TimelineKind::RecordingStart, {}, {{QStringLiteral("path"), mkv}});
    b.event(1000, TimelineKind::Product, QStringLiteral("SKU-A"), pitch(QStringLiteral("保温杯")));
    b.event(6000, TimelineKind::ProductCleared, {}, {{QStringLiteral("trigger"), QStringLiteral("button")}});
    b.event(6500, TimelineKind::Product, QStringLiteral("SKU-B"), pitch(QStringLiteral("羽绒服/加厚")));
    b.event(8000, TimelineKind::FlashSaleStart, QStringLiteral("SKU-B"),
            {{QStringLiteral("durationMs"), 2000}, {QStringLiteral("price"), QStringLiteral("1")}});
    b.event(10'000, TimelineKind::FlashSaleEnd, QStringLiteral("SKU-B"),
            {{QStringLiteral("reason"), QStringLiteral("timeout")}, {QStringLiteral("remainingMs"), 0}});
    b.event(12'500, TimelineKind::ProductCleared, {}, {{QStringLiteral("trigger"), QStringLiteral("button")}});
    b.event(14'000, TimelineKind::RecordingStop, {}, {{QStringLiteral("path"), mp4}, {QStringLiteral("error"), QString()}});
    b.comment(2000, QStringLiteral("u1"), QStringLiteral("多少钱?"), true);
    b.comment(7000, QStringLiteral("u2"), QStringLiteral("好"));
    return b.finish();
}

} // namespace

TEST_CASE("replay clips: one clip per pitch by stream copy, within a GOP of its chapter, chapters in the recording", "[integration][replay]")
{
    QTemporaryDir dir;
    const QString mp4 = recording(dir);
    const test::MediaProbe source = probe(mp4);
    const QString dbPath = dir.filePath(QStringLiteral("studio.db"));
    qint64 id = 0;
    {
        QString error;
        auto db = storage::Database::open(dbPath, &error);
        REQUIRE(db);
        id = writeShow(*db, mp4);
    }
    const QString out = dir.filePath(QStringLiteral("clips"));
    const Run run = cli({QStringLiteral("clips"), QStringLiteral("--show"), QString::number(id), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("100%")));
    const QStringList written = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(written.size() == 2);
    CHECK(QFileInfo(written.at(0)).fileName() == QStringLiteral("SKU-A 保温杯.mp4"));
    CHECK(QFileInfo(written.at(1)).fileName() == QStringLiteral("SKU-B 羽绒服_加厚.mp4")); // no '/' in a file name
    const double chapters[] = {5.0, 6.0};
    for (int i = 0; i < 2; ++i) {
        const test::MediaProbe clip = probe(written.at(i));
        INFO(written.at(i).toStdString());
        // Starts at the keyframe at or before the chapter: at most one GOP (2 s) longer.
        CHECK(clip.durationSec >= chapters[i] - 0.2);
        CHECK(clip.durationSec <= chapters[i] + 2.1);
        CHECK(clip.videoCodec == source.videoCodec);
        CHECK(clip.videoProfile == source.videoProfile);
        CHECK(clip.pixelFormat == source.pixelFormat);
        CHECK(clip.width == source.width);
        CHECK(clip.height == source.height);
        CHECK(clip.audioCodec == source.audioCodec);
        CHECK(clip.sampleRate == source.sampleRate);
        CHECK(clip.channels == source.channels);
    }
    CHECK(QDir(out).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    // The full recording now lists its chapters as a player reads them, end
    // to end: each pitch with its own label and span (the flash sale inside
    // B's pitch is the replay's, not the file's), the stretches between them
    // named as such. Still the same media.
    const test::MediaProbe after = probe(mp4);
    INFO(after.chapterTitles.join(QLatin1Char('|')).toStdString());
    REQUIRE(after.chapterTitles.size() == 4);
    REQUIRE(after.chapterSpansSec.size() == 4);
    CHECK(after.chapterTitles.at(0).contains(QStringLiteral("串场")));
    CHECK(after.chapterTitles.at(1).endsWith(QStringLiteral(": 保温杯")));
    CHECK(after.chapterTitles.at(2).contains(QStringLiteral("串场")));
    CHECK(after.chapterTitles.at(3).endsWith(QStringLiteral(": 羽绒服/加厚")));
    const std::pair<double, double> spans[] = {{0.0, 1.0}, {1.0, 6.0}, {6.0, 6.5}, {6.5, 12.5}};
    for (int i = 0; i < 4; ++i) {
        INFO("chapter " << i);
        CHECK(after.chapterSpansSec.at(i).first == Approx(spans[i].first).margin(0.01));
        CHECK(after.chapterSpansSec.at(i).second == Approx(spans[i].second).margin(0.01));
    }
    CHECK(std::abs(after.durationSec - source.durationSec) < 0.1);
    CHECK(after.videoPackets == source.videoPackets);

    // The report from the same show.
    const QString reportDir = dir.filePath(QStringLiteral("report"));
    const Run report
        = cli({QStringLiteral("report"), QStringLiteral("--show"), QString::number(id), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), reportDir});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    QFile html(reportDir + QStringLiteral("/report.html"));
    REQUIRE(html.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(html.readAll()).contains(QStringLiteral("羽绒服/加厚")));
}

TEST_CASE("replay clips: a cancelled export leaves no file, partial or whole", "[integration][replay]")
{
    QTemporaryDir dir;
    const QString mp4 = recording(dir);
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    const qint64 id = writeShow(*db, mp4);
    const auto review = replay::ShowReview::load(*db, id, &error);
    REQUIRE(review);
    const QString out = dir.filePath(QStringLiteral("cancelled"));
    QDir().mkpath(out);
    const QList<replay::ClipJob> jobs = replay::ClipExporter::jobsFor(review->chapters, out);
    REQUIRE(jobs.size() == 2);
    QStringList written;
    int calls = 0;
    CHECK_FALSE(replay::ClipExporter::run(
        jobs, [&](int, double) { return ++calls < 3; }, &written, &error));
    CHECK(error.contains(QStringLiteral("cancelled")));
    CHECK(QDir(out).entryList(QDir::Files).isEmpty());

    // The worker-thread form the replay window uses: cancel, and even the
    // clips already finished are removed.
    replay::ClipExporter exporter;
    QSignalSpy finished(&exporter, &replay::ClipExporter::finished);
    QObject::connect(&exporter, &replay::ClipExporter::progress, &exporter, [&](int job, int, double) {
        if (job == 1)
            exporter.cancel();
    });
    exporter.start(jobs);
    REQUIRE(finished.wait(60'000));
    CHECK(finished.first().at(2).toBool()); // cancelled
    CHECK(QDir(out).entryList(QDir::Files).isEmpty());
}

TEST_CASE("replay clips and report: a missing recording, a missing show, a broken or absent database change nothing", "[integration][replay]")
{
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("studio.db"));
    qint64 id = 0;
    {
        QString error;
        auto db = storage::Database::open(dbPath, &error);
        REQUIRE(db);
        id = writeShow(*db, dir.filePath(QStringLiteral("moved-away.mp4")));
    }
    const QString out = dir.filePath(QStringLiteral("out"));
    Run run = cli({QStringLiteral("clips"), QStringLiteral("--show"), QString::number(id), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("is not there")));
    CHECK_FALSE(QFileInfo::exists(out));
    run = cli({QStringLiteral("report"), QStringLiteral("--show"), QStringLiteral("99"), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no show 99")));
    const QString broken = dir.filePath(QStringLiteral("broken.db"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x7f'));
    }
    run = cli({QStringLiteral("report"), QStringLiteral("--show"), QStringLiteral("1"), QStringLiteral("--db"), broken, QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("not a studio database")));
    CHECK(QFileInfo(broken).size() == 4096);
    const QString absent = dir.filePath(QStringLiteral("absent.db"));
    run = cli({QStringLiteral("report"), QStringLiteral("--show"), QStringLiteral("1"), QStringLiteral("--db"), absent, QStringLiteral("--out"), out});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(absent)); // not created by looking
    run = cli({QStringLiteral("clips"), QStringLiteral("--show"), QStringLiteral("x"), QStringLiteral("--db"), dbPath});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out));
}
