// The replay window under X: a test show with a recording opens from the
// show library; a click on a chapter marker seeks the player; J/L and the
// chapter list move it too. Qt Multimedia plays through GStreamer here.
#include "CatchQt.hpp"
#include "WindowActivation.hpp"
#include "ShowBuilder.hpp"

#include "replay/ChapterBar.hpp"
#include "replay/ReplayWindow.hpp"
#include "replay/ShowLibraryDialog.hpp"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>

#include "work/GuiThreadCheck.hpp"

#include "replay/ReplayController.hpp"
#include "replay/ShowReview.hpp"
#include "sales/AudienceStore.hpp"
#include "sales/OrderStore.hpp"
#include "storage/Database.hpp"

#include <QDir>
#include <QJsonArray>
#include <QPixmap>
#include <QScreen>
#include <QSpinBox>
#include <QSqlQuery>
#include <QMediaPlayer>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace shopcast;
using show::TimelineKind;

namespace {

QJsonObject pitch(const QString &title)
{
    return {{QStringLiteral("title"), title},
            {QStringLiteral("livePrice"), QStringLiteral("9.90")},
            {QStringLiteral("trigger"), QStringLiteral("button")},
            {QStringLiteral("slotIndex"), -1},
            {QStringLiteral("planned"), false}};
}

} // namespace

