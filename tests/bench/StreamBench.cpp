// Streams the demo scene for N seconds at 1280x720@30 (x264 veryfast 2500 kbps)
// to a local nginx-rtmp, alternately through shopcast-cli and through the bare
// libobs baseline, and reports CPU seconds, peak RSS, dropped and lagged
// frames and time to the first composed frame. The studio's overhead is the
// ratio of the medians; alternating runs spreads the machine's noise evenly.
//
// With --filters it measures what each filter costs instead: the same scene
// with a 1280x720 camera stand-in (a noisy skin-toned picture filling the
// canvas) streamed through shopcast-cli without a filter and with each
// filter on the stand-in in turn, alternating; each cost is the ratio of
// CPU medians against the no-filter run.
//
// With --canvases it measures two canvases from one studio (1280x720 and
// 720x1280, each to its own destination) against two studios with one
// canvas each (the way a host had to do it): the ratio of the CPU median of
// the one studio to the sum of the two studios' medians.
#include "BenchStats.hpp"
#include "IdentityCube.hpp"
#include "NginxRtmpServer.hpp"
#include "XvfbServer.hpp"

#include "broadcast/SceneCollection.hpp"

#include <QCommandLineParser>
#include <QImage>
#include <QRandomGenerator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

double medianOf(const std::vector<Sample> &samples, double Sample::*member)
{
    std::vector<double> v;
    v.reserve(samples.size());
    for (const Sample &s : samples)
        v.push_back(s.*member);
    return v.empty() ? 0.0 : bench::median(v);
}

// One table row; extra adds cells at its end (" 1.23 |").
void report(const char *name, const std::vector<Sample> &samples, const QByteArray &extra = {})
{
    const auto col = [&samples](double Sample::*m) { return medianOf(samples, m); };
    std::printf("| %-10s | %5zu | %8.1f | %9.0f | %8.1f | %12.0f | %7.0f | %6.0f | %7.0f |%s\n", name, samples.size(), col(&Sample::cpuSec),
                col(&Sample::maxRssMiB), col(&Sample::wallSec), col(&Sample::firstFrameMs), col(&Sample::dropped), col(&Sample::lagged), col(&Sample::frames),
                extra.constData());
}

// A camera's picture as a filter sees it: skin tones with sensor noise.
QString writeCameraStandIn(const QString &path)
{
    QImage image(1280, 720, QImage::Format_RGB32);
    QRandomGenerator noise(7);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(noise.bounded(25)) - 12;
            image.setPixel(x, y, qRgb(std::clamp(214 + n - y / 12, 0, 255), std::clamp(166 + n - y / 14, 0, 255), std::clamp(146 + n, 0, 255)));
        }
    image.save(path);
    return path;
}

// A mask the size of the canvas: opaque in a centred circle.
QString writeMask(const QString &path)
{
    QImage mask(1280, 720, QImage::Format_ARGB32);
    for (int y = 0; y < mask.height(); ++y)
        for (int x = 0; x < mask.width(); ++x)
            mask.setPixel(x, y, (x - 640) * (x - 640) + (y - 360) * (y - 360) < 300 * 300 ? 0xffffffff : 0xff000000);
    mask.save(path);
    return path;
}

