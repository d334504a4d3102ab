// shopcast-cli against a real nginx-rtmp ingest: what the ingest receives is
// checked with ffprobe, not what the studio believes it sent.
#include "CatchQt.hpp"

#include "FreePort.hpp"
#include "MediaProbe.hpp"
#include "NginxRtmpServer.hpp"

#include <QColor>
#include <QDir>
#include <QImage>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace shopcast::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject report;
};

CliRun runCli(const QStringList &args, int timeoutMs = 90000)
{
    QProcess cli;
    cli.start(QStringLiteral(SHOPCAST_CLI), args);
    CliRun run;
    if (!cli.waitForFinished(timeoutMs)) {
        cli.kill();
        cli.waitForFinished();
    }
    run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        run.report = QJsonDocument::fromJson(lines.last().toUtf8()).object();
    return run;
}

MediaProbe probe(const QString &path)
{
    QString error;
    INFO(path.toStdString());
    REQUIRE(QFileInfo::exists(path));
    auto p = MediaProbe::of(path, &error);
    INFO(error.toStdString());
    REQUIRE(p);
    return *p;
}

// librtmp in obs-outputs verifies RTMPS peers against /etc/ssl/certs only, so
// the test's self-signed certificate is trusted there for the test's lifetime.
class TrustedTestCertificate
{
public:
    explicit TrustedTestCertificate(const QString &certificate)
        : m_path(QStringLiteral("/etc/ssl/certs/shopcast-test-%1.pem").arg(getpid()))
    {
        m_installed = QFile::copy(certificate, m_path);
    }
    ~TrustedTestCertificate()
    {
        if (m_installed)
            QFile::remove(m_path);
    }
    bool installed() const { return m_installed; }

private:
    QString m_path;
    bool m_installed = false;
};

} // namespace

TEST_CASE("stream to two destinations while recording", "[integration][rtmp]")
{
    NginxRtmpServer nginx;
    QString error;
    REQUIRE(nginx.start(false, &error));
    QTemporaryDir out;
    const QString secretA = QStringLiteral("keyA_s3cr3t");
    const QString secretB = QStringLiteral("keyB_s3cr3t");
    const CliRun run = runCli({QStringLiteral("stream"), QStringLiteral("--dest"), nginx.url(secretA), QStringLiteral("--dest"), nginx.url(secretB),
                               QStringLiteral("--record"), out.filePath(QStringLiteral("show.mp4")), QStringLiteral("--duration"), QStringLiteral("10")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    nginx.stop(); // flush the FLVs

    // Keys never appear in what the studio prints.
    CHECK_FALSE(run.out.contains(secretA));
    CHECK_FALSE(run.err.contains(secretA));
    const QJsonArray outputs = run.report.value(QStringLiteral("outputs")).toArray();
    REQUIRE(outputs.size() == 2);
    for (const QJsonValue &o : outputs) {
        CHECK(o.toObject().value(QStringLiteral("url")).toString() == QStringLiteral("rtmp://127.0.0.1:%1/live").arg(nginx.rtmpPort()));
        CHECK(o.toObject().value(QStringLiteral("bytes")).toDouble() > 1e6);
        CHECK(o.toObject().value(QStringLiteral("dropped")).toInt() == 0);
    }
    CHECK(run.report.value(QStringLiteral("frames")).toInt() >= 280);

    for (const QString &key : {secretA, secretB}) {
        const MediaProbe flv = probe(nginx.recordingOf(key));
        CHECK(flv.videoCodec == QStringLiteral("h264"));
        CHECK(flv.audioCodec == QStringLiteral("aac"));
        CHECK(flv.width == 1280);
        CHECK(flv.height == 720);
        // Most of the 10 s run, never more: the outputs start when libobs and
        // the encoder are up, which takes seconds on a loaded machine (times
        // belong to the stream benchmark).
        CHECK(flv.durationSec > 5.0);
        CHECK(flv.durationSec < 11.0);
        CHECK(flv.fps() == Approx(30.0).margin(1.5));
    }
    const QString mp4 = run.report.value(QStringLiteral("recording")).toString();
    CHECK(mp4 == out.filePath(QStringLiteral("show.mp4")));
    const MediaProbe recording = probe(mp4);
    CHECK(recording.videoCodec == QStringLiteral("h264"));
    CHECK(recording.audioCodec == QStringLiteral("aac"));
    CHECK(recording.durationSec > 5.0);
    CHECK(recording.durationSec < 11.0);
    CHECK(QFileInfo::exists(out.filePath(QStringLiteral("show.mkv")))); // the crash-safe original stays
}

TEST_CASE("a refused destination is reported and the others go on", "[integration][rtmp]")
{
    NginxRtmpServer nginx;
    QString error;
    REQUIRE(nginx.start(false, &error));
    const quint16 deadPort = freeLoopbackPort(); // nobody listens: connections are refused
    const QString deadUrl = QStringLiteral("rtmp://127.0.0.1:%1/live/dead_s3cr3t").arg(deadPort);
    QTemporaryDir out;
    const CliRun run = runCli({QStringLiteral("stream"), QStringLiteral("--dest"), deadUrl, QStringLiteral("--dest"), nginx.url(QStringLiteral("alive")),
                               QStringLiteral("--record"), out.filePath(QStringLiteral("r.mp4")), QStringLiteral("--duration"), QStringLiteral("6")});
    nginx.stop();
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("rtmp://127.0.0.1:%1/live").arg(deadPort)));
    CHECK(run.err.contains(QStringLiteral("could not connect")));
    CHECK_FALSE(run.err.contains(QStringLiteral("dead_s3cr3t")));
    const QJsonArray outputs = run.report.value(QStringLiteral("outputs")).toArray();
    REQUIRE(outputs.size() == 2);
    CHECK(outputs.at(0).toObject().value(QStringLiteral("error")).toString().contains(QStringLiteral("could not connect")));
    CHECK_FALSE(outputs.at(1).toObject().contains(QStringLiteral("error")));

    const MediaProbe alive = probe(nginx.recordingOf(QStringLiteral("alive")));
    CHECK(alive.durationSec > 3.0); // most of the run: outputs start once libobs and the encoder are up
    CHECK(alive.durationSec < 7.0);
    const double recordedSec = probe(out.filePath(QStringLiteral("r.mp4"))).durationSec;
    CHECK(recordedSec > 3.0);
    CHECK(recordedSec < 7.0);
}

