// Filters on real libobs, checked on the pixels of composed frames: the
// green screen (chroma key from obs-filters) over a known background, through
// shopcast-cli render and edited live on the studio's scene editor.
#include "CatchQt.hpp"

#include "broadcast/ObsEngine.hpp"
#include "broadcast/ProgramView.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

using namespace shopcast;
using broadcast::FilterSpec;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCAST_CLI), args);
    p.waitForFinished(120'000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

// A blue canvas and, in its middle, a 200x200 picture: green with a red
// square (the "subject") inside.
broadcast::SceneCollection greenScreen(const QString &picture, const QList<FilterSpec> &filters)
{
    QImage subject(200, 200, QImage::Format_RGB32);
    subject.fill(QColor(0, 255, 0));
    QPainter(&subject).fillRect(60, 60, 80, 80, QColor(208, 32, 32));
    REQUIRE(subject.save(picture));
    const QByteArray json = QStringLiteral(R"({"format":"shopcast-scenes","version":1,"currentScene":"Main",
        "sources":[{"name":"Background","id":"color_source_v3","settings":{"color":4294901760,"width":640,"height":360}},
                   {"name":"Subject","id":"image_source","settings":{"file":"%1"}}],
        "scenes":[{"name":"Main","items":[{"source":"Background","x":0,"y":0,"boundsWidth":640,"boundsHeight":360},
                                          {"source":"Subject","x":220,"y":80,"boundsWidth":200,"boundsHeight":200}]}]})")
                                .arg(picture)
                                .toUtf8();
    QString error;
    auto c = broadcast::SceneCollection::fromJson(json, &error);
    INFO(error.toStdString());
    REQUIRE(c);
    for (const FilterSpec &f : filters)
        REQUIRE(c->addFilter(QStringLiteral("Subject"), f, &error));
    return *c;
}

QImage render(QTemporaryDir &dir, const broadcast::SceneCollection &c, const QString &name)
{
    const QString file = dir.filePath(name + QStringLiteral(".json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(c.toJson());
    out.close();
    const QString png = dir.filePath(name + QStringLiteral(".png"));
    const Run run = cli({QStringLiteral("render"), QStringLiteral("--scene-collection"), file, QStringLiteral("--canvas"), QStringLiteral("640x360"),
                         QStringLiteral("--out"), png});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QImage(png);
}

bool near(const QColor &c, int r, int g, int b)
{
    return std::abs(c.red() - r) <= 24 && std::abs(c.green() - g) <= 24 && std::abs(c.blue() - b) <= 24;
}

} // namespace

TEST_CASE("render: a chroma key filter takes the green out of a source and keeps the subject", "[integration][cli][filters]")
{
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("subject.png"));
    const FilterSpec key{QStringLiteral("绿幕"), QStringLiteral("chroma_key_filter_v2"), true, {}};

    const QImage keyed = render(dir, greenScreen(picture, {key}), QStringLiteral("keyed"));
    REQUIRE(keyed.size() == QSize(640, 360));
    // Where the picture was green, the blue background shows; the subject stays red.
    CHECK(near(keyed.pixelColor(240, 100), 0, 0, 255));
    CHECK(near(keyed.pixelColor(400, 260), 0, 0, 255));
    CHECK(near(keyed.pixelColor(320, 180), 208, 32, 32));
    CHECK(near(keyed.pixelColor(20, 20), 0, 0, 255));

    // The same filter switched off: the green is there (the filter did it).
    FilterSpec off = key;
    off.enabled = false;
    const QImage plain = render(dir, greenScreen(picture, {off}), QStringLiteral("plain"));
    CHECK(near(plain.pixelColor(240, 100), 0, 255, 0));
    CHECK(near(plain.pixelColor(320, 180), 208, 32, 32));
}

