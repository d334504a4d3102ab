// Moderation and lotteries as the moderator and the host see them: the review
// queue dock driven through its buttons and keys, the running studio fed a
// chat full of evasions by the rehearsal plugin, and a lottery from the chat
// to the winners in the recorded video.
#include "CatchQt.hpp"
#include "WindowActivation.hpp"
#include "GuiStudio.hpp"
#include "WaitForDraw.hpp"

#include "MainWindow.hpp"
#include "Studio.hpp"
#include "docks/ReviewQueueDock.hpp"

#include "broadcast/BroadcastController.hpp"
#include "chat/ChatModel.hpp"
#include "interact/FairDraw.hpp"
#include "interact/LotteryController.hpp"
#include "chat/CommentSources.hpp"
#include "moderation/ModerationController.hpp"
#include "show/ShowSession.hpp"
#include "storage/Database.hpp"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shopcast;

namespace {

chat::ChatEvent comment(const QString &id, const QString &text)
{
    chat::ChatEvent e;
    e.platform = QStringLiteral("test");
    e.id = id;
    e.userId = QStringLiteral("user") + id;
    e.userName = QStringLiteral("观众") + id;
    e.text = text;
    e.arrivedAtMs = id.toLongLong() * 1000;
    e.sentAtMs = 1'763'900'000'000LL + e.arrivedAtMs;
    return e;
}

void writeCapture(const QString &path, const QList<QJsonObject> &comments)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    for (QJsonObject c : comments) {
        c.insert(QStringLiteral("type"), QStringLiteral("comment"));
        c.insert(QStringLiteral("platform"), QStringLiteral("rehearsal"));
        f.write(QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n');
    }
}

} // namespace

TEST_CASE("the review queue dock approves and rejects through its buttons and keys", "[gui][moderation]")
{
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    moderation::ModerationController moderation(*db, {});
    QStringList passed;
    QObject::connect(&moderation, &moderation::ModerationController::passed, [&](const QList<chat::ChatEvent> &events) {
        for (const auto &e : events)
            passed.append(e.id);
    });
    app::ReviewQueueDock dock(moderation);
    dock.resize(600, 400);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));
    moderation.process({comment(QStringLiteral("1"), QStringLiteral("加微信")), comment(QStringLiteral("2"), QStringLiteral("私聊我")),
                        comment(QStringLiteral("3"), QStringLiteral("vx 有吗")), comment(QStringLiteral("4"), QStringLiteral("qq群 来"))});
    auto *table = dock.findChild<QTableView *>(QStringLiteral("reviewTable"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == 4);
    CHECK(dock.windowTitle() == QStringLiteral("Review queue (4)"));

    table->selectRow(1);
    QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("reviewApprove")), Qt::LeftButton);
    CHECK(passed == QStringList{QStringLiteral("2")});
    REQUIRE(table->model()->rowCount() == 3);
    // Bulk: two rows selected, rejected with the key (Xvfb has no window
    // manager: activate the window as one would).
    REQUIRE(test::activateWindow(dock.windowHandle()));
    table->setFocus();
    table->selectionModel()->select(table->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_R);
    REQUIRE(table->model()->rowCount() == 1);
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_A);
    CHECK(passed == QStringList{QStringLiteral("2"), QStringLiteral("4")});
    CHECK(table->model()->rowCount() == 0);
    CHECK(dock.windowTitle() == QStringLiteral("Review queue"));
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    moderation.process({comment(QStringLiteral("5"), QStringLiteral("加 微-信 领券")), comment(QStringLiteral("6"), QStringLiteral("薇信号多少")),
                        comment(QStringLiteral("7"), QStringLiteral("ｖｘ 了解一下"))});
    dock.grab().save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/review-queue.png"));
}