TEST_CASE("a portrait canvas arrives as portrait", "[integration][rtmp]")
{
    NginxRtmpServer nginx;
    QString error;
    REQUIRE(nginx.start(false, &error));
    const CliRun run = runCli({QStringLiteral("stream"), QStringLiteral("--dest"), nginx.url(QStringLiteral("vertical")), QStringLiteral("--canvas"),
                               QStringLiteral("720x1280"), QStringLiteral("--duration"), QStringLiteral("4")});
    nginx.stop();
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const MediaProbe flv = probe(nginx.recordingOf(QStringLiteral("vertical")));
    CHECK(flv.width == 720);
    CHECK(flv.height == 1280);
    CHECK(flv.durationSec > 2.0); // most of the run: outputs start once libobs and the encoder are up
    CHECK(flv.durationSec < 5.0);
}

TEST_CASE("RTMPS through a TLS proxy in front of the ingest", "[integration][rtmps]")
{
    NginxRtmpServer nginx;
    QString error;
    INFO(error.toStdString());
    REQUIRE(nginx.start(true, &error));
    TrustedTestCertificate trust(nginx.certificatePath());
    if (!trust.installed()) {
        WARN("cannot add the test certificate to /etc/ssl/certs (not root?): RTMPS not exercised");
        return;
    }
    QTemporaryDir dir;
    // The key travels in a file, as a careful host would keep it off the command line.
    QFile destFile(dir.filePath(QStringLiteral("destinations.txt")));
    REQUIRE(destFile.open(QIODevice::WriteOnly));
    destFile.write(("# TLS ingest\n" + nginx.tlsUrl(QStringLiteral("tls_s3cr3t")) + "\n").toUtf8());
    destFile.close();
    const CliRun run
        = runCli({QStringLiteral("stream"), QStringLiteral("--dest-file"), destFile.fileName(), QStringLiteral("--duration"), QStringLiteral("4")});
    nginx.stop();
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.report.value(QStringLiteral("outputs")).toArray().at(0).toObject().value(QStringLiteral("url")).toString()
          == QStringLiteral("rtmps://localhost:%1/live").arg(nginx.rtmpsPort()));
    const MediaProbe flv = probe(nginx.recordingOf(QStringLiteral("tls_s3cr3t")));
    CHECK(flv.videoCodec == QStringLiteral("h264"));
    CHECK(flv.durationSec > 2.0); // most of the run: outputs start once libobs and the encoder are up
    CHECK(flv.durationSec < 5.0);
}

