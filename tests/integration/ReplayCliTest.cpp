// The replay's clips and report against a real recording made by the libobs
// pipeline (shopcast-cli stream --record), with a show written through the
// real timeline: shopcast-cli clips and report, chapters in the MP4, a
// cancelled export, a missing recording or broken database, and the
// hot-product pack from the show's orders.
#include "CatchQt.hpp"
#include "CliRun.hpp"
#include "MediaProbe.hpp"
#include "ShowBuilder.hpp"

#include "catalog/ProductRepository.hpp"
#include "overlay/ProductCardRenderer.hpp"
#include "replay/ClipExporter.hpp"
#include "replay/ShowReview.hpp"
#include "sales/OrderStore.hpp"
#include "storage/Database.hpp"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

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

    // A cancel that comes after the last clip was cut, before the user saw the
    // export finish: the GUI thread is kept from its events until both clips
    // are on disk, so the cancel from the progress signal is always late.
    replay::ClipExporter late;
    QSignalSpy lateFinished(&late, &replay::ClipExporter::finished);
    QObject::connect(&late, &replay::ClipExporter::progress, &late, [&](int job, int, double) {
        if (job == 1)
            late.cancel();
    });
    late.start(jobs);
    QDeadlineTimer cut(60'000);
    while (QDir(out).entryList({QStringLiteral("*.mp4")}, QDir::Files).size() < 2 && !cut.hasExpired())
        QThread::msleep(20);
    REQUIRE(QDir(out).entryList({QStringLiteral("*.mp4")}, QDir::Files).size() == 2);
    REQUIRE(lateFinished.wait(60'000));
    CHECK(lateFinished.first().at(2).toBool()); // cancelled
    CHECK(lateFinished.first().at(0).toStringList().isEmpty());
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

TEST_CASE("replay pack: the top products by GMV or by attributed GMV, each with its clip, card and copy, and an index naming them",
          "[integration][replay][sales]")
{
    QTemporaryDir dir;
    const QString mp4 = recording(dir);
    const QString dbPath = dir.filePath(QStringLiteral("studio.db"));
    qint64 id = 0;
    qint64 quiet = 0; // a show that sold nothing
    {
        QString error;
        auto db = storage::Database::open(dbPath, &error);
        REQUIRE(db);
        id = writeShow(*db, mp4);
        quiet = writeShow(*db, mp4);
        catalog::ProductRepository products(*db);
        catalog::Product a;
        a.sku = QStringLiteral("SKU-A");
        a.title = QStringLiteral("保温杯");
        a.price = catalog::Money::fromCents(12'900);
        a.promoPrice = catalog::Money::fromCents(9'900);
        a.sellingPoints = {QStringLiteral("316不锈钢"), QStringLiteral("12小时保温"), QStringLiteral("一键开盖"), QStringLiteral("第四点不进文案")};
        REQUIRE(products.save(a, QStringLiteral("test"), &error));
        catalog::Product b;
        b.sku = QStringLiteral("SKU-B");
        b.title = QStringLiteral("羽绒服/加厚");
        b.price = catalog::Money::fromCents(49'900);
        REQUIRE(products.save(b, QStringLiteral("test"), &error));
        catalog::Product c;
        c.sku = QStringLiteral("SKU-C");
        c.title = QStringLiteral("围巾");
        c.price = catalog::Money::fromCents(100'000);
        REQUIRE(products.save(c, QStringLiteral("test"), &error));
        const auto review = replay::ShowReview::load(*db, id, &error);
        REQUIRE(review);
        const auto line = [&](const char *order, const char *sku, int units, qint64 cents, qint64 showMs) {
            sales::Order o;
            o.platform = QStringLiteral("douyin");
            o.orderId = o.lineId = QLatin1String(order);
            o.sku = QLatin1String(sku);
            o.quantity = units;
            o.paidCents = cents;
            o.paidAt = review->summary.startedAt.addMSecs(showMs);
            return o;
        };
        // A: two orders in its pitch (1.0–6.0 s); B: one in its pitch (6.5–12.5 s);
        // C: the most money, never pitched; D: not in the catalog (the show's GMV, no product's).
        REQUIRE(sales::OrderStore::save(db->connection(),
                                        {line("o1", "SKU-A", 1, 9'900, 2'000), line("o2", "SKU-A", 2, 19'800, 3'000), line("o3", "SKU-B", 1, 49'900, 7'000),
                                         line("o4", "SKU-C", 1, 100'000, 9'000), line("o5", "SKU-D", 9, 900'000, 9'500)},
                                        id, QStringLiteral("test"), &error));
    }
    const QString out = dir.filePath(QStringLiteral("pack"));
    const QStringList common{QStringLiteral("--show"), QString::number(id), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), out};
    Run run = cli(QStringList{QStringLiteral("pack"), QStringLiteral("--top"), QStringLiteral("3")} + common);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QStringList names;
    for (const QString &path : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names.append(QFileInfo(path).fileName());
    // By GMV: C, B, A. C has no recorded pitch, so no clip.
    CHECK(names
          == QStringList{QStringLiteral("02 SKU-B 羽绒服_加厚.mp4"), QStringLiteral("03 SKU-A 保温杯.mp4"), QStringLiteral("01 SKU-C 围巾.png"),
                         QStringLiteral("02 SKU-B 羽绒服_加厚.png"), QStringLiteral("03 SKU-A 保温杯.png"), QStringLiteral("copy.txt"),
                         QStringLiteral("index.html")});
    const std::pair<const char *, double> clips[] = {{"02 SKU-B 羽绒服_加厚.mp4", 6.0}, {"03 SKU-A 保温杯.mp4", 5.0}};
    for (const auto &[name, seconds] : clips) {
        const test::MediaProbe clip = probe(QDir(out).filePath(QString::fromUtf8(name)));
        INFO(name);
        CHECK(clip.durationSec >= seconds - 0.2);
        CHECK(clip.durationSec <= seconds + 2.1); // from the keyframe at or before the pitch
    }
    const QImage card(QDir(out).filePath(QStringLiteral("03 SKU-A 保温杯.png")));
    CHECK(card.size() == overlay::ProductCardRenderer::defaultSize({1920, 1080}));
    QFile copy(QDir(out).filePath(QStringLiteral("copy.txt")));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    const QStringList copies = QString::fromUtf8(copy.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(copies.size() == 3);
    CHECK(copies.at(2) == QStringLiteral("3. 【保温杯】直播价 ¥99.00（原价 ¥129.00）｜316不锈钢 · 12小时保温 · 一键开盖｜直播间已售 3 件"));
    CHECK(copies.at(1) == QStringLiteral("2. 【羽绒服/加厚】到手价 ¥499.00｜直播间已售 1 件"));
    QFile index(QDir(out).filePath(QStringLiteral("index.html")));
    REQUIRE(index.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(index.readAll());
    CHECK(html.count(QStringLiteral("<section")) == 3);
    CHECK(html.count(QStringLiteral("<video")) == 2);
    CHECK(html.contains(QString::fromUtf8(QUrl::toPercentEncoding(QStringLiteral("03 SKU-A 保温杯.mp4")))));
    CHECK(html.contains(QStringLiteral("羽绒服/加厚")));
    CHECK(html.contains(QStringLiteral("围巾")));
    CHECK_FALSE(html.contains(QStringLiteral("SKU-D")));

    // By what the pitches sold: C drops out; the top one is B alone.
    const QString attributed = dir.filePath(QStringLiteral("attributed"));
    run = cli({QStringLiteral("pack"), QStringLiteral("--by"), QStringLiteral("attributed"), QStringLiteral("--top"), QStringLiteral("1"),
               QStringLiteral("--show"), QString::number(id), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), attributed});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(QDir(attributed).entryList(QDir::Files, QDir::Name)
          == QStringList{QStringLiteral("01 SKU-B 羽绒服_加厚.mp4"), QStringLiteral("01 SKU-B 羽绒服_加厚.png"), QStringLiteral("copy.txt"),
                         QStringLiteral("index.html")});

    // Bad asks change nothing.
    const QString none = dir.filePath(QStringLiteral("none"));
    run = cli({QStringLiteral("pack"), QStringLiteral("--show"), QString::number(quiet), QStringLiteral("--db"), dbPath, QStringLiteral("--out"), none});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("no sales")));
    CHECK_FALSE(QFileInfo::exists(none));
    run = cli(QStringList{QStringLiteral("pack"), QStringLiteral("--top"), QStringLiteral("0")} + common);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--top")));
    run = cli(QStringList{QStringLiteral("pack"), QStringLiteral("--by"), QStringLiteral("clicks")} + common);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--by")));
}
