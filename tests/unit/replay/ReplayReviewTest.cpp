// The replay review on synthetic shows written through the real timeline:
// chapters (overlaps, a show that stopped mid-slot, stretches not recorded),
// the figures per minute and per product, KOC candidates, the library and
// its moved recordings, the report, and the models under the model tester.
#include "CatchQt.hpp"
#include "EnglishWords.hpp"
#include "ShowBuilder.hpp"

#include "core/StudioPaths.hpp"
#include "core/Translations.hpp"

#include "replay/AudienceModel.hpp"
#include "replay/AudienceRanking.hpp"
#include "replay/ChapterBuilder.hpp"
#include "replay/ChapterModel.hpp"
#include "replay/ClipExporter.hpp"
#include "replay/ProductStatsModel.hpp"
#include "replay/RecordingChapters.hpp"
#include "replay/ReportWriter.hpp"
#include "replay/ShowLibrary.hpp"
#include "replay/ShowReview.hpp"
#include "sales/AudienceStore.hpp"
#include "sales/OrderStore.hpp"
#include "storage/Database.hpp"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace shopcast;
using replay::ChapterKind;
using sales::OrderStatus;
using show::TimelineKind;

namespace {

QJsonObject product(const QString &title, int slotIndex = -1)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("livePrice"), QStringLiteral("9.90")},
            {QStringLiteral("trigger"), QStringLiteral("rhythm")},
            {QStringLiteral("slotIndex"), slotIndex},
            {QStringLiteral("planned"), true}};
}
QJsonObject slot(int index, const char *kind, qint64 plannedMs)
{
    return {{QStringLiteral("index"), index}, {QStringLiteral("kind"), QLatin1String(kind)}, {QStringLiteral("plannedMs"), plannedMs}};
}
QJsonObject slotEnd(int index, const char *kind, qint64 plannedMs, qint64 actualMs)
{
    QJsonObject o = slot(index, kind, plannedMs);
    o.insert(QStringLiteral("actualMs"), actualMs);
    return o;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Fixture()
    {
        QString error;
        db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
        REQUIRE(db);
    }
    QString file(const QString &name, const QByteArray &bytes = "x")
    {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }
};