// only: the configurations to run by name (empty: all); cli: the shopcast-cli
// to measure, so that two builds of a filter can be compared on one machine;
// canvas: the program's size (empty: 1280x720); video: the stand-in is a
// looping H.264 video of the picture (an asynchronous source, decoded all
// the time, as a camera is) instead of the picture. The camera stand-in and its
// filters stay 1280x720 whatever the canvas: a smaller one leaves the
// filters' cost where it is and takes the composite and the encoder off
// the machine's ceiling, which a saturated run hides the filters' cost under.
int filterCosts(const QString &server, const QString &seconds, int runs, QTemporaryDir &dir, const QStringList &only, const QString &cli, const QString &canvas,
                bool video)
{
    using broadcast::FilterSpec;
    const QString picture = writeCameraStandIn(dir.filePath(QStringLiteral("camera.png")));
    const QString camera = video ? dir.filePath(QStringLiteral("camera.mp4")) : QString();
    if (video) {
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-framerate"),
                      QStringLiteral("30"), QStringLiteral("-i"), picture, QStringLiteral("-t"), QStringLiteral("5"), QStringLiteral("-c:v"),
                      QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                      QStringLiteral("-y"), camera});
        if (!ffmpeg.waitForFinished(120'000) || ffmpeg.exitCode() != 0) {
            std::fprintf(stderr, "ffmpeg could not make the camera video\n");
            return 1;
        }
    }
    const broadcast::SourceSpec cameraSource
        = video ? broadcast::SourceSpec{QStringLiteral("Camera"),
                                        QStringLiteral("ffmpeg_source"),
                                        {{QStringLiteral("is_local_file"), true},
                                         {QStringLiteral("local_file"), camera},
                                         {QStringLiteral("looping"), true},
                                         {QStringLiteral("hw_decode"), false}},
                                        {}}
                : broadcast::SourceSpec{QStringLiteral("Camera"), QStringLiteral("image_source"), {{QStringLiteral("file"), picture}}, {}};
    const QString cube = dir.filePath(QStringLiteral("identity.cube"));
    test::writeIdentityCube(cube);
    const QString mask = writeMask(dir.filePath(QStringLiteral("mask.png")));
    QList<std::pair<QString, QList<FilterSpec>>> configs{
        {QStringLiteral("none"), {}},
        {QStringLiteral("beauty"), {{QStringLiteral("美颜"), QStringLiteral("shopcast_beauty_filter"), true, {}}}},
        {QStringLiteral("chroma key"), {{QStringLiteral("k"), QStringLiteral("chroma_key_filter_v2"), true, {}}}},
        {QStringLiteral("colour corr."), {{QStringLiteral("c"), QStringLiteral("color_filter_v2"), true, {{QStringLiteral("saturation"), 0.2}}}}},
        {QStringLiteral("sharpen"), {{QStringLiteral("s"), QStringLiteral("sharpness_filter_v2"), true, {}}}},
        {QStringLiteral("LUT (.cube)"), {{QStringLiteral("l"), QStringLiteral("clut_filter"), true, {{QStringLiteral("image_path"), cube}}}}},
        {QStringLiteral("crop"), {{QStringLiteral("c"), QStringLiteral("crop_filter"), true, {{QStringLiteral("left"), 100}, {QStringLiteral("top"), 50}}}}},
        {QStringLiteral("image mask"), {{QStringLiteral("m"), QStringLiteral("mask_filter_v2"), true, {{QStringLiteral("image_path"), mask}}}}},
        {QStringLiteral("scroll"), {{QStringLiteral("s"), QStringLiteral("scroll_filter"), true, {{QStringLiteral("speed_x"), 100.0}}}}},
        {QStringLiteral("render delay"), {{QStringLiteral("d"), QStringLiteral("gpu_delay"), true, {{QStringLiteral("delay_ms"), 500}}}}},
        {QStringLiteral("scale"), {{QStringLiteral("s"), QStringLiteral("scale_filter"), true, {{QStringLiteral("resolution"), QStringLiteral("640x360")}}}}},
    };
    if (!only.isEmpty()) {
        configs.removeIf([&only](const auto &config) { return !only.contains(config.first); });
        if (configs.isEmpty() || configs.front().first != QLatin1String("none")) {
            std::fprintf(stderr, "--only needs 'none' (the baseline) and names among the filters of this benchmark\n");
            return 1;
        }
    }
    QStringList files;
    for (int c = 0; c < configs.size(); ++c) {
        broadcast::SceneCollection scene = broadcast::SceneCollection::demo({1280, 720, 30}, QStringLiteral(SHOPCAST_RESOURCE_DIR));
        broadcast::SceneItemSpec item{QStringLiteral("Camera"), true, 0, 0, 1280, 720};
        scene.addItem(QStringLiteral("Main"), cameraSource, item);
        scene.moveItem(QStringLiteral("Main"), scene.findScene(QStringLiteral("Main"))->items.size() - 1, 1); // behind the cards
        for (const FilterSpec &f : configs.at(c).second)
            scene.addFilter(QStringLiteral("Camera"), f);
        files.append(dir.filePath(QStringLiteral("filters-%1.json").arg(c)));
        QFile out(files.last());
        out.open(QIODevice::WriteOnly);
        out.write(scene.toJson());
    }
    std::vector<std::vector<Sample>> samples(size_t(configs.size()));
    for (int i = 0; i < runs; ++i)
        for (int c = 0; c < configs.size(); ++c) {
            std::fprintf(stderr, "run %d/%d: %s …\n", i + 1, runs, qPrintable(configs.at(c).first));
            QStringList args{QStringLiteral("stream"),
                             QStringLiteral("--dest"),
                             server + QStringLiteral("/filter%1x%2").arg(c).arg(i),
                             QStringLiteral("--duration"),
                             seconds,
                             QStringLiteral("--scene-collection"),
                             files.at(c)};
            if (!canvas.isEmpty())
                args += {QStringLiteral("--canvas"), canvas};
            if (auto s = measure(cli, args, dir.filePath(QStringLiteral("time"))))
                samples[size_t(c)].push_back(*s);
        }
    std::printf("Filter costs: demo scene with a 1280x720 camera stand-in (%s), streamed at %s@30 (x264 veryfast CBR 2500 kbps), %s s per run, "
                "nginx-rtmp on loopback, %s. Machine: %s, %d cores. Medians:\n\n",
                video ? "a looping H.264 video of the picture" : "a picture", canvas.isEmpty() ? "1280x720" : qPrintable(canvas), qPrintable(seconds),
                qPrintable(cli), qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    std::printf("| filter       | runs  | CPU s    | peak MiB  | wall s   | 1st frame ms | dropped | lagged | frames  | CPU vs none |\n");
    std::printf("|--------------|-------|----------|-----------|----------|--------------|---------|--------|---------|-------------|\n");
    const double none = medianOf(samples.front(), &Sample::cpuSec);
    for (int c = 0; c < configs.size(); ++c) {
        if (samples[size_t(c)].empty())
            return 1;
        report(qPrintable(configs.at(c).first), samples[size_t(c)],
               QStringLiteral(" %1 |").arg(none > 0 ? medianOf(samples[size_t(c)], &Sample::cpuSec) / none : 0.0, 11, 'f', 3).toUtf8());
    }
    return 0;
}