TEST_CASE("render: an unknown filter kind is named and kept, and bad input gets a clear error and status", "[integration][cli][filters]")
{
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("subject.png"));
    const FilterSpec foreign{QStringLiteral("Blur"), QStringLiteral("some_plugin_blur_filter"), true, {}};
    const broadcast::SceneCollection c = greenScreen(picture, {foreign});
    const QString file = dir.filePath(QStringLiteral("foreign.json"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(c.toJson());
    }
    const QString png = dir.filePath(QStringLiteral("foreign.png"));
    Run run = cli({QStringLiteral("render"), QStringLiteral("--scene-collection"), file, QStringLiteral("--canvas"), QStringLiteral("640x360"),
                   QStringLiteral("--out"), png});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("some_plugin_blur_filter")));
    CHECK(near(QImage(png).pixelColor(240, 100), 0, 255, 0)); // rendered without it

    run = cli({QStringLiteral("render"), QStringLiteral("--scene-collection"), file, QStringLiteral("--scene"), QStringLiteral("Nope"), QStringLiteral("--out"),
               png});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Nope")));
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"version\": 1, \"scenes\": [");
    broken.close();
    run = cli({QStringLiteral("render"), QStringLiteral("--scene-collection"), broken.fileName(), QStringLiteral("--out"), png});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("not valid JSON")));
    run = cli({QStringLiteral("render"), QStringLiteral("--out"), png});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--scene-collection")));
}

TEST_CASE("filters edited live: added, switched off, re-tuned and removed, the program's frame follows each edit", "[integration][filters]")
{
    QTemporaryDir dir;
    QString error;
    const broadcast::CanvasSpec canvas{640, 360, 30};
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions(canvas, dir.filePath(QStringLiteral("obs"))), &error);
    INFO(error.toStdString());
    REQUIRE(engine);
    REQUIRE(engine->scenes().loadCollection(greenScreen(dir.filePath(QStringLiteral("subject.png")), {}), &error));
    // The frame after a few more, so the edit has reached the graphics thread.
    const auto frame = [&engine] {
        QImage grabbed;
        QObject receiver;
        bool answered = false;
        engine->program().grabFrame(3, &receiver, [&](const QImage &f) {
            grabbed = f;
            answered = true;
        });
        REQUIRE_EVENTUALLY(answered, 30'000);
        return grabbed;
    };
    const auto greenAt = [](const QImage &f) { return near(f.pixelColor(240, 100), 0, 255, 0); };
    CHECK(greenAt(frame()));

    const FilterSpec key{QStringLiteral("绿幕"), QStringLiteral("chroma_key_filter_v2"), true, {}};
    REQUIRE(engine->scenes().addFilter(QStringLiteral("Subject"), key, &error));
    QImage f = frame();
    CHECK_FALSE(greenAt(f));
    CHECK(near(f.pixelColor(240, 100), 0, 0, 255));
    CHECK(near(f.pixelColor(320, 180), 208, 32, 32));

    REQUIRE(engine->scenes().setFilterEnabled(QStringLiteral("Subject"), 0, false, &error));
    CHECK(greenAt(frame()));
    REQUIRE(engine->scenes().setFilterEnabled(QStringLiteral("Subject"), 0, true, &error));
    CHECK_FALSE(greenAt(frame()));
    // Keyed on the subject's red instead (libobs colours are 0xAABBGGRR):
    // the green is back and the subject is gone.
    REQUIRE(engine->scenes().setFilterSettings(
        QStringLiteral("Subject"), 0,
        QJsonObject{{QStringLiteral("key_color_type"), QStringLiteral("custom")}, {QStringLiteral("key_color"), qint64(0xFF2020D0)}}, &error));
    f = frame();
    CHECK(greenAt(f));
    CHECK(near(f.pixelColor(320, 180), 0, 0, 255));
    REQUIRE(engine->scenes().setFilterSettings(QStringLiteral("Subject"), 0, QJsonObject{}, &error));
    CHECK_FALSE(greenAt(frame()));

    REQUIRE(engine->scenes().removeFilter(QStringLiteral("Subject"), 0, &error));
    CHECK(greenAt(frame()));
    CHECK(engine->scenes().collection().findSource(QStringLiteral("Subject"))->filters.isEmpty());
    CHECK_FALSE(engine->scenes().removeFilter(QStringLiteral("Subject"), 0, &error)); // refused, with the reason
    CHECK_FALSE(error.isEmpty());
}
