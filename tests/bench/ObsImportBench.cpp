// Importing a huge OBS scene collection: 5,000 sources in 50 scenes, made
// from the sources OBS 29 itself wrote (tests/fixtures/obs) copied under new
// names, so every entry carries all the fields OBS writes. The import (read,
// parse, convert, validate into the studio's collection) against a baseline
// in the same run: QJsonDocument parsing the same bytes and nothing else.
// Goal: under 2 s.
#include "BenchStats.hpp"

#include "broadcast/SceneCollectionImport.hpp"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <chrono>
#include <cstdio>

using namespace shopcast;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kScenes = 50;
constexpr int kSourcesPerScene = 100;

QByteArray hugeCollection()
{
    QFile f(QStringLiteral(SHOPCAST_FIXTURES "/obs/直播间-obs29.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture");
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    // Templates: the inputs and one item of the main scene, as OBS wrote them.
    QList<QJsonObject> inputs;
    QJsonObject itemTemplate;
    for (const QJsonValue v : root.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() == QLatin1String("scene"))
            itemTemplate = o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("items")).toArray().at(2).toObject();
        else
            inputs.append(o);
    }
    QJsonArray sources;
    QJsonArray order;
    for (int s = 0; s < kScenes; ++s) {
        QJsonArray items;
        for (int i = 0; i < kSourcesPerScene; ++i) {
            QJsonObject input = inputs.at((s * kSourcesPerScene + i) % int(inputs.size()));
            const QString name = QStringLiteral("源 %1-%2").arg(s).arg(i);
            input.insert(QStringLiteral("name"), name);
            sources.append(input);
            QJsonObject item = itemTemplate;
            item.insert(QStringLiteral("name"), name);
            item.insert(QStringLiteral("id"), i + 1);
            item.insert(QStringLiteral("pos"), QJsonObject{{QStringLiteral("x"), (i % 10) * 190.0}, {QStringLiteral("y"), (i / 10) * 100.0}});
            items.append(item);
        }
        const QString sceneName = QStringLiteral("场景 %1").arg(s);
        sources.append(QJsonObject{{QStringLiteral("name"), sceneName},
                                   {QStringLiteral("id"), QStringLiteral("scene")},
                                   {QStringLiteral("settings"), QJsonObject{{QStringLiteral("items"), items}}}});
        order.append(QJsonObject{{QStringLiteral("name"), sceneName}});
    }
    root.insert(QStringLiteral("sources"), sources);
    root.insert(QStringLiteral("scene_order"), order);
    root.insert(QStringLiteral("groups"), QJsonArray{});
    root.insert(QStringLiteral("current_scene"), QStringLiteral("场景 0"));
    root.insert(QStringLiteral("current_program_scene"), QStringLiteral("场景 0"));
    return QJsonDocument(root).toJson();
}

double seconds(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray json = hugeCollection();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        qFatal("cannot write");
    out.close();
    std::vector<double> imports;
    std::vector<double> parses;
    int sources = 0;
    int leftOut = 0;
    for (int run = 0; run < 7; ++run) {
        auto start = Clock::now();
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        parses.push_back(seconds(start));
        if (doc.isNull())
            qFatal("not JSON");
        start = Clock::now();
        QString error;
        const auto result = broadcast::SceneCollectionImport::fromFile(path, broadcast::SceneCollectionImport::studioInputKinds(), &error);
        imports.push_back(seconds(start));
        if (!result)
            qFatal("import failed: %s", qPrintable(error));
        sources = result->report.sources;
        leftOut = int(result->report.leftOut.size());
    }
    const double importMedian = bench::median(imports);
    const double parseMedian = bench::median(parses);
    std::printf("OBS scene collection import: %d scenes, %d sources in the file (%.1f MB), %d imported, %d left out (browser sources)\n", kScenes,
                kScenes * kSourcesPerScene, double(json.size()) / (1024 * 1024), sources, leftOut);
    std::printf("  import (read, parse, convert, validate): median %.0f ms, max %.0f ms over %zu runs; goal < 2000 ms: %s\n", importMedian * 1000,
                *std::max_element(imports.begin(), imports.end()) * 1000, imports.size(), importMedian < 2.0 ? "met" : "NOT met");
    std::printf("  baseline QJsonDocument::fromJson of the same bytes: median %.0f ms; import / parse = %.1fx\n", parseMedian * 1000,
                importMedian / parseMedian);
    std::printf("  machine: %s, %d cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    return importMedian < 2.0 ? 0 : 1;
}
