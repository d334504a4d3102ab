// Streams the demo scene for N seconds at 1280x720@30 (x264 veryfast 2500 kbps)
// to a local nginx-rtmp, alternately through shopcast-cli and through the bare
// libobs baseline, and reports CPU seconds, peak RSS, dropped and lagged
// frames and time to the first composed frame. The studio's overhead is the
// ratio of the medians; alternating runs spreads the machine's noise evenly.
#include "BenchStats.hpp"
#include "NginxRtmpServer.hpp"
#include "XvfbServer.hpp"

#include "broadcast/SceneCollection.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace shopcast;

namespace {

struct Sample
{
    double cpuSec = 0;
    double maxRssMiB = 0;
    double wallSec = 0;
    double firstFrameMs = 0;
    double dropped = 0;
    double lagged = 0;
    double frames = 0;
};

std::optional<Sample> measure(const QString &program, const QStringList &args, const QString &timeFile)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-f"), QStringLiteral("%U %S %M %e"), QStringLiteral("-o"), timeFile, program} + args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return std::nullopt;
    }
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject json = QJsonDocument::fromJson(lines.last()).object();
    QFile f(timeFile);
    f.open(QIODevice::ReadOnly);
    const QList<QByteArray> t = f.readAll().trimmed().split(' ');
    if (t.size() < 4)
        return std::nullopt;
    Sample s;
    s.cpuSec = t[0].toDouble() + t[1].toDouble();
    s.maxRssMiB = t[2].toDouble() / 1024.0;
    s.wallSec = t[3].toDouble();
    s.firstFrameMs = json.value(QStringLiteral("firstFrameMs")).toDouble();
    s.dropped = json.value(QStringLiteral("dropped")).toDouble();
    s.lagged = json.value(QStringLiteral("lagged")).toDouble();
    s.frames = json.value(QStringLiteral("frames")).toDouble();
    return s;
}

void report(const char *name, const std::vector<Sample> &samples)
{
    auto col = [&](double Sample::*m) {
        std::vector<double> v;
        for (const Sample &s : samples)
            v.push_back(s.*m);
        return bench::median(v);
    };
    std::printf("| %-10s | %5zu | %8.1f | %9.0f | %8.1f | %12.0f | %7.0f | %6.0f | %7.0f |\n", name, samples.size(), col(&Sample::cpuSec),
                col(&Sample::maxRssMiB), col(&Sample::wallSec), col(&Sample::firstFrameMs), col(&Sample::dropped), col(&Sample::lagged), col(&Sample::frames));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Stream length per run."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each program (alternating)."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    parser.addOptions({secondsOption, runsOption});
    parser.process(app);
    const QString seconds = parser.value(secondsOption);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    test::XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    test::NginxRtmpServer nginx;
    QString error;
    if (!nginx.start(false, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QString scene = dir.filePath(QStringLiteral("demo-scene.json"));
    {
        QFile f(scene);
        f.open(QIODevice::WriteOnly);
        f.write(broadcast::SceneCollection::demo({1280, 720, 30}, QStringLiteral(SHOPCAST_RESOURCE_DIR)).toJson());
    }
    const QString server = QStringLiteral("rtmp://127.0.0.1:%1/live").arg(nginx.rtmpPort());

    std::vector<Sample> studio, bare;
    for (int i = 0; i < runs; ++i) {
        std::fprintf(stderr, "run %d/%d: shopcast-cli …\n", i + 1, runs);
        if (auto s = measure(QStringLiteral(SHOPCAST_CLI),
                             {QStringLiteral("stream"), QStringLiteral("--dest"), server + QStringLiteral("/studio%1").arg(i), QStringLiteral("--duration"),
                              seconds, QStringLiteral("--scene-collection"), scene},
                             dir.filePath(QStringLiteral("time"))))
            studio.push_back(*s);
        std::fprintf(stderr, "run %d/%d: bare libobs …\n", i + 1, runs);
        if (auto s = measure(QStringLiteral(SHOPCAST_BARE_LIBOBS),
                             {QStringLiteral("--scene"), scene, QStringLiteral("--server"), server, QStringLiteral("--key"), QStringLiteral("bare%1").arg(i),
                              QStringLiteral("--duration"), seconds},
                             dir.filePath(QStringLiteral("time"))))
            bare.push_back(*s);
    }
    if (studio.empty() || bare.empty())
        return 1;

    std::printf("Stream benchmark: demo scene, 1280x720@30, x264 veryfast CBR 2500 kbps + AAC 160, %s s per run, "
                "nginx-rtmp on loopback. Machine: %s, %d cores. Medians:\n\n",
                qPrintable(seconds), qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    std::printf("| program    | runs  | CPU s    | peak MiB  | wall s   | 1st frame ms | dropped | lagged | frames  |\n");
    std::printf("|------------|-------|----------|-----------|----------|--------------|---------|--------|---------|\n");
    report("studio", studio);
    report("bare", bare);
    std::vector<double> s, b;
    for (const Sample &x : studio)
        s.push_back(x.cpuSec);
    for (const Sample &x : bare)
        b.push_back(x.cpuSec);
    std::printf("\nstudio/bare CPU ratio (medians): %.3f\n", bench::median(s) / bench::median(b));
    return 0;
}