// A 10-minute show: recording from 0:30 to 9:00; products A (slot 0) and B
// (slot 1, flash sale inside); a lottery interlude (slot 2) with its lottery
// inside; product A again; known comments, questions and moderation.
qint64 writeShow(Fixture &f, const QString &mkv)
{
    test::ShowBuilder b(*f.db, QStringLiteral("双十一预热"));
    b.event(30'000, TimelineKind::RecordingStart, {}, {{QStringLiteral("path"), mkv}});
    b.event(60'000, TimelineKind::SlotStart, QStringLiteral("A"), slot(0, "product", 180'000));
    b.event(60'000, TimelineKind::Product, QStringLiteral("A"), product(QStringLiteral("保温杯"), 0));
    b.event(260'000, TimelineKind::SlotEnd, QStringLiteral("A"), slotEnd(0, "product", 180'000, 200'000));
    b.event(260'000, TimelineKind::SlotStart, QStringLiteral("B"), slot(1, "product", 180'000));
    b.event(260'000, TimelineKind::Product, QStringLiteral("B"), product(QStringLiteral("羽绒服"), 1));
    b.event(300'000, TimelineKind::FlashSaleStart, QStringLiteral("B"),
            {{QStringLiteral("durationMs"), 60'000}, {QStringLiteral("price"), QStringLiteral("99.00")}});
    b.event(360'000, TimelineKind::FlashSaleEnd, QStringLiteral("B"),
            {{QStringLiteral("reason"), QStringLiteral("timeout")}, {QStringLiteral("remainingMs"), 0}});
    b.event(420'000, TimelineKind::SlotEnd, QStringLiteral("B"), slotEnd(1, "product", 180'000, 160'000));
    b.event(420'000, TimelineKind::ProductCleared, {}, {{QStringLiteral("trigger"), QStringLiteral("rhythm")}});
    b.event(420'000, TimelineKind::SlotStart, {}, slot(2, "lottery", 120'000));
    b.event(425'000, TimelineKind::LotteryOpened, {},
            {{QStringLiteral("prize"), QStringLiteral("福袋")},
             {QStringLiteral("keyword"), QStringLiteral("666")},
             {QStringLiteral("winners"), 1},
             {QStringLiteral("commitment"), QStringLiteral("c")},
             {QStringLiteral("entryWindowMs"), 60'000}});
    b.event(485'000, TimelineKind::LotteryClosed, {}, {{QStringLiteral("entrants"), 3}});
    b.event(490'000, TimelineKind::LotteryDrawn, {},
            {{QStringLiteral("prize"), QStringLiteral("福袋")},
             {QStringLiteral("commitment"), QStringLiteral("c")},
             {QStringLiteral("seed"), QStringLiteral("s")},
             {QStringLiteral("entrants"), 3},
             {QStringLiteral("winners"), QJsonArray{QStringLiteral("douyin:u1")}}});
    b.event(540'000, TimelineKind::SlotEnd, {}, slotEnd(2, "lottery", 120'000, 120'000));
    b.event(540'000, TimelineKind::Product, QStringLiteral("A"), product(QStringLiteral("保温杯"), -1));
    b.event(540'000, TimelineKind::RecordingStop, {},
            {{QStringLiteral("path"), QString(mkv).replace(QStringLiteral(".mkv"), QStringLiteral(".mp4"))}, {QStringLiteral("error"), QString()}});
    b.event(600'000, TimelineKind::ShowEnd, {}, {{QStringLiteral("reason"), QStringLiteral("ended")}});
    // Comments: 10 in minute 1 (A's pitch), 3 of them the same question;
    // 6 in minute 5 (B's), 2 questions; lottery entries in minute 7.
    for (int i = 0; i < 10; ++i)
        b.comment(61'000 + i * 1000, QStringLiteral("u%1").arg(i % 4), i < 3 ? QStringLiteral("多少钱?") : QStringLiteral("好看"), i < 3);
    for (int i = 0; i < 6; ++i)
        b.comment(300'000 + i * 1000, QStringLiteral("u%1").arg(i % 2), i < 2 ? QStringLiteral("有没有红色?") : QStringLiteral("买了"), i < 2);
    for (const char *u : {"u1", "u2", "u3", "u1"})
        b.comment(430'000, QLatin1String(u), QStringLiteral("666 我要"));
    b.comment(500'000, QStringLiteral("late"), QStringLiteral("666")); // after the lottery closed: no entry
    b.moderation(62'000, QStringLiteral("spam"), QStringLiteral("hide"));
    b.moderation(63'000, QStringLiteral("u1"), QStringLiteral("allow"));
    b.moderation(301'000, QStringLiteral("spam"), QStringLiteral("ban"));
    return b.finish();
}

} // namespace

TEST_CASE("replay: chapters for pitches, flash sales, lotteries and interludes, mapped into the recording", "[replay][chapters]")
{
    Fixture f;
    const QString mkv = f.dir.filePath(QStringLiteral("show.mkv"));
    const QString mp4 = f.file(QStringLiteral("show.mp4"));
    const qint64 id = writeShow(f, mkv);
    const replay::ChapterBuilder built(show::ShowTimeline::load(f.db->connection(), id));
    CHECK(built.showLengthMs() == 600'000);
    CHECK(built.ended());
    REQUIRE(built.recordings().size() == 1);
    CHECK(built.recordings().at(0).path == mp4); // the remuxed MP4 the stop names
    CHECK(built.recordings().at(0).exists);
    const QList<replay::Chapter> &c = built.chapters();
    REQUIRE(c.size() == 6);
    CHECK(c.at(0).kind == ChapterKind::Product);
    CHECK(c.at(0).sku == QStringLiteral("A"));
    CHECK(c.at(0).startMs == 60'000);
    CHECK(c.at(0).endMs == 260'000);
    REQUIRE(c.at(0).media);
    CHECK(c.at(0).media->startMs == 30'000); // 1:00 of the show is 0:30 of the file
    CHECK(c.at(0).media->endMs == 230'000);
    CHECK(c.at(1).kind == ChapterKind::Product);
    CHECK(c.at(2).kind == ChapterKind::FlashSale); // inside B's pitch
    CHECK(c.at(2).title == QStringLiteral("羽绒服"));
    CHECK(c.at(2).durationMs() == 60'000);
    CHECK(c.at(3).kind == ChapterKind::Interlude);
    CHECK(c.at(3).slotIndex == 2);
    CHECK(c.at(4).kind == ChapterKind::Lottery);
    CHECK(c.at(4).startMs == 425'000);
    CHECK(c.at(4).endMs == 490'000);
    // The last pitch runs to the show's end; the recording stopped before.
    CHECK(c.at(5).endMs == 600'000);
    CHECK_FALSE(c.at(5).openEnded);
    CHECK_FALSE(c.at(5).media); // starts when the recording stops: nothing recorded of it
}

TEST_CASE("replay: a pitch ends with its slot, the product may stay on the card, its own next slot pitches it again", "[replay][chapters]")
{
    Fixture f;
    const QString mkv = f.dir.filePath(QStringLiteral("plan.mkv"));
    const QString mp4 = f.file(QStringLiteral("plan.mp4"));
    // The rhythm moves from A's 10 s slot to a lottery and a closing slot
    // with A left on the card (no ProductCleared), then to another slot of A
    // (no Product event: A is on air already), then to B's slot.
    test::ShowBuilder b(*f.db, QStringLiteral("rhythm"));
    b.event(0, TimelineKind::RecordingStart, {}, {{QStringLiteral("path"), mkv}});
    b.event(2'000, TimelineKind::SlotStart, QStringLiteral("A"), slot(0, "product", 10'000));
    b.event(2'000, TimelineKind::Product, QStringLiteral("A"), product(QStringLiteral("保温杯"), 0));
    b.event(12'000, TimelineKind::SlotEnd, QStringLiteral("A"), slotEnd(0, "product", 10'000, 10'000));
    b.event(12'000, TimelineKind::SlotStart, {}, slot(1, "lottery", 8'000));
    b.event(13'000, TimelineKind::LotteryOpened, {},
            {{QStringLiteral("prize"), QStringLiteral("福袋")},
             {QStringLiteral("keyword"), QStringLiteral("666")},
             {QStringLiteral("winners"), 1},
             {QStringLiteral("commitment"), QStringLiteral("c")},
             {QStringLiteral("entryWindowMs"), 5'000}});
    b.event(18'000, TimelineKind::LotteryDrawn, {},
            {{QStringLiteral("prize"), QStringLiteral("福袋")},
             {QStringLiteral("commitment"), QStringLiteral("c")},
             {QStringLiteral("seed"), QStringLiteral("s")},
             {QStringLiteral("entrants"), 0},
             {QStringLiteral("winners"), QJsonArray{}}});
    b.event(20'000, TimelineKind::SlotEnd, {}, slotEnd(1, "lottery", 8'000, 8'000));
    b.event(20'000, TimelineKind::SlotStart, QStringLiteral("A"), slot(2, "product", 6'000));
    b.event(26'000, TimelineKind::SlotEnd, QStringLiteral("A"), slotEnd(2, "product", 6'000, 6'000));
    b.event(26'000, TimelineKind::SlotStart, QStringLiteral("B"), slot(3, "product", 5'000));
    b.event(26'000, TimelineKind::Product, QStringLiteral("B"), product(QStringLiteral("羽绒服"), 3));
    b.event(31'000, TimelineKind::SlotEnd, QStringLiteral("B"), slotEnd(3, "product", 5'000, 5'000));
    b.event(31'000, TimelineKind::SlotStart, {}, slot(4, "closing", 4'000));
    b.event(35'000, TimelineKind::RecordingStop, {}, {{QStringLiteral("path"), mp4}, {QStringLiteral("error"), QString()}});
    b.event(35'000, TimelineKind::ShowEnd, {}, {{QStringLiteral("reason"), QStringLiteral("ended")}});
    const qint64 id = b.finish();
    const replay::ChapterBuilder built(show::ShowTimeline::load(f.db->connection(), id));
    QList<std::tuple<ChapterKind, QString, qint64, qint64>> got;
    for (const replay::Chapter &c : built.chapters())
        got.append({c.kind, c.sku, c.startMs, c.endMs});
    const QList<std::tuple<ChapterKind, QString, qint64, qint64>> expected{
        {ChapterKind::Product, QStringLiteral("A"), 2'000, 12'000},  {ChapterKind::Interlude, QString(), 12'000, 20'000},
        {ChapterKind::Lottery, QString(), 13'000, 18'000},           {ChapterKind::Product, QStringLiteral("A"), 20'000, 26'000},
        {ChapterKind::Product, QStringLiteral("B"), 26'000, 31'000}, {ChapterKind::Interlude, QString(), 31'000, 35'000}};
    CHECK(got == expected);
    // A's clips are its pitches, not the lottery after it.
    const QList<replay::ClipJob> jobs = replay::ClipExporter::jobsFor(built.chapters(), f.dir.path());
    REQUIRE(jobs.size() == 3);
    CHECK(jobs.at(0).endMs - jobs.at(0).startMs == 10'000);

    // In the file, end to end: the lottery is its interlude slot's, the
    // stretch before the first pitch is between segments.
    const QList<broadcast::MediaChapter> file = replay::RecordingChapters::forFile(mp4, built.chapters());
    QList<std::pair<qint64, qint64>> spans;
    for (const broadcast::MediaChapter &c : file)
        spans.append({c.startMs, c.endMs});
    CHECK(spans == QList<std::pair<qint64, qint64>>{{0, 2'000}, {2'000, 12'000}, {12'000, 20'000}, {20'000, 26'000}, {26'000, 31'000}, {31'000, 35'000}});
    REQUIRE(file.size() == 6);
    CHECK(file.at(1).title.endsWith(QStringLiteral(": 保温杯")));
    CHECK(file.at(2).title.startsWith(replay::ChapterKinds::label(ChapterKind::Interlude)));
    CHECK(file.at(4).title.endsWith(QStringLiteral(": 羽绒服")));
}

TEST_CASE("replay: the file's chapters follow each other where the replay's overlap", "[replay][chapters]")
{
    const auto chapter = [](ChapterKind kind, const char *title, qint64 startMs, qint64 endMs, const QString &path = QStringLiteral("a.mp4")) {
        replay::Chapter c;
        c.kind = kind;
        c.title = QString::fromUtf8(title);
        c.startMs = startMs;
        c.endMs = endMs;
        c.media = replay::ChapterMedia{path, startMs, endMs};
        return c;
    };
    // No plan: a lottery run beside a pitch and past its end, a poll in a
    // gap, a product put on air inside an interlude slot, a saved highlight
    // (its own file) and a chapter of another recording.
    const QList<replay::Chapter> chapters{chapter(ChapterKind::Product, "杯", 1'000, 5'000),
                                          chapter(ChapterKind::Lottery, "福袋", 4'000, 7'000),
                                          chapter(ChapterKind::Poll, "颜色", 8'000, 9'000),
                                          chapter(ChapterKind::Interlude, "游戏", 10'000, 20'000),
                                          chapter(ChapterKind::Product, "伞", 12'000, 15'000),
                                          chapter(ChapterKind::Highlight, "replay-1", 0, 3'000, QStringLiteral("replay-1.mp4")),
                                          chapter(ChapterKind::Product, "别的", 0, 3'000, QStringLiteral("b.mp4"))};
    const QList<broadcast::MediaChapter> file = replay::RecordingChapters::forFile(QStringLiteral("a.mp4"), chapters);
    QStringList got;
    for (const broadcast::MediaChapter &c : file)
        got << QStringLiteral("%1-%2 %3").arg(c.startMs).arg(c.endMs).arg(c.title.section(QStringLiteral(": "), 1));
    CHECK(got.join(QLatin1Char('|')).toStdString()
          == "0-1000 |1000-5000 杯|5000-7000 福袋|7000-8000 |8000-9000 颜色|9000-10000 |10000-12000 游戏|12000-15000 伞|15000-20000 游戏");
    CHECK(replay::RecordingChapters::forFile(QStringLiteral("none.mp4"), chapters).isEmpty());
}

TEST_CASE("replay: a show that stopped mid-slot leaves open chapters ending at its last event, unrecorded ones have no media", "[replay][chapters]")
{
    Fixture f;
    test::ShowBuilder b(*f.db, QStringLiteral("crash"));
    b.event(10'000, TimelineKind::SlotStart, QStringLiteral("A"), slot(0, "product", 180'000));
    b.event(10'000, TimelineKind::Product, QStringLiteral("A"), product(QStringLiteral("杯子"), 0));
    b.event(50'000, TimelineKind::RecordingStart, {}, {{QStringLiteral("path"), f.dir.filePath(QStringLiteral("gone.mkv"))}});
    b.event(70'000, TimelineKind::FlashSaleStart, QStringLiteral("A"),
            {{QStringLiteral("durationMs"), 60'000}, {QStringLiteral("price"), QStringLiteral("1")}});
    b.event(95'000, TimelineKind::CommentPinned, {},
            {{QStringLiteral("platform"), QStringLiteral("x")},
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("userName"), QStringLiteral("a")},
             {QStringLiteral("text"), QStringLiteral("b")}});
    const qint64 id = b.finish(false); // killed: no show end, no recording stop
    const replay::ChapterBuilder built(show::ShowTimeline::load(f.db->connection(), id));
    CHECK_FALSE(built.ended());
    CHECK(built.showLengthMs() == 95'000);
    REQUIRE(built.recordings().size() == 1);
    CHECK_FALSE(built.recordings().at(0).stopped);
    CHECK_FALSE(built.recordings().at(0).exists);
    REQUIRE(built.chapters().size() == 2);
    const replay::Chapter &pitch = built.chapters().at(0);
    CHECK(pitch.openEnded);
    CHECK(pitch.endMs == 95'000);
    REQUIRE(pitch.media); // only the recorded part: 0:50 to 1:35 of the show
    CHECK(pitch.media->startMs == 0);
    CHECK(pitch.media->endMs == 45'000);
    CHECK(built.chapters().at(1).kind == ChapterKind::FlashSale);
    CHECK(built.chapters().at(1).openEnded);

    // A show recorded nowhere: chapters, no media, no clip jobs.
    test::ShowBuilder none(*f.db, QStringLiteral("no recording"));
    none.event(1000, TimelineKind::Product, QStringLiteral("A"), product(QStringLiteral("杯子")));
    const qint64 id2 = none.finish();
    const replay::ChapterBuilder bare(show::ShowTimeline::load(f.db->connection(), id2));
    REQUIRE(bare.chapters().size() == 1);
    CHECK_FALSE(bare.chapters().at(0).media);
    CHECK(replay::ClipExporter::jobsFor(bare.chapters(), f.dir.path()).isEmpty());
}

TEST_CASE("replay: the figures of a synthetic show with known counts", "[replay][review]")
{
    Fixture f;
    f.file(QStringLiteral("show.mp4"));
    const qint64 id = writeShow(f, f.dir.filePath(QStringLiteral("show.mkv")));
    QString error;
    const auto r = replay::ShowReview::load(*f.db, id, &error);
    REQUIRE(r);
    CHECK(r->summary.title == QStringLiteral("双十一预热"));
    CHECK(r->summary.products == 2);
    CHECK(r->comments == 21);
    CHECK(r->questions == 5);
    CHECK(r->moderationActions == 2); // allow is not an action
    CHECK(r->lotteryEntrants == 3);   // u1 once, u2, u3; 'late' came after entries closed
    REQUIRE(r->commentsPerMinute.size() == 11);
    CHECK(r->commentsPerMinute.at(1) == 10);
    CHECK(r->commentsPerMinute.at(5) == 6);
    CHECK(r->commentsPerMinute.at(7) == 4);
    CHECK(r->commentsPerMinute.at(8) == 1);
    CHECK(r->questionsPerMinute.at(1) == 3);
    CHECK(r->questionsPerMinute.at(5) == 2);
    CHECK(r->moderationPerMinute.at(1) == 1);
    CHECK(r->moderationPerMinute.at(5) == 1);
    CHECK(r->entrantsPerMinute.at(7) == 3);

    REQUIRE(r->slotTimings.size() == 3);
    CHECK(r->slotTimings.at(0).plannedMs == 180'000);
    CHECK(r->slotTimings.at(0).actualMs == 200'000);
    CHECK(r->slotTimings.at(1).actualMs == 160'000);
    CHECK(r->slotTimings.at(2).kind == QStringLiteral("lottery"));

    REQUIRE(r->products.size() == 2);
    const replay::ProductStats &a = r->products.at(0);
    CHECK(a.sku == QStringLiteral("A"));
    CHECK(a.pitches == 2);
    CHECK(a.onAirMs == 200'000 + 60'000);
    CHECK(a.comments == 10);
    CHECK(a.questions == 3);
    REQUIRE(a.topQuestions.size() == 1);
    CHECK(a.topQuestions.at(0).first == QStringLiteral("多少钱?"));
    CHECK(a.topQuestions.at(0).second == 3);
    const replay::ProductStats &b = r->products.at(1);
    CHECK(b.flashSales == 1);
    CHECK(b.comments == 6);
    CHECK(b.questions == 2);
    CHECK(b.onAirMs == 160'000);

    // The report: one page with its charts beside it, text escaped.
    const QString out = f.dir.filePath(QStringLiteral("report"));
    REQUIRE(replay::ReportWriter::write(*r, replay::AudienceRanking::forShow(*f.db, id, 10, &error), out, &error));
    QFile html(out + QStringLiteral("/report.html"));
    REQUIRE(html.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(html.readAll());
    CHECK(page.contains(QStringLiteral("保温杯")));
    CHECK(page.contains(QStringLiteral("多少钱? (3)")));
    CHECK(page.contains(QStringLiteral("activity.png")));
    CHECK(QImage(out + QStringLiteral("/activity.png")).width() == 960);
    CHECK(QImage(out + QStringLiteral("/timing.png")).height() == 260);

    // The models behind the replay window's tables.
    replay::ChapterModel chapters;
    QAbstractItemModelTester t1(&chapters, QAbstractItemModelTester::FailureReportingMode::Fatal);
    chapters.setChapters(r->chapters);
    CHECK(chapters.rowCount() == 6);
    CHECK(chapters.data(chapters.index(0, replay::ChapterModel::Start)).toString() == QStringLiteral("1:00"));
    CHECK(chapters.data(chapters.index(0, 0), replay::ChapterModel::MediaStartMsRole).toLongLong() == 30'000);
    CHECK(chapters.data(chapters.index(5, 0), replay::ChapterModel::MediaStartMsRole).isNull());
    replay::ProductStatsModel products;
    QAbstractItemModelTester t2(&products, QAbstractItemModelTester::FailureReportingMode::Fatal);
    products.setProducts(r->products);
    CHECK(products.data(products.index(0, replay::ProductStatsModel::OnAir)).toString() == QStringLiteral("4:20"));
}

TEST_CASE("replay: GMV per minute, per product and attributed per pitch against hand-computed figures", "[replay][review][sales]")
{
    Fixture f;
    const qint64 id = writeShow(f, f.dir.filePath(QStringLiteral("show.mkv")));
    QSqlQuery q(f.db->connection());
    for (const char *sku : {"A", "B", "C"})
        REQUIRE(q.exec(QStringLiteral("INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('%1', '%1', 100, 'x', 'x')")
                           .arg(QLatin1String(sku))));
    QString error;
    const auto before = replay::ShowReview::load(f.db->connection(), id, &error);
    REQUIRE(before);
    const QDateTime start = before->summary.startedAt;
    // Pitches: A 1:00–4:20, B 4:20–7:00, A again 9:00–10:00.
    const auto line = [&](const char *order, const char *lineId, const char *sku, int units, qint64 cents, qint64 showSec, const char *status = "paid") {
        sales::Order o;
        o.platform = QStringLiteral("douyin");
        o.orderId = QLatin1String(order);
        o.lineId = QLatin1String(lineId);
        o.sku = QLatin1String(sku);
        o.quantity = units;
        o.paidCents = cents;
        o.paidAt = start.addSecs(showSec);
        o.status = qstrcmp(status, "refunded") == 0 ? OrderStatus::Refunded : qstrcmp(status, "cancelled") == 0 ? OrderStatus::Cancelled : OrderStatus::Paid;
        return o;
    };
    const QList<sales::Order> orders{line("o1", "o1", "A", 2, 20'000, 100),                 // in A's first pitch
                                     line("o2", "o2", "A", 1, 10'000, 300),                 // 40 s after it: inside a 2-minute window
                                     line("o3", "o3", "B", 1, 5'000, 300),                  // in B's pitch
                                     line("o4", "o4", "B", 1, 5'000, 310, "refunded"),      // a refund: no sale
                                     line("o5", "o5", "A", 1, 10'000, 570),                 // in A's second pitch
                                     line("o6", "o6", "UNKNOWN", 1, 3'000, 120),            // not in the catalog
                                     line("o7", "o7", "B", 1, 5'000, 590),                  // 170 s after B's pitch: outside the window
                                     line("o8", "o8-1", "A", 1, 10'000, 200),               // one order, two lines: A during its pitch,
                                     line("o8", "o8-2", "B", 1, 5'000, 200),                // B before any pitch of B
                                     line("o9", "o9", "C", 1, 8'000, 400),                  // C sold, never pitched
                                     line("o10", "o10", "A", 1, 10'000, 150, "cancelled")}; // never a sale
    REQUIRE(sales::OrderStore::save(f.db->connection(), orders, id, QStringLiteral("test"), &error));

    const auto r = replay::ShowReview::load(f.db->connection(), id, &error, 2 * 60'000);
    INFO(error.toStdString());
    REQUIRE(r);
    CHECK(r->gmvCents == 76'000);
    CHECK(r->orders == 8);
    CHECK(r->units == 10);
    CHECK(r->refunds == 1);
    CHECK(r->unmatchedCents == 3'000);
    CHECK(r->gmvCentsPerMinute == QList<qint64>{0, 20'000, 3'000, 15'000, 0, 15'000, 8'000, 0, 0, 15'000, 0});
    CHECK(r->ordersPerMinute == QList<int>{0, 1, 1, 1, 0, 2, 1, 0, 0, 2, 0});
    REQUIRE(r->products.size() == 3);
    const replay::ProductStats &a = r->products.at(0);
    CHECK(a.sku == QStringLiteral("A"));
    CHECK(a.gmvCents == 50'000);
    CHECK(a.orders == 4);
    CHECK(a.units == 5);
    CHECK(a.refunds == 0);
    CHECK(a.attributedCents == 50'000);
    CHECK(a.averageOrderCents() == 12'500);
    const replay::ProductStats &b = r->products.at(1);
    CHECK(b.gmvCents == 15'000);
    CHECK(b.orders == 3);
    CHECK(b.refunds == 1);
    CHECK(b.attributedCents == 5'000);
    const replay::ProductStats &c = r->products.at(2);
    CHECK(c.sku == QStringLiteral("C"));
    CHECK(c.pitches == 0);
    CHECK(c.gmvCents == 8'000);
    CHECK(c.attributedCents == 0);
    // Per pitch: A's first sold 400 yuan in 3:20 (120/min), B's 50 in 2:40, A's second 100 in 1:00.
    REQUIRE(r->pitchSales.size() == 3);
    const auto perMinute = [&](int i) { return r->pitchSales.at(i).centsPerMinute(r->chapters.at(r->pitchSales.at(i).chapter).durationMs()); };
    CHECK(r->pitchSales.at(0).attributedCents == 40'000);
    CHECK(perMinute(0) == 12'000);
    CHECK(r->pitchSales.at(1).attributedCents == 5'000);
    CHECK(perMinute(1) == 1'875);
    CHECK(r->pitchSales.at(2).attributedCents == 10'000);
    CHECK(perMinute(2) == 10'000);

    // The default window (5 minutes) takes o7 in as B's.
    const auto wide = replay::ShowReview::load(f.db->connection(), id, &error);
    REQUIRE(wide);
    CHECK(wide->products.at(1).attributedCents == 10'000);

    // The table shows the money; the report states the rule.
    replay::ProductStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProducts(r->products);
    CHECK(model.data(model.index(0, replay::ProductStatsModel::Gmv)).toString() == QStringLiteral("500.00"));
    CHECK(model.data(model.index(0, replay::ProductStatsModel::AverageOrder)).toString() == QStringLiteral("125.00"));
    CHECK(model.data(model.index(1, replay::ProductStatsModel::Refunds)).toInt() == 1);
    const QString html = replay::ReportWriter::html(*r, {});
    CHECK(html.contains(QStringLiteral("760.00")));
    CHECK(html.contains(QStringLiteral("2 min")));
    CHECK(html.contains(QStringLiteral("sales.png")));
    const QStringList csv = QString::fromUtf8(replay::ReportWriter::productsCsv(*r).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(csv.size() == 4);
    CHECK(csv.at(1) == QStringLiteral("A,保温杯,2,4:20,10,3,500.00,4,5,0,125.00,500.00,,")); // no room size reported: blank, not 0
    CHECK(csv.at(3).startsWith(QStringLiteral("C,C,0,")));
}

TEST_CASE("replay: GPM and UV value from the room's size the platforms reported, per show, per pitch and per product", "[replay][review][sales]")
{
    Fixture f;
    const qint64 id = writeShow(f, f.dir.filePath(QStringLiteral("show.mkv")));
    QSqlQuery q(f.db->connection());
    for (const char *sku : {"A", "B"})
        REQUIRE(q.exec(QStringLiteral("INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('%1', '%1', 100, 'x', 'x')")
                           .arg(QLatin1String(sku))));
    QString error;
    const auto plain = replay::ShowReview::load(f.db->connection(), id, &error);
    REQUIRE(plain);
    CHECK_FALSE(plain->audienceKnown);
    CHECK_FALSE(plain->pitchSales.at(0).views);
    const QDateTime start = plain->summary.startedAt;
    const qint64 origin = start.toMSecsSinceEpoch();
    // Pitches: A 1:00–4:20, B 4:20–7:00, A again 9:00–10:00.
    const auto line = [&](const char *order, const char *sku, qint64 cents, qint64 showSec) {
        sales::Order o;
        o.platform = QStringLiteral("douyin");
        o.orderId = o.lineId = QLatin1String(order);
        o.sku = QLatin1String(sku);
        o.paidCents = cents;
        o.paidAt = start.addSecs(showSec);
        return o;
    };
    REQUIRE(sales::OrderStore::save(f.db->connection(), {line("o1", "A", 40'000, 100), line("o2", "B", 5'000, 300), line("o3", "A", 10'000, 570)}, id,
                                    QStringLiteral("test"), &error));
    // Douyin gives all three counts; Bilibili only 看过 (people) and online,
    // and connected late (its first report at 1:40). A retried, lower
    // report of Douyin's running count at the end is not a drop.
    const auto at = [&](const char *platform, qint64 showSec, std::optional<qint64> online, std::optional<qint64> viewers, std::optional<qint64> views) {
        return sales::AudienceSample{QLatin1String(platform), origin + showSec * 1000, online, viewers, views};
    };
    const QList<sales::AudienceSample> samples{at("douyin", 30, 50, 80, 100),    at("douyin", 60, 70, 150, 200),   at("bilibili", 100, 10, 40, {}),
                                               at("douyin", 200, 90, 300, 500),  at("douyin", 260, 100, 350, 600), at("bilibili", 300, 20, 90, {}),
                                               at("douyin", 400, 60, 500, 900),  at("douyin", 420, 40, 550, 1000), at("bilibili", 580, {}, 150, {}),
                                               at("douyin", 600, 30, 800, 1500), at("douyin", 610, {}, {}, 1400)};
    REQUIRE(f.db->connection().transaction());
    REQUIRE(sales::AudienceStore::store(f.db->connection(), samples, id, &error));
    REQUIRE(f.db->connection().commit());

    const auto r = replay::ShowReview::load(f.db->connection(), id, &error, 2 * 60'000);
    INFO(error.toStdString());
    REQUIRE(r);
    REQUIRE(r->audienceKnown);
    CHECK(r->gmvCents == 55'000);
    CHECK(r->views == 1'650);    // Douyin's 1500 views + Bilibili's 150 people standing for its views
    CHECK(r->viewers == 950);    // 800 + 150
    CHECK(r->peakOnline == 120); // 1:40 onwards both count: 100 + 20 at 5:00
    CHECK(r->gpmCents() == 33'333);
    CHECK(r->uvValueCents() == 57);
    REQUIRE(r->pitchSales.size() == 3);
    // A's first pitch: Douyin 200 → 600, Bilibili none before its first report (no growth) → 40.
    const replay::PitchSales &a1 = r->pitchSales.at(0);
    CHECK(a1.views == 400);
    CHECK(a1.averageOnline == 90); // Douyin (70 + 90) / 2, Bilibili 10
    CHECK(a1.gpmCents() == 100'000);
    const replay::PitchSales &b = r->pitchSales.at(1);
    CHECK(b.views == 450); // Douyin 600 → 1000, Bilibili 40 → 90
    CHECK(b.averageOnline == 100);
    CHECK(b.gpmCents() == 11'111);
    // A's second: no online report inside it, so the last ones before it (40 + 20).
    const replay::PitchSales &a2 = r->pitchSales.at(2);
    CHECK(a2.views == 560); // Douyin 1000 → 1500, Bilibili 90 → 150
    CHECK(a2.averageOnline == 60);
    CHECK(a2.gpmCents() == 17'857);
    REQUIRE(r->products.size() == 2);
    CHECK(r->products.at(0).pitchViews == 960);
    CHECK(r->products.at(0).pitchGpmCents() == 52'083);
    CHECK(r->products.at(1).pitchViews == 450);

    // The table, the report and the CSV show them.
    replay::ProductStatsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProducts(r->products);
    CHECK(model.data(model.index(0, replay::ProductStatsModel::PitchViews)).toInt() == 960);
    CHECK(model.data(model.index(0, replay::ProductStatsModel::PitchGpm)).toString() == QStringLiteral("520.83"));
    const QString html = replay::ReportWriter::html(*r, {});
    CHECK(html.contains(QStringLiteral("GPM: <b>¥333.33</b>")));
    CHECK(html.contains(QStringLiteral("<b>¥0.57</b>")));
    CHECK(html.contains(QStringLiteral("<td>400</td><td>90</td><td>1000.00</td>")));
    const QStringList csv = QString::fromUtf8(replay::ReportWriter::productsCsv(*r).mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(csv.size() == 3);
    CHECK(csv.at(1).endsWith(QStringLiteral(",500.00,960,520.83")));
}

TEST_CASE("replay: the report in Chinese has no English words a host reads", "[replay][report][i18n]")
{
    core::Translations translations;
    QString error;
    REQUIRE(translations.install(QStringLiteral("zh_CN"), core::StudioPaths::translationsDir(), &error));
    Fixture f;
    f.file(QStringLiteral("show.mp4"));
    const qint64 id = writeShow(f, f.dir.filePath(QStringLiteral("show.mkv")));
    const auto r = replay::ShowReview::load(*f.db, id, &error);
    REQUIRE(r);
    QString page = replay::ReportWriter::html(*r, replay::AudienceRanking::forShow(*f.db, id, 10, &error));
    REQUIRE_FALSE(page.isEmpty());
    // What a reader sees: the page's text, not its style sheet or markup.
    page.remove(QRegularExpression(QStringLiteral("<style[^>]*>.*?</style>"), QRegularExpression::DotMatchesEverythingOption));
    page.remove(QRegularExpression(QStringLiteral("<head>.*?</head>"), QRegularExpression::DotMatchesEverythingOption));
    // The fixture's viewers are called "late" and "spam": their names are
    // data, not the report's words.
    for (const char *viewer : {"late", "spam"})
        page.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QLatin1String(viewer))), QStringLiteral("观众"));
    const QStringList words = test::englishWordsIn(page.split(QLatin1Char('\n')));
    INFO(words.join(QStringLiteral("\n  ")).toStdString());
    CHECK(words.isEmpty());
    CHECK(page.contains(QStringLiteral("保温杯")));
}

TEST_CASE("replay: the most engaged viewers, in one show and across shows, as CSV", "[replay][koc]")
{
    Fixture f;
    f.file(QStringLiteral("show.mp4"));
    const qint64 first = writeShow(f, f.dir.filePath(QStringLiteral("show.mkv")));
    test::ShowBuilder b(*f.db, QStringLiteral("next day"));
    b.comment(1000, QStringLiteral("u3"), QStringLiteral("又来了"));
    b.comment(2000, QStringLiteral("=cmd"), QStringLiteral("hi"));
    const qint64 second = b.finish();
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE shows SET started_at = '2026-11-30T20:00:00.000Z' WHERE id = %1").arg(first)));
    REQUIRE(q.exec(QStringLiteral("UPDATE shows SET started_at = '2026-12-01T20:00:00.000Z' WHERE id = %1").arg(second)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO lottery_draws (show_id, prize, commitment, entrants, audit_json, drawn_at) VALUES (%1, '福袋', 'c', 2,"
                                  " '{\"entrants\":[\"douyin:u1\",\"douyin:u2\"]}', '')")
                       .arg(first)));
    QString error;
    const auto show = replay::AudienceRanking::forShow(*f.db, first, 10, &error);
    REQUIRE(show.size() == 5); // u0..u3 and 'late'
    // u1: 3 + 3 comments (a question in each pitch), 2 keyword comments, one lottery entry.
    CHECK(show.at(0).userId == QStringLiteral("u1"));
    CHECK(show.at(0).comments == 8);
    CHECK(show.at(0).questions == 2);
    CHECK(show.at(0).lotteryEntries == 1);
    CHECK(show.at(0).score == 8 + 3 * 2 + 2 * 1);
    const auto it = std::find_if(show.begin(), show.end(), [](const auto &m) { return m.userId == QStringLiteral("u3"); });
    REQUIRE(it != show.end());
    CHECK(it->daysActive == 2); // came back the next day
    CHECK(it->comments == 3);   // this show only

    const auto all = replay::AudienceRanking::acrossShows(*f.db, 0, &error);
    const auto u3 = std::find_if(all.begin(), all.end(), [](const auto &m) { return m.userId == QStringLiteral("u3"); });
    REQUIRE(u3 != all.end());
    CHECK(u3->comments == 4);
    CHECK(u3->shows == 2);
    const QByteArray csv = replay::AudienceRanking::toCsv(all);
    CHECK(csv.startsWith("rank,platform,user_id,name,score,comments,questions,lottery_entries,days_active,shows,orders,spend_yuan\n"));
    CHECK(csv.contains(",'=cmd,")); // not a formula in a spreadsheet
    replay::AudienceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMembers(all);
    CHECK(model.rowCount() == all.size());
}

TEST_CASE("replay: KOC with purchases — a buyer id that is a commenter's id on the same platform counts orders and spend", "[replay][koc][sales]")
{
    Fixture f;
    const qint64 id = writeShow(f, f.dir.filePath(QStringLiteral("show.mkv")));
    QString error;
    const auto before = replay::AudienceRanking::forShow(*f.db, id, 0, &error);
    const auto u3Before = std::find_if(before.begin(), before.end(), [](const auto &m) { return m.userId == QStringLiteral("u3"); });
    REQUIRE(u3Before != before.end());
    const QDateTime start = replay::ShowReview::load(*f.db, id, &error)->summary.startedAt;
    const auto line = [&](const char *order, const char *platform, const char *buyerId, qint64 cents, OrderStatus status = OrderStatus::Paid) {
        sales::Order o;
        o.platform = QLatin1String(platform);
        o.orderId = o.lineId = QLatin1String(order);
        o.sku = QStringLiteral("A");
        o.paidCents = cents;
        o.buyer = QStringLiteral("张**");
        o.buyerId = QLatin1String(buyerId);
        o.paidAt = start.addSecs(120);
        o.status = status;
        return o;
    };
    REQUIRE(sales::OrderStore::save(f.db->connection(),
                                    {line("k1", "douyin", "u3", 10'000), line("k2", "douyin", "u3", 10'000),
                                     line("k3", "douyin", "u3", 50'000, OrderStatus::Refunded), // a refund is no purchase
                                     line("k4", "kuaishou", "u3", 99'000),                      // another platform's u3 is someone else
                                     line("k5", "douyin", "nobody", 99'000),                    // bought, never commented
                                     line("k6", "douyin", "", 99'000)},                         // no buyer id
                                    id, QStringLiteral("test"), &error));
    const auto ranked = replay::AudienceRanking::forShow(*f.db, id, 0, &error);
    CHECK(ranked.size() == before.size()); // buyers who never commented are not KOC candidates
    const auto u3 = std::find_if(ranked.begin(), ranked.end(), [](const auto &m) { return m.userId == QStringLiteral("u3"); });
    REQUIRE(u3 != ranked.end());
    CHECK(u3->orders == 2);
    CHECK(u3->spendCents == 20'000);
    CHECK(u3->score == u3Before->score + 20 * 2 + 20); // + 20 an order, + 1 per ¥10
    const QByteArray csv = replay::AudienceRanking::toCsv(ranked);
    CHECK(csv.startsWith("rank,platform,user_id,name,score,comments,questions,lottery_entries,days_active,shows,orders,spend_yuan\n"));
    CHECK(csv.contains(",u3,"));
    CHECK(csv.contains(",2,200.00\n"));
    replay::AudienceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setMembers(ranked);
    const int row = int(std::distance(ranked.begin(), u3));
    CHECK(model.data(model.index(row, replay::AudienceModel::Orders)).toInt() == 2);
    CHECK(model.data(model.index(row, replay::AudienceModel::Spend)).toString() == QStringLiteral("200.00"));
}

TEST_CASE("replay: the show library lists shows, flags a moved recording and remembers its new place", "[replay][library]")
{
    Fixture f;
    const qint64 id = writeShow(f, f.dir.filePath(QStringLiteral("show.mkv"))); // neither MKV nor MP4 is there
    replay::ShowLibrary library(*f.db);
    QString error;
    const auto shows = library.shows(&error);
    REQUIRE(shows.size() == 1);
    CHECK(shows.at(0).id == id);
    CHECK(shows.at(0).lengthMs == 600'000);
    CHECK(shows.at(0).endedAt.isValid());
    CHECK(shows.at(0).recordingMissing());
    CHECK_FALSE(library.relocate(id, shows.at(0).recordings.at(0).recordedPath, f.dir.filePath(QStringLiteral("nowhere.mp4")), &error));
    CHECK(error.contains(QStringLiteral("not a readable file")));
    QDir().mkpath(f.dir.filePath(QStringLiteral("moved")));
    const QString movedPath = f.file(QStringLiteral("moved/show.mp4"));
    QObject receiver;
    std::optional<bool> saved;
    REQUIRE(library.relocate(id, shows.at(0).recordings.at(0).recordedPath, movedPath, &error, &receiver, [&](bool ok) { saved = ok; }));
    REQUIRE_EVENTUALLY(saved.has_value(), 30'000); // answered once committed, without a wait
    CHECK(*saved);
    const auto again = library.show(id, &error);
    REQUIRE(again);
    CHECK_FALSE(again->recordingMissing());
    CHECK(again->recordings.at(0).path == movedPath);
    CHECK_FALSE(library.show(999, &error));
    CHECK(error.contains(QStringLiteral("no show 999")));
}
