#include "CatchQt.hpp"

#include "broadcast/RecordingRemuxer.hpp"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using shopcast::broadcast::RecordingRemuxer;

TEST_CASE("remux copies audio and video into MP4 without re-encoding", "[remux]")
{
    QTemporaryDir dir;
    const QString mkv = dir.filePath(QStringLiteral("show.mkv"));
    // Make a real MKV as libobs' muxer would: H.264 + AAC in Matroska.
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"),
                                            QStringLiteral(SHOPCAST_RESOURCE_DIR "/demo/product-loop.mp4"), QStringLiteral("-c"), QStringLiteral("copy"), mkv});
    REQUIRE(ffmpeg.waitForFinished(30000));
    REQUIRE(ffmpeg.exitCode() == 0);

    const QString mp4 = RecordingRemuxer::mp4PathFor(mkv);
    CHECK(mp4 == dir.filePath(QStringLiteral("show.mp4")));
    QString error;
    REQUIRE(RecordingRemuxer::remux(mkv, mp4, &error));
    CHECK(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(mp4 + QStringLiteral(".part")));

    QProcess probe;
    probe.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"), QStringLiteral("stream=codec_name"),
                                            QStringLiteral("-of"), QStringLiteral("csv=p=0"), mp4});
    REQUIRE(probe.waitForFinished(30000));
    const QString codecs = QString::fromUtf8(probe.readAllStandardOutput());
    CHECK(codecs.contains(QStringLiteral("h264")));
    CHECK(codecs.contains(QStringLiteral("aac")));
    // Stream copy: the sizes are close (no re-encode at another quality).
    CHECK(std::abs(QFileInfo(mp4).size() - QFileInfo(mkv).size()) < QFileInfo(mkv).size() / 10);
}

TEST_CASE("a broken recording fails with a message and leaves no output", "[remux]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.mkv"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x42'));
    f.close();
    QString error;
    const QString out = dir.filePath(QStringLiteral("broken.mp4"));
    CHECK_FALSE(RecordingRemuxer::remux(bad, out, &error));
    CHECK(error.contains(QStringLiteral("broken.mkv")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".part")));
    CHECK_FALSE(RecordingRemuxer::remux(dir.filePath(QStringLiteral("missing.mkv")), out, &error));
}
