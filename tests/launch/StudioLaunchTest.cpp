// The studio binary as a user starts it: on small screens the first window
// fits, and without a display --help and --version still answer.
#include "CatchQt.hpp"
#include "CrashStack.hpp"
#include "ListeningPort.hpp"

#include "NginxRtmpServer.hpp"
#include "ProcessStacks.hpp"
#include "TestFiles.hpp"
#include "XvfbServer.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runStudio(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 90'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPCAST_STUDIO), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("the first window fits a 1366x768 and a 1600x900 screen", "[gui][launch]")
{
    for (const QSize screen : {QSize(1366, 768), QSize(1600, 900)}) {
        shopcast::test::XvfbServer xvfb;
        QString error;
        REQUIRE(xvfb.start(screen, &error));
        QTemporaryDir profile;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), xvfb.display());
        env.insert(QStringLiteral("SHOPCAST_SCREENSHOT_DELAY_MS"), QStringLiteral("800"));
        const QString shot = profile.filePath(QStringLiteral("shot.png"));
        const Run r = runStudio({QStringLiteral("--demo"), QStringLiteral("--profile-dir"), profile.path(), QStringLiteral("--screenshot"), shot}, env);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QImage image(shot);
        REQUIRE_FALSE(image.isNull());
        // The screenshot is the window's frame: it must lie within the screen.
        CHECK(image.width() <= screen.width());
        CHECK(image.height() <= screen.height());
        CHECK(image.width() >= screen.width() * 9 / 10);
        QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
        image.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/studio-%1x%2.png").arg(screen.width()).arg(screen.height()));
    }
}

TEST_CASE("OBS's --profile NAME starts on that profile's folder, an unknown one is said and the default is used", "[gui][launch][flags]")
{
    shopcast::test::XvfbServer xvfb;
    QString error;
    REQUIRE(xvfb.start(QSize(1366, 768), &error));
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), xvfb.display());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.remove(QStringLiteral("SHOPCAST_PROFILE_DIR"));
    env.insert(QStringLiteral("SHOPCAST_SCREENSHOT_DELAY_MS"), QStringLiteral("300"));
    const QDir root(config.filePath(QStringLiteral("shopcast/profiles")));
    REQUIRE(QDir().mkpath(root.filePath(QStringLiteral("直播号"))));
    const QString shot = config.filePath(QStringLiteral("shot.png"));

    Run r = runStudio({QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("直播号"), QStringLiteral("--screenshot"), shot}, env);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("--profile")));
    CHECK(QFileInfo::exists(root.filePath(QStringLiteral("直播号/studio.db")))); // that profile's folder was used
    CHECK_FALSE(root.exists(QStringLiteral("default")));

    r = runStudio({QStringLiteral("--demo"), QStringLiteral("--profile"), QStringLiteral("没有这个"), QStringLiteral("--screenshot"), shot}, env);
    REQUIRE(r.exitCode == 0); // still starts
    CHECK(r.err.contains(QStringLiteral("--profile 没有这个")));
    CHECK(r.err.contains(QStringLiteral("直播号"))); // the profiles there are named
    CHECK(QFileInfo::exists(root.filePath(QStringLiteral("default/studio.db"))));
    CHECK_FALSE(root.exists(QStringLiteral("没有这个")));
}