// A camera as the studio receives one, decoded all the time: the skin-toned
// stand-in as a looping H.264 video at size (30 fps).
QString writeCameraVideo(const QString &path, const QString &picture, const QString &size)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"),         QStringLiteral("error"),
                                            QStringLiteral("-loop"),      QStringLiteral("1"),
                                            QStringLiteral("-framerate"), QStringLiteral("30"),
                                            QStringLiteral("-i"),         picture,
                                            QStringLiteral("-t"),         QStringLiteral("5"),
                                            QStringLiteral("-vf"),        QStringLiteral("scale=") + QString(size).replace(QLatin1Char('x'), QLatin1Char(':')),
                                            QStringLiteral("-c:v"),       QStringLiteral("libx264"),
                                            QStringLiteral("-preset"),    QStringLiteral("veryfast"),
                                            QStringLiteral("-pix_fmt"),   QStringLiteral("yuv420p"),
                                            QStringLiteral("-y"),         path});
    if (!ffmpeg.waitForFinished(120'000) || ffmpeg.exitCode() != 0)
        return {};
    return path;
}

// scenes: which to run of "demo" (the demo scene), "camera" (a camera
// stand-in of cameraSize behind the cards) and "beauty" (the same with 美颜
// on the camera, which both canvases draw).
int canvasCosts(const QString &server, const QString &seconds, int runs, QTemporaryDir &dir, const broadcast::CanvasSpec &wide, const QString &cameraSize,
                const QStringList &scenes, const QString &cli)
{
    const broadcast::CanvasSpec tall{wide.heightPx, wide.widthPx, wide.fps};
    const QString camera
        = writeCameraVideo(dir.filePath(QStringLiteral("camera.mp4")), writeCameraStandIn(dir.filePath(QStringLiteral("camera.png"))), cameraSize);
    if (camera.isEmpty()) {
        std::fprintf(stderr, "ffmpeg could not make the camera video\n");
        return 1;
    }
    std::printf("Two canvases: %s and %s, each streamed (x264 veryfast CBR 2500 kbps) to nginx-rtmp on loopback, %s s per run: one studio "
                "with both canvases vs two studios with one each (the second laid out from the first). Machine: %s, %d cores. Medians:\n",
                qPrintable(wide.sizeText()), qPrintable(tall.sizeText()), qPrintable(seconds), qPrintable(QSysInfo::prettyProductName()),
                QThread::idealThreadCount());
    for (const QString &sceneName : scenes) {
        const bool withCamera = sceneName != QStringLiteral("demo");
        broadcast::SceneCollection both = broadcast::SceneCollection::demo(wide, QStringLiteral(SHOPCAST_RESOURCE_DIR));
        if (withCamera) { // behind the cards, filling the canvas
            const QString main = both.currentScene();
            both.addItem(main,
                         {QStringLiteral("Camera"),
                          QStringLiteral("ffmpeg_source"),
                          {{QStringLiteral("is_local_file"), true},
                           {QStringLiteral("local_file"), camera},
                           {QStringLiteral("looping"), true},
                           {QStringLiteral("hw_decode"), false}},
                          {}},
                         {QStringLiteral("Camera"), true, 0, 0, double(wide.widthPx), double(wide.heightPx)});
            both.moveItem(main, both.findScene(main)->items.size() - 1, 1);
            if (sceneName == QStringLiteral("beauty"))
                both.addFilter(QStringLiteral("Camera"), {QStringLiteral("美颜"), QStringLiteral("shopcast_beauty_filter"), true, {}});
        }
        const QString portraitScene = QStringLiteral("Portrait");
        both.addSceneForCanvas(both.currentScene(), portraitScene, wide, tall);
        both.setSecondCanvasScene(portraitScene);
        broadcast::SceneCollection portraitOnly = both;
        portraitOnly.setSecondCanvasScene({});
        portraitOnly.setCurrentScene(portraitScene);
        const auto write = [&dir, &sceneName](const QString &name, const broadcast::SceneCollection &c) {
            QFile out(dir.filePath(sceneName + QLatin1Char('-') + name));
            out.open(QIODevice::WriteOnly);
            out.write(c.toJson());
            return out.fileName();
        };
        const QString bothFile = write(QStringLiteral("both.json"), both);
        const QString portraitFile = write(QStringLiteral("portrait.json"), portraitOnly);
        const QStringList names{QStringLiteral("landscape"), QStringLiteral("portrait"), QStringLiteral("both")};
        std::vector<std::vector<Sample>> samples(3);
        for (int i = 0; i < runs; ++i)
            for (int c = 0; c < 3; ++c) {
                std::fprintf(stderr, "run %d/%d: %s, %s …\n", i + 1, runs, qPrintable(names.at(c)), qPrintable(sceneName));
                const QString a = server + QStringLiteral("/canvasA%1x%2x%3").arg(c).arg(i).arg(sceneName);
                const QString b = server + QStringLiteral("/canvasB%1x%2x%3").arg(c).arg(i).arg(sceneName);
                QStringList args{QStringLiteral("stream"), QStringLiteral("--duration"), seconds};
                if (c == 0)
                    args += {QStringLiteral("--dest"), a, QStringLiteral("--canvas"), wide.sizeText(), QStringLiteral("--scene-collection"), bothFile};
                else if (c == 1)
                    args += {QStringLiteral("--dest"), b, QStringLiteral("--canvas"), tall.sizeText(), QStringLiteral("--scene-collection"), portraitFile};
                else
                    args += {QStringLiteral("--dest"),
                             a,
                             QStringLiteral("--canvas"),
                             wide.sizeText(),
                             QStringLiteral("--second-canvas"),
                             tall.sizeText(),
                             QStringLiteral("--second-dest"),
                             b,
                             QStringLiteral("--scene-collection"),
                             bothFile};
                if (auto s = measure(cli, args, dir.filePath(QStringLiteral("time"))))
                    samples[size_t(c)].push_back(*s);
            }
        if (sceneName == QStringLiteral("demo"))
            std::printf("\nThe demo scene:\n\n");
        else
            std::printf("\nThe demo scene with a %s@30 H.264 camera stand-in behind the cards%s:\n\n", qPrintable(cameraSize),
                        sceneName == QStringLiteral("beauty") ? ", 美颜 on it" : "");
        std::printf("| run        | runs  | CPU s    | peak MiB  | wall s   | 1st frame ms | dropped | lagged | frames  |\n");
        std::printf("|------------|-------|----------|-----------|----------|--------------|---------|--------|---------|\n");
        for (int c = 0; c < 3; ++c) {
            if (samples[size_t(c)].empty())
                return 1;
            report(qPrintable(names.at(c)), samples[size_t(c)]);
        }
        const double two = medianOf(samples[0], &Sample::cpuSec) + medianOf(samples[1], &Sample::cpuSec);
        std::printf("\nOne studio with both canvases / two studios with one each (CPU): %.3f\n", two > 0 ? medianOf(samples[2], &Sample::cpuSec) / two : 0.0);
    }
    return 0;
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
    const QCommandLineOption filtersOption(QStringLiteral("filters"), QStringLiteral("Measure each filter's cost instead of studio vs bare libobs."));
    const QCommandLineOption canvasesOption(QStringLiteral("canvases"), QStringLiteral("Measure two canvases from one studio against two studios."));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("With --filters: only these (comma-separated, 'none' first)."),
                                        QStringLiteral("NAMES"));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("With --filters or --canvases: the shopcast-cli to measure (another build)."),
                                       QStringLiteral("PATH"), QStringLiteral(SHOPCAST_CLI));
    const QCommandLineOption canvasOption(QStringLiteral("canvas"),
                                          QStringLiteral("With --filters or --canvases: the program's size (default 1280x720; the second canvas is "
                                                         "its portrait)."),
                                          QStringLiteral("WxH"));
    const QCommandLineOption videoOption(QStringLiteral("video"),
                                         QStringLiteral("With --filters: the camera stand-in is a video (asynchronous), not a picture."));
    const QCommandLineOption cameraOption(QStringLiteral("camera"), QStringLiteral("With --canvases: the camera stand-in's size."), QStringLiteral("WxH"),
                                          QStringLiteral("1920x1080"));
    const QCommandLineOption scenesOption(QStringLiteral("scenes"), QStringLiteral("With --canvases: of demo, camera, beauty (comma-separated)."),
                                          QStringLiteral("NAMES"), QStringLiteral("demo,camera,beauty"));
    parser.addOptions({secondsOption, runsOption, filtersOption, canvasesOption, onlyOption, cliOption, canvasOption, videoOption, cameraOption, scenesOption});
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
    if (parser.isSet(filtersOption))
        return filterCosts(server, seconds, runs, dir, parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts), parser.value(cliOption),
                           parser.value(canvasOption), parser.isSet(videoOption));
    if (parser.isSet(canvasesOption)) {
        const std::optional<broadcast::CanvasSpec> wide
            = broadcast::CanvasSpec::parseSize(parser.isSet(canvasOption) ? parser.value(canvasOption) : QStringLiteral("1280x720"));
        const QStringList scenes = parser.value(scenesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QRegularExpression sizePattern(QStringLiteral("^[1-9][0-9]{1,3}x[1-9][0-9]{1,3}$"));
        if (!wide || !sizePattern.match(parser.value(cameraOption)).hasMatch() || scenes.isEmpty()
            || std::any_of(scenes.begin(), scenes.end(),
                           [](const QString &n) { return n != QLatin1String("demo") && n != QLatin1String("camera") && n != QLatin1String("beauty"); })) {
            std::fprintf(stderr, "--canvases: --canvas and --camera are WxH, --scenes of demo, camera, beauty\n");
            return 1;
        }
        return canvasCosts(server, seconds, runs, dir, *wide, parser.value(cameraOption), scenes, parser.value(cliOption));
    }

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
    std::printf("\nstudio/bare CPU ratio (medians): %.3f\n", medianOf(studio, &Sample::cpuSec) / medianOf(bare, &Sample::cpuSec));
    return 0;
}