TEST_CASE("bad command lines are refused before anything starts", "[integration][cli]")
{
    struct Case
    {
        QStringList args;
        const char *mentions;
    };
    const QList<Case> cases = {
        {{QStringLiteral("stream")}, "nothing to do"},
        {{QStringLiteral("stream"), QStringLiteral("--dest"), QStringLiteral("http://x/app/key")}, "unsupported scheme"},
        {{QStringLiteral("stream"), QStringLiteral("--dest"), QStringLiteral("rtmp://x/a/k"), QStringLiteral("--canvas"), QStringLiteral("big")}, "--canvas"},
        {{QStringLiteral("stream"), QStringLiteral("--dest"), QStringLiteral("rtmp://x/a/k"), QStringLiteral("--fps"), QStringLiteral("25")}, "--fps"},
        {{QStringLiteral("stream"), QStringLiteral("--dest"), QStringLiteral("rtmp://x/a/k"), QStringLiteral("--duration"), QStringLiteral("-3")},
         "--duration"},
        {{QStringLiteral("stream"), QStringLiteral("--dest-file"), QStringLiteral("/nonexistent/list")}, "--dest-file"},
        {{QStringLiteral("stream"), QStringLiteral("--record"), QStringLiteral("/tmp/x.mp4"), QStringLiteral("--scene-collection"),
          QStringLiteral("/nonexistent.json")},
         "--scene-collection"},
        {{QStringLiteral("stream"), QStringLiteral("--second-dest"), QStringLiteral("rtmp://x/a/k")}, "--second-dest needs --second-canvas"},
        {{QStringLiteral("stream"), QStringLiteral("--dest"), QStringLiteral("rtmp://x/a/k"), QStringLiteral("--second-canvas"), QStringLiteral("721x1280")},
         "--second-canvas"},
        {{QStringLiteral("stream"), QStringLiteral("--record"), QStringLiteral("/tmp/x.mp4"), QStringLiteral("--record-canvas"), QStringLiteral("both")},
         "needs --second-canvas"},
        {{QStringLiteral("stream"), QStringLiteral("--record"), QStringLiteral("/tmp/x.mp4"), QStringLiteral("--second-canvas"), QStringLiteral("720x1280"),
          QStringLiteral("--record-canvas"), QStringLiteral("sideways")},
         "--record-canvas"},
        {{QStringLiteral("stream"), QStringLiteral("--record"), QStringLiteral("/tmp/x.mp4"), QStringLiteral("--second-canvas"), QStringLiteral("720x1280"),
          QStringLiteral("--second-scene"), QStringLiteral("nowhere")},
         "nowhere"},
        {{QStringLiteral("launch")}, "unknown command"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(c.args, 20000);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QString::fromUtf8(c.mentions)));
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("the product card is in the recorded video at its place", "[integration][overlay]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("studio.db"));
    QProcess import;
    import.start(QStringLiteral(SHOPCAST_CLI),
                 {QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral(SHOPCAST_RESOURCE_DIR "/demo/products.csv"), QStringLiteral("--db"), db});
    REQUIRE(import.waitForFinished(30000));
    REQUIRE(import.exitCode() == 0);

    auto recordFrame = [&](const QStringList &extra, const QString &name) {
        const QString mp4 = dir.filePath(name + QStringLiteral(".mp4"));
        const CliRun run
            = runCli(QStringList{QStringLiteral("stream"), QStringLiteral("--record"), mp4, QStringLiteral("--duration"), QStringLiteral("3")} + extra);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString png = dir.filePath(name + QStringLiteral(".png"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"), QStringLiteral("2"), QStringLiteral("-i"),
                                                mp4, QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-y"), png});
        REQUIRE(ffmpeg.waitForFinished(30000));
        REQUIRE(ffmpeg.exitCode() == 0);
        QImage frame(png);
        REQUIRE(frame.size() == QSize(1280, 720));
        return frame;
    };
    const QImage with = recordFrame({QStringLiteral("--db"), db, QStringLiteral("--product"), QStringLiteral("DEMO-EAR")}, QStringLiteral("card"));
    const QImage without = recordFrame({}, QStringLiteral("plain"));
    with.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/recorded-frame-with-card.png"));

    // The demo places the card in the box (4 %, 67 %) + (60 % x 30 %) of the
    // canvas, centred: on 1280x720 that is x 51..819, y 482..698.
    const QRect box(51, 482, 768, 216);
    int red = 0, light = 0, changed = 0;
    for (int y = box.top(); y < box.bottom(); y += 2)
        for (int x = box.left(); x < box.right(); x += 2) {
            const QColor c = with.pixelColor(x, y);
            const QColor b = without.pixelColor(x, y);
            red += (c.red() > 170 && c.green() < 110 && c.blue() < 110) ? 1 : 0; // the live price
            light += (c.lightness() > 200) ? 1 : 0;                              // the light card body
            changed += (std::abs(c.red() - b.red()) + std::abs(c.green() - b.green()) + std::abs(c.blue() - b.blue()) > 60) ? 1 : 0;
        }
    const int samples = (box.width() / 2) * (box.height() / 2);
    CHECK(red > 200);
    CHECK(light > samples / 4);
    CHECK(changed > samples / 3);
    // Outside the box the picture is the same scene.
    const QColor titleArea = with.pixelColor(20, 20);
    CHECK(std::abs(titleArea.red() - without.pixelColor(20, 20).red()) < 20);
}

namespace {

QString importDemoCatalog(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("studio.db"));
    QProcess import;
    import.start(QStringLiteral(SHOPCAST_CLI),
                 {QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral(SHOPCAST_RESOURCE_DIR "/demo/products.csv"), QStringLiteral("--db"), db});
    REQUIRE(import.waitForFinished(30000));
    REQUIRE(import.exitCode() == 0);
    return db;
}

QImage frameAt(const QString &video, double atSec, const QString &png)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-ss"), QString::number(atSec), QStringLiteral("-i"),
                                            video, QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-y"), png});
    REQUIRE(ffmpeg.waitForFinished(30000));
    REQUIRE(ffmpeg.exitCode() == 0);
    return QImage(png);
}

// The light card with the red live price, inside box.
void checkCardIn(const QImage &frame, const QRect &box)
{
    int red = 0, light = 0, samples = 0;
    for (int y = box.top(); y < box.bottom(); y += 2)
        for (int x = box.left(); x < box.right(); x += 2) {
            const QColor c = frame.pixelColor(x, y);
            red += (c.red() > 170 && c.green() < 110 && c.blue() < 110) ? 1 : 0;
            light += (c.lightness() > 200) ? 1 : 0;
            ++samples;
        }
    INFO("red " << red << ", light " << light << " of " << samples);
    CHECK(red > samples / 100);
    CHECK(light > samples / 4);
}

} // namespace

TEST_CASE("one studio streams a landscape and a portrait canvas at once, the card in both", "[integration][rtmp][canvas]")
{
    QTemporaryDir dir;
    const QString db = importDemoCatalog(dir);
    NginxRtmpServer landscapeIngest;
    NginxRtmpServer portraitIngest;
    QString error;
    REQUIRE(landscapeIngest.start(false, &error));
    REQUIRE(portraitIngest.start(false, &error));
    const QString mp4 = dir.filePath(QStringLiteral("both.mp4"));
    const CliRun run
        = runCli({QStringLiteral("stream"), QStringLiteral("--dest"), landscapeIngest.url(QStringLiteral("landscape")), QStringLiteral("--second-canvas"),
                  QStringLiteral("720x1280"), QStringLiteral("--second-dest"), portraitIngest.url(QStringLiteral("portrait")), QStringLiteral("--record"), mp4,
                  QStringLiteral("--record-canvas"), QStringLiteral("both"), QStringLiteral("--db"), db, QStringLiteral("--product"),
                  QStringLiteral("DEMO-EAR"), QStringLiteral("--duration"), QStringLiteral("6")});
    landscapeIngest.stop();
    portraitIngest.stop();
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.report.value(QStringLiteral("outputs")).toArray().size() == 2);

    const MediaProbe landscape = probe(landscapeIngest.recordingOf(QStringLiteral("landscape")));
    const MediaProbe portrait = probe(portraitIngest.recordingOf(QStringLiteral("portrait")));
    CHECK(landscape.width == 1280);
    CHECK(landscape.height == 720);
    CHECK(portrait.width == 720);
    CHECK(portrait.height == 1280);
    for (const MediaProbe *flv : {&landscape, &portrait}) {
        CHECK(flv->videoCodec == QStringLiteral("h264"));
        CHECK(flv->audioCodec == QStringLiteral("aac"));
        CHECK(flv->durationSec > 3.0); // most of the run: outputs start once libobs and the encoder are up
        CHECK(flv->durationSec < 7.0);
        CHECK(flv->fps() == Approx(30.0).margin(1.5));
    }
    // Both recordings, the second named by its size.
    CHECK(probe(mp4).height == 720);
    CHECK(probe(dir.filePath(QStringLiteral("both-720x1280.mp4"))).height == 1280);

    const QImage wide = frameAt(landscapeIngest.recordingOf(QStringLiteral("landscape")), 4, dir.filePath(QStringLiteral("wide.png")));
    const QImage tall = frameAt(portraitIngest.recordingOf(QStringLiteral("portrait")), 4, dir.filePath(QStringLiteral("tall.png")));
    REQUIRE(wide.size() == QSize(1280, 720));
    REQUIRE(tall.size() == QSize(720, 1280));
    tall.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/second-canvas-frame.png"));
    // The demo's card box (4 %, 67 %) + (60 % x 30 %) of each canvas, the
    // card centred in it keeping its shape: 768x216 on 1280x720; on 720x1280
    // the box is 432x384, the card as wide in its middle (rows 989..1110 are card).
    checkCardIn(wide, QRect(51, 482, 768, 216));
    checkCardIn(tall, QRect(29, 989, 432, 121));
}