TEST_CASE("the replay window opens a show from the library and a chapter marker seeks the player", "[gui][replay]")
{
    QTemporaryDir dir;
    // A 20 s recording with a keyframe every second (ffmpeg's test pattern).
    const QString mp4 = dir.filePath(QStringLiteral("show.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"),
                                            QStringLiteral("error"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("testsrc=size=640x360:rate=30"),
                                            QStringLiteral("-f"),
                                            QStringLiteral("lavfi"),
                                            QStringLiteral("-i"),
                                            QStringLiteral("sine=frequency=440"),
                                            QStringLiteral("-t"),
                                            QStringLiteral("20"),
                                            QStringLiteral("-c:v"),
                                            QStringLiteral("libx264"),
                                            QStringLiteral("-preset"),
                                            QStringLiteral("ultrafast"),
                                            QStringLiteral("-g"),
                                            QStringLiteral("30"),
                                            QStringLiteral("-pix_fmt"),
                                            QStringLiteral("yuv420p"),
                                            QStringLiteral("-c:a"),
                                            QStringLiteral("aac"),
                                            mp4});
    REQUIRE(ffmpeg.waitForFinished(60'000));
    REQUIRE(ffmpeg.exitCode() == 0);

    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    test::ShowBuilder b(*db, QStringLiteral("周五专场"));
    b.event(0, TimelineKind::RecordingStart, {}, {{QStringLiteral("path"), QString(mp4).replace(QStringLiteral(".mp4"), QStringLiteral(".mkv"))}});
    b.event(1000, TimelineKind::Product, QStringLiteral("DEMO-CUP"), pitch(QStringLiteral("保温杯")));
    b.event(9000, TimelineKind::Product, QStringLiteral("DEMO-LIP"), pitch(QStringLiteral("口红")));
    b.event(11'000, TimelineKind::FlashSaleStart, QStringLiteral("DEMO-LIP"),
            {{QStringLiteral("durationMs"), 3000}, {QStringLiteral("price"), QStringLiteral("1")}});
    b.event(14'000, TimelineKind::FlashSaleEnd, QStringLiteral("DEMO-LIP"),
            {{QStringLiteral("reason"), QStringLiteral("timeout")}, {QStringLiteral("remainingMs"), 0}});
    b.event(20'000, TimelineKind::RecordingStop, {}, {{QStringLiteral("path"), mp4}, {QStringLiteral("error"), QString()}});
    // The show goes on unrecorded: its chapters are listed, greyed, and not on the bar.
    b.event(180'000, TimelineKind::Product, QStringLiteral("DEMO-NUT"), pitch(QStringLiteral("坚果礼盒")));
    b.event(300'000, TimelineKind::LotteryOpened, {},
            {{QStringLiteral("prize"), QStringLiteral("福袋")},
             {QStringLiteral("keyword"), QStringLiteral("666")},
             {QStringLiteral("winners"), 1},
             {QStringLiteral("commitment"), QStringLiteral("c")},
             {QStringLiteral("entryWindowMs"), 60'000}});
    b.event(360'000, TimelineKind::LotteryClosed, {}, {{QStringLiteral("entrants"), 30}});
    b.event(370'000, TimelineKind::LotteryDrawn, {},
            {{QStringLiteral("prize"), QStringLiteral("福袋")},
             {QStringLiteral("commitment"), QStringLiteral("c")},
             {QStringLiteral("seed"), QStringLiteral("s")},
             {QStringLiteral("entrants"), 30},
             {QStringLiteral("winners"), QJsonArray{}}});
    b.event(480'000, TimelineKind::Product, QStringLiteral("DEMO-TEA"), pitch(QStringLiteral("红茶")));
    // The room: a steady murmur, questions during the pitches, a rush for the lottery.
    for (int i = 0; i < 900; ++i) {
        const qint64 at = 1000 * i;
        const bool lottery = at >= 300'000 && at < 360'000;
        for (int k = 0; k < (lottery ? 3 : 1); ++k) {
            const bool question = !lottery && (i + k) % 6 == 0;
            b.comment(at + k * 100, QStringLiteral("u%1").arg((i * 7 + k) % 53),
                      lottery    ? QStringLiteral("666")
                      : question ? QStringLiteral("多少钱?")
                                 : QStringLiteral("好看"),
                      question);
        }
    }
    const qint64 id = b.finish(true, 900'000);

    app::ShowLibraryDialog library(*db);
    library.show();
    auto *list = library.findChild<QTreeWidget *>(QStringLiteral("showList"));
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(1) == QStringLiteral("周五专场"));
    QSignalSpy opened(&library, &app::ShowLibraryDialog::opened);
    library.openShow(id, false); // read on a worker; the dialog says so meanwhile
    REQUIRE_EVENTUALLY(opened.count() == 1, 60'000);
    auto *window = opened.at(0).at(0).value<app::ReplayWindow *>();
    REQUIRE(window);
    window->resize(1366, 768);
    QMediaPlayer &player = window->player();
    REQUIRE_EVENTUALLY(player.duration() > 19'000, 20'000);
    // Loaded, it waits on its first frame (paused), not as a black box.
    CHECK_EVENTUALLY(player.playbackState() == QMediaPlayer::PausedState, 20'000);
    CHECK(player.error() == QMediaPlayer::NoError);

    // Click the flash sale's marker (lower lane): the player goes to 0:11.
    app::ChapterBar &bar = window->chapterBar();
    const int flashSale = 2; // pitch, pitch, flash sale, in chapter order
    REQUIRE(window->controller().review().chapters.at(flashSale).kind == replay::ChapterKind::FlashSale);
    QRect marker;
    for (int i = 0; i < 3; ++i)
        if (bar.markerRect(i).top() > bar.height() / 3)
            marker = bar.markerRect(i);
    REQUIRE(marker.isValid());
    QTest::mouseClick(&bar, Qt::LeftButton, {}, marker.center());
    REQUIRE_EVENTUALLY(std::abs(player.position() - 11'000) < 600, 10'000);

    // The chapter list: the first pitch starts at 0:01.
    auto *chapters = window->findChild<QTableView *>(QStringLiteral("chapterList"));
    REQUIRE(chapters);
    QTest::mouseClick(chapters->viewport(), Qt::LeftButton, {}, chapters->visualRect(chapters->model()->index(0, 1)).center());
    REQUIRE_EVENTUALLY(std::abs(player.position() - 1000) < 600, 10'000);
    // L: ten seconds on; J: back.
    // The window's shortcuts need it to be the active window.
    library.hide();
    REQUIRE(test::activateWindow(window->windowHandle()));
    QTest::keyClick(window, Qt::Key_L);
    REQUIRE_EVENTUALLY(std::abs(player.position() - 11'000) < 600, 10'000);
    QTest::keyClick(window, Qt::Key_J);
    REQUIRE_EVENTUALLY(std::abs(player.position() - 1000) < 600, 10'000);

    player.play(); // a moving picture on screen for the screenshot
    QTest::qWait(1500);
    player.pause();
    QTest::qWait(300);
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    // The screen, not grab(): the video is drawn by its own native window.
    const QPixmap shot = window->screen()->grabWindow(window->winId());
    CHECK(shot.save(QDir(QStringLiteral(SHOPCAST_TEST_ARTIFACTS)).filePath(QStringLiteral("replay-window.png"))));

    // The Audience tab ranks the viewers on a worker: the window goes on, the table fills when it is done.
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("replayTabs"));
    auto *audience = window->findChild<QTableView *>(QStringLiteral("audienceTable"));
    REQUIRE(tabs);
    REQUIRE(audience);
    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i).contains(QStringLiteral("KOC")))
            tabs->setCurrentIndex(i);
    CHECK(audience->model()->rowCount() == 0); // not yet: ranked on the media pool
    REQUIRE_EVENTUALLY(audience->model()->rowCount() > 0, 30'000);
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);

    // The attribution window is the merchant's: an order 2 min after the
    // cup's pitch counts for it with 5 min, not with 1; the review is read
    // again (on a worker) and the setting kept for the next review.
    {
        sales::Order o;
        o.platform = QStringLiteral("douyin");
        o.orderId = o.lineId = QStringLiteral("late");
        o.sku = QStringLiteral("DEMO-CUP");
        o.paidCents = 12'900;
        o.paidAt = window->controller().review().summary.startedAt.addSecs(9 + 120);
        QSqlQuery q(db->connection());
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO products (sku, title, price_cents, created_at, updated_at) VALUES ('DEMO-CUP', '保温杯', 12900, 'x', 'x')")));
        REQUIRE(sales::OrderStore::save(db->connection(), {o}, id, QStringLiteral("test"), &error));
        // The room's size a platform reported: the reopened review has GPM.
        const qint64 origin = window->controller().review().summary.startedAt.toMSecsSinceEpoch();
        REQUIRE(db->connection().transaction());
        REQUIRE(sales::AudienceStore::store(
            db->connection(), {{QStringLiteral("douyin"), origin + 1'000, 40, 100, 200}, {QStringLiteral("douyin"), origin + 20'000, 60, 300, 600}}, id,
            &error));
        REQUIRE(db->connection().commit());
    }
    auto *attribution = window->findChild<QSpinBox *>(QStringLiteral("attributionMinutes"));
    REQUIRE(attribution);
    CHECK(attribution->value() == 5);
    QSignalSpy reopened(window, &app::ReplayWindow::reopened);
    attribution->setValue(1);
    REQUIRE_EVENTUALLY(reopened.count() == 1, 60'000);
    auto *again = reopened.at(0).at(0).value<app::ReplayWindow *>();
    REQUIRE(again);
    const replay::ShowReview &counted = again->controller().review();
    CHECK(counted.attributionMs == 60'000);
    CHECK(counted.products.at(0).gmvCents == 12'900);
    CHECK(counted.products.at(0).attributedCents == 0); // 2 min after: outside 1 min
    CHECK(replay::ShowReview::attributionMsFor(db->path()) == 60'000);
    // GMV ¥129 over 600 views: ¥215 per thousand; ¥0.43 per viewer (300).
    auto *figures = again->findChild<QLabel *>(QStringLiteral("salesFigures"));
    REQUIRE(figures);
    CHECK(figures->text().contains(QStringLiteral("GPM ¥215.00")));
    CHECK(figures->text().contains(QStringLiteral("¥0.43")));
    QSignalSpy reopenedAgain(again, &app::ReplayWindow::reopened);
    again->findChild<QSpinBox *>(QStringLiteral("attributionMinutes"))->setValue(5);
    REQUIRE_EVENTUALLY(reopenedAgain.count() == 1, 60'000);
    auto *third = reopenedAgain.at(0).at(0).value<app::ReplayWindow *>();
    CHECK(third->controller().review().products.at(0).attributedCents == 12'900);
    third->close();
}