TEST_CASE("without a display, --help and --version answer and a plain start explains itself", "[gui][launch]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("LC_ALL"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const Run version = runStudio({QStringLiteral("--version")}, env, 20'000);
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("ShopCast Studio")));
    const Run help = runStudio({QStringLiteral("--help")}, env, 20'000);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--demo")));
    const Run plain = runStudio({}, env, 20'000);
    CHECK(plain.exitCode == 1);
    CHECK(plain.err.contains(QStringLiteral("no display")));
    const Run bad = runStudio({QStringLiteral("--no-such-option")}, env, 20'000);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("no-such-option")));
}

TEST_CASE("under LANG=zh_CN the studio and the CLI speak Chinese, a damaged catalogue gives English and says so", "[gui][launch][i18n]")
{
    QTemporaryDir profile;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("LC_ALL"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    const Run help = runStudio({QStringLiteral("--help"), QStringLiteral("--profile-dir"), profile.path()}, env, 20'000);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("从演示直播开始")));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SHOPCAST_CLI), {QStringLiteral("--help")});
    REQUIRE(cli.waitForFinished(20'000));
    const QString cliHelp = QString::fromUtf8(cli.readAllStandardOutput());
    INFO(cliHelp.toStdString() << QString::fromUtf8(cli.readAllStandardError()).toStdString());
    CHECK(cliHelp.contains(QStringLiteral("命令：")));
    // The profile may ask for English on a Chinese system.
    {
        QFile ui(QDir(profile.path()).filePath(QStringLiteral("ui.json")));
        REQUIRE(ui.open(QIODevice::WriteOnly));
        ui.write(R"({"version":1,"language":"en"})");
    }
    const Run english = runStudio({QStringLiteral("--help"), QStringLiteral("--profile-dir"), profile.path()}, env, 20'000);
    CHECK(english.out.contains(QStringLiteral("Start from the demo show")));
    // A damaged catalogue: English, and a warning that says why.
    QTemporaryDir broken;
    QFile qm(QDir(broken.path()).filePath(QStringLiteral("shopcast_zh_CN.qm")));
    REQUIRE(qm.open(QIODevice::WriteOnly));
    qm.write("garbage");
    qm.close();
    env.insert(QStringLiteral("SHOPCAST_TRANSLATIONS_DIR"), broken.path());
    QFile::remove(QDir(profile.path()).filePath(QStringLiteral("ui.json")));
    const Run fallback = runStudio({QStringLiteral("--help"), QStringLiteral("--profile-dir"), profile.path()}, env, 20'000);
    CHECK(fallback.exitCode == 0);
    CHECK(fallback.out.contains(QStringLiteral("Start from the demo show")));
    CHECK(fallback.err.contains(QStringLiteral("damaged")));
}

namespace {

// The studio recording into a folder of the test's, on its own X server.
struct RecordingStudio
{
    shopcast::test::XvfbServer xvfb;
    QTemporaryDir profile;
    QString recordings;
    QProcess process;

    RecordingStudio()
    {
        QString error;
        REQUIRE(xvfb.start(QSize(1366, 768), &error));
        recordings = profile.filePath(QStringLiteral("recordings"));
        QDir().mkpath(recordings);
        QFile settings(profile.filePath(QStringLiteral("studio.json")));
        REQUIRE(settings.open(QIODevice::WriteOnly));
        settings.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("recordingDir"), recordings}}).toJson());
    }
    ~RecordingStudio()
    {
        if (process.state() != QProcess::NotRunning) {
            // A REQUIRE gave up on a studio that still runs: slow, or stuck?
            // Its threads' stacks and last words say, before the kill.
            if (std::uncaught_exceptions() > 0)
                std::printf("the studio still ran when the test gave up; what it last wrote on stderr:\n%s\nits threads:\n%s",
                            process.readAllStandardError().right(8 * 1024).constData(),
                            qPrintable(shopcast::test::ProcessStacks::describe(process.processId())));
            process.kill();
            process.waitForFinished();
        }
        // A crash says where in the test log, the first time it happens.
        if (process.exitStatus() == QProcess::CrashExit)
            std::printf("%s", qPrintable(shopcast::test::CrashStack::describe(profile.path())));
    }
    void start(const QStringList &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), xvfb.display());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SHOPCAST_STUDIO), QStringList{QStringLiteral("--profile-dir"), profile.path()} + extra);
        REQUIRE(process.waitForStarted());
    }
    QStringList files(const QString &pattern) const { return QDir(recordings).entryList({pattern}, QDir::Files); }
    // Until the MKV being written holds a few seconds.
    void recordFor(qint64 bytes) { REQUIRE_EVENTUALLY(recordingBytes() > bytes, 60'000); }
    // The size of the one MKV being written; -1 while there is none (the
    // folder is listed once: it may change between two listings).
    qint64 recordingBytes() const
    {
        const QStringList mkv = files(QStringLiteral("*.mkv"));
        return mkv.size() == 1 ? QFileInfo(QDir(recordings).filePath(mkv.first())).size() : -1;
    }
    QString db() const { return profile.filePath(QStringLiteral("studio.db")); }
    // The remote control's port (`--websocket_port 0` takes any free one and
    // says which on stderr); what stderr said so far is added to *stderrText.
    int remotePort(QString *stderrText)
    {
        int port = 0;
        const bool said = shopcast::test::eventually(
            [&] {
                *stderrText += QString::fromUtf8(process.readAllStandardError());
                const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("listening on port (\\d+)")).match(*stderrText);
                port = m.hasMatch() ? m.captured(1).toInt() : 0;
                return port > 0 || process.state() == QProcess::NotRunning;
            },
            60'000);
        INFO("the studio " << (process.state() == QProcess::NotRunning ? "has exited"
                               : said                                  ? "runs"
                                                                       : "runs but has not said its port in 60 s")
                           << "; its stderr so far:\n"
                           << stderrText->toStdString());
        REQUIRE(port > 0);
        return port;
    }
};

// What the studio database says about its only show, read with sqlite3's own reader.
QString query(const QString &db, const QString &sql)
{
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
    c.setDatabaseName(db);
    QString out;
    if (c.open()) {
        QSqlQuery q(c);
        if (q.exec(sql))
            while (q.next())
                out += q.value(0).toString() + QLatin1Char('\n');
    }
    c = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return out.trimmed();
}

double durationOf(const QString &path)
{
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"), QStringLiteral("format=duration"),
                                              QStringLiteral("-of"), QStringLiteral("default=nw=1:nk=1"), path});
    ffprobe.waitForFinished(30'000);
    return ffprobe.exitCode() == 0 ? ffprobe.readAllStandardOutput().trimmed().toDouble() : -1;
}

} // namespace

TEST_CASE("SIGTERM while recording finishes the MP4 and ends the show", "[gui][launch][recovery]")
{
    RecordingStudio studio;
    studio.start({QStringLiteral("--demo"), QStringLiteral("--record")});
    studio.recordFor(1'000'000);
    // With keys in memory the studio leaves no core file.
    QFile limits(QStringLiteral("/proc/%1/limits").arg(studio.process.processId()));
    REQUIRE(limits.open(QIODevice::ReadOnly));
    const QString coreLine = QString::fromLatin1(limits.readAll()).split(QLatin1Char('\n')).filter(QStringLiteral("Max core file size")).value(0);
    CHECK(coreLine.simplified().startsWith(QStringLiteral("Max core file size 0 0")));
    studio.process.terminate(); // SIGTERM
    REQUIRE(studio.process.waitForFinished(120'000));
    CHECK(studio.process.exitStatus() == QProcess::NormalExit);
    CHECK(studio.process.exitCode() == 0);
    const QStringList mp4 = studio.files(QStringLiteral("*.mp4"));
    REQUIRE(mp4.size() == 1);
    CHECK(durationOf(QDir(studio.recordings).filePath(mp4.first())) > 2.0);
    CHECK(studio.files(QStringLiteral("*.part")).isEmpty());
    CHECK(query(studio.db(), QStringLiteral("SELECT end_reason FROM shows")) == QStringLiteral("signal 15"));
    CHECK(query(studio.db(), QStringLiteral("SELECT detail FROM timeline_events WHERE kind = 'recording_stop'")).contains(mp4.first()));
}

TEST_CASE("after a SIGKILL mid-show the next start recovers the recording and closes the show", "[gui][launch][recovery]")
{
    RecordingStudio studio;
    studio.start({QStringLiteral("--demo"), QStringLiteral("--record")});
    studio.recordFor(1'000'000);
    studio.process.kill(); // SIGKILL: nothing of the studio runs after this
    REQUIRE(studio.process.waitForFinished(30'000));
    REQUIRE(studio.files(QStringLiteral("*.mp4")).isEmpty());
    // A remux that was interrupted too leaves its .part: the next start removes it.
    const QString mkv = studio.files(QStringLiteral("*.mkv")).value(0);
    QFile part(QDir(studio.recordings).filePath(QFileInfo(mkv).completeBaseName() + QStringLiteral(".mp4.part")));
    REQUIRE(part.open(QIODevice::WriteOnly));
    part.write("half a remux");
    part.close();

    studio.start({QStringLiteral("--no-resume")});
    REQUIRE_EVENTUALLY(studio.files(QStringLiteral("*.mp4")).size() == 1, 60'000);
    REQUIRE_EVENTUALLY(query(studio.db(), QStringLiteral("SELECT end_reason FROM shows WHERE id = 1")) == QStringLiteral("interrupted"), 30'000);
    studio.process.terminate();
    REQUIRE(studio.process.waitForFinished(60'000));
    const QString mp4 = QDir(studio.recordings).filePath(studio.files(QStringLiteral("*.mp4")).value(0));
    CHECK(durationOf(mp4) > 2.0); // playable: ffprobe reads its length
    CHECK(studio.files(QStringLiteral("*.part")).isEmpty());
    CHECK(query(studio.db(), QStringLiteral("SELECT detail FROM timeline_events WHERE show_id = 1 AND kind = 'recording_stop'"))
              .contains(QStringLiteral("recovered")));
    // The chat log of the killed show was on disk (the writer commits every ~100 ms).
    CHECK(query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM chat_log WHERE show_id = 1")).toInt() > 0);
}

TEST_CASE("after a SIGKILL mid-show the next start resumes it at its slot and product", "[gui][launch][recovery][resume]")
{
    RecordingStudio studio;
    // The demo products in a plan whose first slot is over in 3 s: the
    // studio is killed in the second, a while into it.
    const QString planPath = studio.profile.filePath(QStringLiteral("plan.json"));
    {
        QFile plan(planPath);
        REQUIRE(plan.open(QIODevice::WriteOnly));
        plan.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                             {QStringLiteral("title"), QStringLiteral("恢复测试")},
                                             {QStringLiteral("slots"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("product")},
                                                                                              {QStringLiteral("sku"), QStringLiteral("DEMO-CUP")},
                                                                                              {QStringLiteral("plannedSeconds"), 3}},
                                                                                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("product")},
                                                                                              {QStringLiteral("sku"), QStringLiteral("DEMO-LIP")},
                                                                                              {QStringLiteral("plannedSeconds"), 600}}}}})
                       .toJson());
    }
    studio.start({QStringLiteral("--demo"), QStringLiteral("--record"), QStringLiteral("--run-plan"), planPath});
    studio.recordFor(500'000);
    // In the second slot for a few checkpoints.
    auto checkpointSlot = [&] {
        const QJsonObject c
            = QJsonDocument::fromJson(query(studio.db(), QStringLiteral("SELECT state_json FROM show_checkpoints WHERE show_id = 1")).toUtf8()).object();
        const QJsonObject rhythm = c.value(QStringLiteral("rhythm")).toObject();
        return std::pair{rhythm.value(QStringLiteral("slotIndex")).toInt(-1),
                         rhythm.value(QStringLiteral("showElapsedMs")).toInteger() - rhythm.value(QStringLiteral("slotStartShowMs")).toInteger()};
    };
    REQUIRE_EVENTUALLY(checkpointSlot().first == 1 && checkpointSlot().second >= 3'000, 60'000);
    // The chat log is written while the show runs, not kept for its end: seen
    // from another connection, it grows. What it held then outlives the kill.
    const auto chatLogged = [&] { return query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM chat_log WHERE show_id = 1")).toInt(); };
    const int loggedBefore = chatLogged();
    REQUIRE_EVENTUALLY(chatLogged() > loggedBefore, 60'000);
    const int loggedAtKill = chatLogged();
    studio.process.kill(); // SIGKILL
    const qint64 killedAtWallMs = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(studio.process.waitForFinished(30'000));
    CHECK(chatLogged() >= loggedAtKill);
    const auto [slotAtKill, slotElapsedAtKill] = checkpointSlot();
    const QJsonObject checkpoint
        = QJsonDocument::fromJson(query(studio.db(), QStringLiteral("SELECT state_json FROM show_checkpoints WHERE show_id = 1")).toUtf8()).object();
    CHECK(checkpoint.value(QStringLiteral("onAirSku")).toString() == QStringLiteral("DEMO-LIP"));
    QTest::qWait(1'500); // away for a moment

    studio.start({QStringLiteral("--demo"), QStringLiteral("--resume")});
    REQUIRE_EVENTUALLY(
        query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE show_id = 1 AND kind = 'show_resumed'")) == QStringLiteral("1"), 60'000);
    REQUIRE_EVENTUALLY(studio.files(QStringLiteral("*.mp4")).size() == 1, 60'000); // the killed run's recording
    // The resumed run's slot clock goes on from where the kill left it (its
    // checkpoints, one a second, say so).
    REQUIRE_EVENTUALLY(checkpointSlot().first == 1 && checkpointSlot().second >= slotElapsedAtKill + 1'000, 60'000);
    studio.process.terminate();
    REQUIRE(studio.process.waitForFinished(60'000));
    CHECK(studio.process.exitCode() == 0);

    // One show, resumed and then ended by the signal.
    CHECK(query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM shows")) == QStringLiteral("1"));
    CHECK(query(studio.db(), QStringLiteral("SELECT end_reason FROM shows WHERE id = 1")) == QStringLiteral("signal 15"));
    const QString resumeId = query(studio.db(), QStringLiteral("SELECT id FROM timeline_events WHERE show_id = 1 AND kind = 'show_resumed'"));
    // The product came back on air by the resume, in the same slot (no slot started again).
    CHECK(query(studio.db(),
                QStringLiteral("SELECT sku || ' ' || json_extract(detail, '$.trigger') FROM timeline_events WHERE kind = 'product' AND id > %1").arg(resumeId))
          == QStringLiteral("DEMO-LIP resume"));
    CHECK(query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE kind = 'slot_start' AND id > %1").arg(resumeId))
          == QStringLiteral("0"));
    // The slot went on from its time before the kill; the time away (a
    // second and a half, and the start) does not count. The resumed run's
    // last checkpoint says where it was at the quit.
    CHECK(slotAtKill == 1);
    const auto [slotAtQuit, slotElapsedAtQuit] = checkpointSlot();
    CHECK(slotAtQuit == 1);
    CHECK(slotElapsedAtQuit >= slotElapsedAtKill + 1'000);
    CHECK(slotElapsedAtQuit - slotElapsedAtKill < QDateTime::currentMSecsSinceEpoch() - killedAtWallMs - 1'500);
    // The killed run's recording is whole again and closed on the timeline before the resume.
    const QString mp4 = QDir(studio.recordings).filePath(studio.files(QStringLiteral("*.mp4")).value(0));
    CHECK(durationOf(mp4) > 1.0);
    CHECK(query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM timeline_events WHERE kind = 'recording_stop' AND id < %1").arg(resumeId))
          == QStringLiteral("1"));
}

// A profile that goes live to the test's ingest (its key where a studio
// without a keyring keeps keys, as the user allowed), with two scene
// collections: the first has Main (red) only, 直播 has Break (blue) too.
void prepareLiveProfile(RecordingStudio &studio, const shopcast::test::NginxRtmpServer &ingest)
{
    QFile settings(studio.profile.filePath(QStringLiteral("studio.json")));
    REQUIRE(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
    settings.write(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                  {QStringLiteral("recordingDir"), studio.recordings},
                                  {QStringLiteral("canvas"), QJsonObject{{QStringLiteral("size"), QStringLiteral("640x360")}, {QStringLiteral("fps"), 30}}},
                                  {QStringLiteral("destinations"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("t")},
                                                                                          {QStringLiteral("name"), QStringLiteral("Ingest")},
                                                                                          {QStringLiteral("server"), ingest.url(QString())},
                                                                                          {QStringLiteral("enabled"), true}}}}})
            .toJson());
    settings.close();
    {
        QSettings secrets(studio.profile.filePath(QStringLiteral("secrets.ini")), QSettings::IniFormat);
        secrets.setValue(QStringLiteral("destination/t"), QStringLiteral("show"));
    }
    QFile::setPermissions(studio.profile.filePath(QStringLiteral("secrets.ini")), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto colour = [](const QString &name, quint32 abgr) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("id"), QStringLiteral("color_source_v3")},
                           {QStringLiteral("settings"),
                            QJsonObject{{QStringLiteral("color"), double(abgr)}, {QStringLiteral("width"), 640}, {QStringLiteral("height"), 360}}}};
    };
    const auto scene = [](const QString &name, const QString &source) {
        return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("source"), source}}}}};
    };
    // Two scene collections: the profile's first has Main only; 直播 has Break too.
    const auto writeScenes = [&](const QString &file, const QJsonArray &sceneList) {
        QFile scenes(studio.profile.filePath(file));
        REQUIRE(scenes.open(QIODevice::WriteOnly));
        scenes.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                               {QStringLiteral("sources"),
                                                QJsonArray{colour(QStringLiteral("Red"), 0xFF0000FFU), colour(QStringLiteral("Blue"), 0xFFFF0000U)}},
                                               {QStringLiteral("scenes"), sceneList},
                                               {QStringLiteral("currentScene"), QStringLiteral("Main")}})
                         .toJson());
    };
    writeScenes(QStringLiteral("scenes.json"), QJsonArray{scene(QStringLiteral("Main"), QStringLiteral("Red"))});
    writeScenes(QStringLiteral("scenes-live.json"),
                QJsonArray{scene(QStringLiteral("Main"), QStringLiteral("Red")), scene(QStringLiteral("Break"), QStringLiteral("Blue"))});
    QFile index(studio.profile.filePath(QStringLiteral("collections.json")));
    REQUIRE(index.open(QIODevice::WriteOnly));
    index.write(
        QJsonDocument(QJsonObject{{QStringLiteral("current"), QStringLiteral("Default")},
                                  {QStringLiteral("collections"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Default")},
                                                                                         {QStringLiteral("file"), QStringLiteral("scenes.json")}},
                                                                             QJsonObject{{QStringLiteral("name"), QStringLiteral("直播")},
                                                                                         {QStringLiteral("file"), QStringLiteral("scenes-live.json")}}}}})
            .toJson());
    index.close();
}

// The frame an FLV holds at atSec is the Break scene's blue, not Main's red.
void checkFrameBlue(const QString &flv, int atSec = 0)
{
    // Seeking after -i decodes up to the moment: an FLV cut by a stop has no index to seek by.
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), flv, QStringLiteral("-ss"), QString::number(atSec),
                  QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-vf"), QStringLiteral("scale=16:9"), QStringLiteral("-f"),
                  QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"), QStringLiteral("-")});
    REQUIRE(ffmpeg.waitForFinished(30'000));
    const QByteArray rgb = ffmpeg.readAllStandardOutput();
    REQUIRE(rgb.size() == 16 * 9 * 3);
    const auto at = [&rgb](int x, int y, int c) { return int(quint8(rgb.at((y * 16 + x) * 3 + c))); };
    INFO("top-left pixel " << at(2, 2, 0) << "," << at(2, 2, 1) << "," << at(2, 2, 2));
    CHECK(at(2, 2, 2) > 180); // blue
    CHECK(at(2, 2, 0) < 80);
}

TEST_CASE("OBS's launch flags: --startstreaming --collection --scene --startreplaybuffer go live with that scene on air and the replay buffer on",
          "[gui][launch][flags]")
{
    shopcast::test::NginxRtmpServer ingest;
    QString error;
    REQUIRE(ingest.start(false, &error));
    RecordingStudio studio;
    prepareLiveProfile(studio, ingest);

    studio.start({QStringLiteral("--no-resume"), QStringLiteral("--startstreaming"), QStringLiteral("--collection"), QStringLiteral("直播"),
                  QStringLiteral("--scene"), QStringLiteral("Break"), QStringLiteral("--startreplaybuffer"), QStringLiteral("--verbose")});
    const QString flv = ingest.recordingOf(QStringLiteral("show"));
    REQUIRE_EVENTUALLY(QFileInfo(flv).size() > 100'000, 60'000); // live, with no click
    studio.process.terminate();
    REQUIRE(studio.process.waitForFinished(120'000));
    const QString stderrText = QString::fromUtf8(studio.process.readAllStandardError());
    INFO(stderrText.toStdString());
    CHECK(studio.process.exitCode() == 0);
    // libobs' own debug line (--verbose): the replay buffer's output was made at start, beside the stream.
    CHECK(stderrText.contains(QStringLiteral("'replay-buffer' (replay_buffer) created")));
    ingest.stop();

    // The first frame the platform got is the Break scene's blue, not Main's red.
    checkFrameBlue(flv);
}

TEST_CASE(
    "a real obs-websocket-js client (Node, MessagePack) drives the studio: scenes, a batch, the show's actions, a stream to the ingest and back, a wrong password refused",
    "[gui][launch][remote]")
{
    shopcast::test::NginxRtmpServer ingest;
    QString error;
    REQUIRE(ingest.start(false, &error));
    RecordingStudio studio;
    prepareLiveProfile(studio, ingest);
    const QString password = QStringLiteral("场控 pw");
    // Port 0: any free one, which the studio names on stderr (no race for a port).
    studio.start({QStringLiteral("--no-resume"), QStringLiteral("--collection"), QStringLiteral("直播"), QStringLiteral("--websocket_port"),
                  QStringLiteral("0"), QStringLiteral("--websocket_password"), password});
    QString stderrText;
    const int port = studio.remotePort(&stderrText);
    const QString client = QStringLiteral(SHOPCAST_REMOTE_TESTS "/drive-studio.mjs");
    REQUIRE(QFileInfo::exists(QStringLiteral(SHOPCAST_REMOTE_TESTS "/node_modules/obs-websocket-js/package.json"))); // npm ci in tests/remote (deps-debian.sh)
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(SHOPCAST_REMOTE_TESTS));
    node.start(QStringLiteral("node"), {client, QStringLiteral("ws://127.0.0.1:%1").arg(port), password});
    REQUIRE(node.waitForFinished(120'000));
    const QByteArray out = node.readAllStandardOutput();
    INFO(out.toStdString() << QString::fromUtf8(node.readAllStandardError()).toStdString());
    CHECK(node.exitCode() == 0);
    const QJsonObject r = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    CHECK(r.value(QStringLiteral("negotiatedRpcVersion")).toInt() == 1);
    CHECK(r.value(QStringLiteral("scenesBefore")).toObject().value(QStringLiteral("current")).toString() == QStringLiteral("Main"));
    CHECK(r.value(QStringLiteral("target")).toString() == QStringLiteral("Break"));
    CHECK(r.value(QStringLiteral("currentAfter")).toString() == QStringLiteral("Break"));
    CHECK(r.value(QStringLiteral("sceneEvent")).toBool());
    const QJsonArray batch = r.value(QStringLiteral("batch")).toArray();
    REQUIRE(batch.size() == 3);
    CHECK(batch.at(0).toObject().value(QStringLiteral("code")).toInt() == 100);
    CHECK(batch.at(2).toObject().value(QStringLiteral("code")).toInt() == 204);
    CHECK(r.value(QStringLiteral("missingSceneCode")).toInt() == 600);
    CHECK(r.value(QStringLiteral("vendorActions")).toInt() > 20);
    CHECK(r.value(QStringLiteral("streamStarted")).toBool());
    CHECK(r.value(QStringLiteral("streamStatus")).toBool());
    CHECK(r.value(QStringLiteral("streamStopped")).toBool());
    const QJsonArray vendorEvents = r.value(QStringLiteral("vendorEvents")).toArray();
    CHECK(vendorEvents.contains(QStringLiteral("scene.program")));
    CHECK(vendorEvents.contains(QStringLiteral("output.stream")));
    CHECK(r.value(QStringLiteral("wrongPassword")).toInt() == 4009);

    studio.process.terminate();
    REQUIRE(studio.process.waitForFinished(120'000));
    CHECK(studio.process.exitCode() == 0);
    stderrText += QString::fromUtf8(studio.process.readAllStandardError());
    CHECK(stderrText.contains(QStringLiteral("failed login from 127.0.0.1")));
    ingest.stop();
    // What the platform got was the scene the client put on air (its
    // transition may still run in the first frames).
    checkFrameBlue(ingest.recordingOf(QStringLiteral("show")), 2);
}

// Pixels of the producer's note banner's amber (#ffb300) on the studio's screen, grabbed from its X server.
int amberPixels(const QString &display)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("x11grab"), QStringLiteral("-video_size"),
                  QStringLiteral("1366x768"), QStringLiteral("-i"), display, QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
                  QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"), QStringLiteral("-")});
    if (!ffmpeg.waitForFinished(30'000))
        return -1;
    const QByteArray rgb = ffmpeg.readAllStandardOutput();
    int count = 0;
    for (qsizetype i = 0; i + 2 < rgb.size(); i += 3)
        count += quint8(rgb.at(i)) > 240 && qAbs(int(quint8(rgb.at(i + 1))) - 0xb3) < 12 && quint8(rgb.at(i + 2)) < 30;
    return count;
}

TEST_CASE("the producer's console in a real browser (Chromium, WebDriver): log in, a product on air, a lottery drawn, a note on the host's banner, "
          "a viewer who cannot act, another origin refused",
          "[gui][launch][remote][console]")
{
    RecordingStudio studio;
    const QString producer = QStringLiteral("场控-pw");
    const QString viewer = QStringLiteral("merchant-pw");
    const QString note = QStringLiteral("讲优惠 库存只剩20");
    // The demo show: a lineup, a running show, and a chat that types 666 for the lottery.
    studio.start({QStringLiteral("--demo"), QStringLiteral("--no-resume"), QStringLiteral("--websocket_port"), QStringLiteral("0"),
                  QStringLiteral("--websocket_password"), producer, QStringLiteral("--websocket_viewer_password"), viewer});
    QString stderrText;
    const int port = studio.remotePort(&stderrText);
    // The demo's moving picture has a little of that amber too; the banner is a whole strip of it.
    const int amberBefore = amberPixels(studio.xvfb.display());

    QProcess browser;
    browser.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral(SHOPCAST_REMOTE_TESTS "/console_browser.py"), QString::number(port), producer, viewer, note});
    REQUIRE(browser.waitForFinished(540'000));
    const QByteArray out = browser.readAllStandardOutput();
    INFO(out.toStdString() << QString::fromUtf8(browser.readAllStandardError()).toStdString());
    REQUIRE(browser.exitCode() == 0);
    const QJsonObject r = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    CHECK(r.value(QStringLiteral("roleProducer")).toBool());
    CHECK(r.value(QStringLiteral("title")).toString().contains(QStringLiteral("场控台"))); // the browser asks for Chinese
    CHECK(r.value(QStringLiteral("foreignAssets")).toArray().isEmpty());
    CHECK(r.value(QStringLiteral("transferBytes")).toInt() > 0);
    CHECK(r.value(QStringLiteral("onAirAfter")).toString() != r.value(QStringLiteral("onAirBefore")).toString());
    CHECK(!r.value(QStringLiteral("winners")).toArray().isEmpty());
    CHECK(r.value(QStringLiteral("commitment")).toString().size() > 64);
    CHECK(r.value(QStringLiteral("noteShown")).toString().contains(note));
    CHECK(r.value(QStringLiteral("gmvText")).toString().startsWith(QStringLiteral("成交 ¥")));
    CHECK(r.value(QStringLiteral("tickerBefore")).toString() == QStringLiteral("1"));
    CHECK(r.value(QStringLiteral("tickerAfter")).toString() == QStringLiteral("0"));
    CHECK(r.value(QStringLiteral("tickerText")).toString() == QStringLiteral("下单播报：关"));
    CHECK(r.value(QStringLiteral("roleViewer")).toBool());
    CHECK(r.value(QStringLiteral("viewerSeesOnAir")).toString() == r.value(QStringLiteral("onAirAfter")).toString());
    CHECK(r.value(QStringLiteral("viewerButtonsShown")).toInt() == 0);
    CHECK(r.value(QStringLiteral("viewerOnAirAfter")).toString() == r.value(QStringLiteral("onAirAfter")).toString());
    CHECK(!r.value(QStringLiteral("otherOrigin")).toObject().value(QStringLiteral("hello")).toBool());
    std::printf("console: first load %d bytes, first live state after %d ms (page start)\n", r.value(QStringLiteral("transferBytes")).toInt(),
                r.value(QStringLiteral("firstStateMs")).toInt());

    // The note is on the host's screen (never on stream: the banner is a widget over the preview).
    const int amberAfter = amberPixels(studio.xvfb.display());
    INFO("amber pixels before the note " << amberBefore << ", after " << amberAfter);
    CHECK(amberAfter > amberBefore + 20'000); // the banner: ~740 x 60

    studio.process.terminate();
    REQUIRE(studio.process.waitForFinished(120'000));
    CHECK(studio.process.exitCode() == 0);
    // The studio's own records: the producer's switch, the note and the viewer's refused try, each with its role.
    const QString remoteAction = QStringLiteral(
        "SELECT COUNT(*) FROM timeline_events WHERE kind = 'action' AND json_extract(detail, '$.origin') = 'remote' AND json_extract(detail, '$.id') = '%1' "
        "AND json_extract(detail, '$.role') = '%2' AND json_extract(detail, '$.ok') = %3");
    CHECK(query(studio.db(), remoteAction.arg(QStringLiteral("product.explain"), QStringLiteral("host"), QStringLiteral("1"))) == QStringLiteral("1"));
    CHECK(query(studio.db(), remoteAction.arg(QStringLiteral("host.note"), QStringLiteral("host"), QStringLiteral("1"))) == QStringLiteral("1"));
    CHECK(query(studio.db(), remoteAction.arg(QStringLiteral("product.next"), QStringLiteral("viewer"), QStringLiteral("0"))) == QStringLiteral("1"));
    CHECK(query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM lottery_winners")).toInt() >= 1);
    // The demo's orders came through the sales room into the orders table.
    CHECK(query(studio.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() >= 1);
}

namespace {

// Every field a response of OBS has, the studio's has too, of the same JSON
// type (an empty array matches any); what is missing, as paths.
void missingFields(const QJsonValue &obs, const QJsonValue &studio, const QString &path, QStringList *missing)
{
    if (obs.isObject()) {
        const QJsonObject o = obs.toObject();
        const QJsonObject s = studio.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!s.contains(it.key()))
                missing->append(path + QLatin1Char('/') + it.key());
            else
                missingFields(it.value(), s.value(it.key()), path + QLatin1Char('/') + it.key(), missing);
        }
    } else if (obs.isArray()) {
        if (!studio.isArray())
            missing->append(path + QStringLiteral(" (an array)"));
        else if (!obs.toArray().isEmpty() && !studio.toArray().isEmpty())
            missingFields(obs.toArray().first(), studio.toArray().first(), path + QStringLiteral("[]"), missing);
    } else if (obs != studio) {
        missing->append(path + QStringLiteral(" (%1, not %2)").arg(obs.toString(), studio.toString()));
    }
}

QJsonObject shapesOf(int port, const QString &password)
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(SHOPCAST_REMOTE_TESTS));
    node.start(QStringLiteral("node"), {QStringLiteral(SHOPCAST_REMOTE_TESTS "/shapes.mjs"), QStringLiteral("ws://127.0.0.1:%1").arg(port), password});
    REQUIRE(node.waitForFinished(120'000));
    const QByteArray out = node.readAllStandardOutput();
    INFO(out.toStdString() << QString::fromUtf8(node.readAllStandardError()).toStdString());
    REQUIRE(node.exitCode() == 0);
    const QJsonObject shapes = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    REQUIRE(shapes.value(QStringLiteral("error")).isUndefined());
    return shapes;
}

} // namespace

TEST_CASE("conformance: one obs-websocket-js script against OBS's own obs-websocket and against the studio gets the same shapes and status codes",
          "[gui][launch][remote][conformance]")
{
    // OBS (Debian's, with its obs-websocket 5.1.0) on an X server and a home of its own.
    shopcast::test::XvfbServer obsScreen;
    QString error;
    REQUIRE(obsScreen.start(QSize(1280, 720), &error));
    QTemporaryDir home;
    QDir(home.path()).mkpath(QStringLiteral(".config/obs-studio/basic/profiles/Untitled"));
    shopcast::test::writeFile(home.filePath(QStringLiteral(".config/obs-studio/global.ini")),
                              "[General]\nFirstRun=true\n\n[OBSWebSocket]\nFirstLoad=false\nServerEnabled=true\nAlertsEnabled=false\nAuthRequired=true\n");
    // The replay buffer on in its settings, as the studio always has one.
    shopcast::test::writeFile(home.filePath(QStringLiteral(".config/obs-studio/basic/profiles/Untitled/basic.ini")),
                              "[General]\nName=Untitled\n\n[Output]\nMode=Simple\n\n[SimpleOutput]\nRecRB=true\nRecRBTime=20\n");
    QProcess obs;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("DISPLAY"), obsScreen.display());
    obs.setProcessEnvironment(env);
    obs.setProcessChannelMode(QProcess::MergedChannels);
    const QString password = QStringLiteral("same-pw");
    obs.start(QStringLiteral("obs"), {QStringLiteral("--disable-shutdown-check"), QStringLiteral("--websocket_port"), QStringLiteral("0"),
                                      QStringLiteral("--websocket_password"), password});
    REQUIRE(obs.waitForStarted());
    int obsPort = 0;
    REQUIRE_EVENTUALLY((obsPort = shopcast::test::listeningPort(obs.processId())) > 0, 90'000);
    const QJsonObject fromObs = shapesOf(obsPort, password);
    obs.kill();
    obs.waitForFinished(30'000);

    RecordingStudio studio;
    studio.start({QStringLiteral("--demo"), QStringLiteral("--no-resume"), QStringLiteral("--websocket_port"), QStringLiteral("0"),
                  QStringLiteral("--websocket_password"), password});
    QString stderrText;
    const int port = studio.remotePort(&stderrText);
    const QJsonObject fromStudio = shapesOf(port, password);
    studio.process.terminate();
    REQUIRE(studio.process.waitForFinished(120'000));

    QStringList missing;
    missingFields(fromObs.value(QStringLiteral("responses")), fromStudio.value(QStringLiteral("responses")), QString(), &missing);
    INFO("OBS: " << QJsonDocument(fromObs).toJson(QJsonDocument::Compact).toStdString());
    INFO("studio: " << QJsonDocument(fromStudio).toJson(QJsonDocument::Compact).toStdString());
    CHECK(missing.join(QStringLiteral("; ")).toStdString() == "");
    CHECK(fromObs.value(QStringLiteral("responses")).toObject().size() >= 11); // every request answered by OBS too
    const QJsonObject obsCodes = fromObs.value(QStringLiteral("codes")).toObject();
    REQUIRE(obsCodes.size() == 12);
    CHECK(fromStudio.value(QStringLiteral("codes")).toObject() == obsCodes);
}