TEST_CASE("end to end: a chat full of evasions reaches the studio, the chat shows none of them, the queue holds the doubtful", "[gui][moderation]")
{
    QTemporaryDir profile;
    const QString capture = profile.filePath(QStringLiteral("evasions.jsonl"));
    const QList<QPair<QString, QString>> lines{
        {QStringLiteral("ok1"), QStringLiteral("主播好")},          {QStringLiteral("e1"), QStringLiteral("加 微 信 领优惠")},
        {QStringLiteral("e2"), QStringLiteral("加微\u200b信")},     {QStringLiteral("e3"), QStringLiteral("ｖｘ 了解一下")},
        {QStringLiteral("e4"), QStringLiteral("薇信号多少")},       {QStringLiteral("e5"), QStringLiteral("微信號給我")},
        {QStringLiteral("e6"), QStringLiteral("加·微·信")},         {QStringLiteral("s1"), QStringLiteral("www.cheap.top 更便宜")},
        {QStringLiteral("s2"), QStringLiteral("打 138 1234 5678")}, {QStringLiteral("s3"), QStringLiteral("刷单兼职日结")},
        {QStringLiteral("ok2"), QStringLiteral("这个多少钱？")},    {QStringLiteral("ok3"), QStringLiteral("微笑着买了两个")},
        {QStringLiteral("ok4"), QStringLiteral("威海发货吗")},      {QStringLiteral("ok5"), QStringLiteral("信用卡能用吗")}};
    QList<QJsonObject> comments;
    for (const auto &[id, text] : lines)
        comments.append({{QStringLiteral("id"), id},
                         {QStringLiteral("userId"), QStringLiteral("u") + id},
                         {QStringLiteral("userName"), QStringLiteral("观众") + id},
                         {QStringLiteral("text"), text},
                         {QStringLiteral("sentAtMs"), 1'763'800'000'000LL + comments.size() * 100}});
    writeCapture(capture, comments);
    QString error;
    auto studio = test::makeGuiStudio(profile.path(), false);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(
        studio->commentSources().startSource(QStringLiteral("rehearsal"), {{QStringLiteral("file"), capture}, {QStringLiteral("speed"), 20.0}}, &error, false));
    chat::ChatModel &chat = studio->show().chat();
    REQUIRE_EVENTUALLY((chat.rowCount()) == (int(lines.size())), 15000);

    // A rehearsal tags each id with its run ("ok1#<run>"): the capture's id is before the '#'.
    const auto captureId = [](const QString &id) { return id.section(QLatin1Char('#'), 0, 0); };
    QStringList allowed, refused;
    for (int row = 0; row < chat.rowCount(); ++row) {
        const QModelIndex i = chat.index(row);
        (chat.data(i, chat::ChatModel::ModerationRole).toString().isEmpty() ? allowed : refused)
            .append(captureId(chat.data(i, chat::ChatModel::IdRole).toString()));
    }
    CHECK(allowed == QStringList{QStringLiteral("ok1"), QStringLiteral("ok2"), QStringLiteral("ok3"), QStringLiteral("ok4"), QStringLiteral("ok5")});
    CHECK(refused.size() == 9);
    // The doubtful (contact-term evasions) wait for review; outright spam is hidden.
    const auto &queue = studio->show().moderation().reviewQueue();
    QStringList held;
    for (int row = 0; row < queue.rowCount(); ++row)
        held.append(captureId(queue.itemAt(row).event.id));
    CHECK(held
          == QStringList{QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3"), QStringLiteral("e4"), QStringLiteral("e5"), QStringLiteral("e6")});
    CHECK_EVENTUALLY(studio->show().moderation().questions().openCount() == 3, 10'000); // 多少钱？, 威海发货吗, 信用卡能用吗
}

TEST_CASE("a lottery from the chat: entries arrive, the draw puts the winners on stream, found in a frame of the real recording", "[gui][lottery]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    const QString capture = profile.filePath(QStringLiteral("entries.jsonl"));
    QList<QJsonObject> comments;
    for (int i = 0; i < 20; ++i)
        comments.append({{QStringLiteral("id"), QStringLiteral("m%1").arg(i)},
                         {QStringLiteral("userId"), QStringLiteral("u%1").arg(i)},
                         {QStringLiteral("userName"), QStringLiteral("幸运观众%1").arg(i)},
                         {QStringLiteral("text"), i % 4 == 0 ? QStringLiteral("主播好") : QStringLiteral("我要抽奖")},
                         {QStringLiteral("sentAtMs"), 1'763'800'000'000LL + i * 50}});
    writeCapture(capture, comments);
    QString error;
    auto studio = test::makeGuiStudio(profile.path(), false);
    studio->settings().recordingDir = recordings.path();
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy saved(&studio->broadcast(), &broadcast::BroadcastController::recordingSaved);
    studio->broadcast().startRecording();
    QTest::qWait(1500); // a stretch with no lottery card, for comparison

    interact::LotteryPreset preset;
    preset.prize = QStringLiteral("保温杯");
    preset.keyword = QStringLiteral("我要抽奖");
    preset.winners = 3;
    REQUIRE(studio->show().lottery().open(preset, &error));
    REQUIRE(
        studio->commentSources().startSource(QStringLiteral("rehearsal"), {{QStringLiteral("file"), capture}, {QStringLiteral("speed"), 10.0}}, &error, false));
    REQUIRE_EVENTUALLY((studio->show().lottery().entrantCount()) == (15), 15000);
    REQUIRE(test::drawAndWait(studio->show().lottery(), &error));
    CHECK(studio->show().lottery().winners().size() == 3);
    CHECK(interact::FairDraw::verify(studio->show().lottery().audit()).isEmpty());
    QTest::qWait(2500); // the winners on air
    studio->broadcast().stopRecording();
    REQUIRE((saved.count() > 0 || saved.wait(30000)));
    const QString mp4 = saved.first().first().toString();

    auto frameAt = [&](const QStringList &seek, const QString &name) {
        const QString png = recordings.filePath(name);
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     QStringList{QStringLiteral("-v"), QStringLiteral("error")} + seek
                         + QStringList{QStringLiteral("-i"), mp4, QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-y"), png});
        REQUIRE(ffmpeg.waitForFinished(30000));
        REQUIRE(ffmpeg.exitCode() == 0);
        return QImage(png);
    };
    const QImage before = frameAt({QStringLiteral("-ss"), QStringLiteral("0.8")}, QStringLiteral("before.png"));
    const QImage after = frameAt({QStringLiteral("-sseof"), QStringLiteral("-0.7")}, QStringLiteral("after.png"));
    REQUIRE(after.size() == before.size());
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    after.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/recorded-frame-lottery-winners.png"));

    // The demo places the lottery card in the box (60 %, 14 %) + (37 % x 50 %).
    const QRect box(int(after.width() * 0.6), int(after.height() * 0.14), int(after.width() * 0.37), int(after.height() * 0.5));
    auto count = [&](const QImage &frame, auto predicate) {
        int n = 0;
        for (int y = box.top(); y < box.bottom(); y += 2)
            for (int x = box.left(); x < box.right(); x += 2)
                n += predicate(frame.pixelColor(x, y)) ? 1 : 0;
        return n;
    };
    auto white = [](const QColor &c) { return c.red() > 225 && c.green() > 225 && c.blue() > 225; };
    auto band = [](const QColor &c) { return std::abs(c.red() - 0xff) < 40 && std::abs(c.green() - 0x8f) < 40 && c.blue() < 60; };
    const int samples = (box.width() / 2) * (box.height() / 2);
    INFO("white before " << count(before, white) << ", after " << count(after, white) << ", band after " << count(after, band) << " of " << samples);
    CHECK(count(after, white) > samples / 3);   // the card's white body
    CHECK(count(before, white) < samples / 10); // not there before the lottery
    CHECK(count(after, band) > samples / 50);   // its orange winners band
    CHECK(count(before, band) < samples / 200);
}