TEST_CASE("a destination whose server goes away is back on air soon after it returns, the other and the recording uninterrupted",
          "[integration][rtmp][reconnect]")
{
    NginxRtmpServer steady;
    NginxRtmpServer flaky;
    QString error;
    REQUIRE(steady.start(false, &error));
    REQUIRE(flaky.start(false, &error));
    QTemporaryDir out;
    QProcess cli;
    cli.start(QStringLiteral(SHOPCAST_CLI),
              {QStringLiteral("stream"), QStringLiteral("--dest"), steady.url(QStringLiteral("a")), QStringLiteral("--dest"), flaky.url(QStringLiteral("b")),
               QStringLiteral("--record"), out.filePath(QStringLiteral("show.mp4")), QStringLiteral("--duration"), QStringLiteral("30")});
    REQUIRE(cli.waitForStarted());
    const QString flakyFlv = flaky.recordingOf(QStringLiteral("b"));
    REQUIRE_EVENTUALLY(QFileInfo(flakyFlv).size() > 200'000, 30'000); // live on both
    flaky.stop();                                                     // the platform goes away
    REQUIRE(QFile::remove(flakyFlv));                                 // what it writes after its return is new
    QTest::qWait(6'000);                                              // libobs notices, the studio waits and knocks
    REQUIRE(flaky.resume(&error));                                    // and it comes back
    QElapsedTimer back;
    back.start();
    // Back on air: the ingest writes the stream again (a new FLV, past its header and first tags).
    REQUIRE_EVENTUALLY(QFileInfo(flakyFlv).size() > 20'000, 20'000);
    WARN("back on air " << back.elapsed() << " ms after the server returned");
    REQUIRE(cli.waitForFinished(90'000));
    INFO(QString::fromUtf8(cli.readAllStandardError()).toStdString());
    CHECK(cli.exitCode() == 0);
    const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput().trimmed().split('\n').last()).object();
    const QJsonArray outputs = report.value(QStringLiteral("outputs")).toArray();
    REQUIRE(outputs.size() == 2);
    CHECK(outputs.at(0).toObject().value(QStringLiteral("reconnects")).toInt() == 0);
    CHECK(outputs.at(1).toObject().value(QStringLiteral("reconnects")).toInt() >= 1);
    // The mechanism that makes the return quick: a knock answered, the try
    // started at once instead of at the end of the back-off wait.
    CHECK(outputs.at(1).toObject().value(QStringLiteral("knockedRetries")).toInt() >= 1);
    CHECK(outputs.at(0).toObject().value(QStringLiteral("knockedRetries")).toInt() == 0);
    steady.stop();
    flaky.stop();
    // The steady destination and the recording never stopped: their whole length, at full frame rate.
    // "Never stopped" is no gap, not a length: the frame rate over what they
    // hold is the canvas' (a gap would pull it down), and they hold most of the
    // run (they start once libobs and the encoder are up, seconds on a loaded machine).
    const MediaProbe a = probe(steady.recordingOf(QStringLiteral("a")));
    CHECK(a.durationSec > 20.0);
    CHECK(a.durationSec < 31.5);
    CHECK(a.fps() == Approx(30.0).margin(1.5));
    const MediaProbe recording = probe(out.filePath(QStringLiteral("show.mp4")));
    CHECK(recording.durationSec > 20.0);
    CHECK(recording.durationSec < 31.5);
    CHECK(recording.videoPackets >= int(recording.durationSec * 30 * 0.95));
    // The flaky one has the part after its return.
    const MediaProbe b = probe(flakyFlv);
    CHECK(b.durationSec > 8.0);
}
