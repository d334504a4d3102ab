// Filters on real libobs, checked on the pixels of composed frames: the
// green screen (chroma key from obs-filters) over a known background, through
// shopcast-cli render and edited live on the studio's scene editor.
#include "CatchQt.hpp"
#include "IdentityCube.hpp"
#include "ProgramFrame.hpp"

#include "broadcast/FilterCatalog.hpp"
#include "broadcast/ObsEngine.hpp"
#include "broadcast/ProgramView.hpp"
#include "broadcast/TransitionCatalog.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

QImage grab(broadcast::ObsEngine &engine)
{
    return test::programFrame(engine.program());
}

// libobs for a test: its own config folder in dir, the canvas given.
std::unique_ptr<broadcast::ObsEngine> startEngine(const QTemporaryDir &dir, const broadcast::CanvasSpec &canvas)
{
    QString error;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions(canvas, dir.filePath(QStringLiteral("obs"))), &error);
    INFO(error.toStdString());
    REQUIRE(engine);
    return engine;
}

// Two scenes, "Red" and "Blue", each a full-canvas colour on 320x180, with
// the product card at the top right (220,10 80x40) when withCard, switched
// through transitionJson (the collection file's "transition", or none).
broadcast::SceneCollection redAndBlue(bool withCard, const QByteArray &transitionJson = {})
{
    const QByteArray card = withCard ? R"(,{"source":"Card","x":220,"y":10,"boundsWidth":80,"boundsHeight":40})" : "";
    const QByteArray json = R"({"format":"shopcast-scenes","version":1,"currentScene":"Red",)"
                            + (transitionJson.isEmpty() ? QByteArray() : R"("transition":)" + transitionJson + ",") + R"(
        "sources":[{"name":"R","id":"color_source_v3","settings":{"color":4278190335,"width":320,"height":180}},
                   {"name":"B","id":"color_source_v3","settings":{"color":4294901760,"width":320,"height":180}},
                   {"name":"Card","id":"shopcast_overlay","settings":{"role":"product_card"}}],
        "scenes":[{"name":"Red","items":[{"source":"R"})"
                            + card + R"(]},
                  {"name":"Blue","items":[{"source":"B"})"
                            + card + R"(]}]})";
    QString error;
    auto c = broadcast::SceneCollection::fromJson(json, &error);
    INFO(error.toStdString());
    REQUIRE(c);
    return *c;
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
    auto engine = startEngine(dir, {640, 360, 30});
    REQUIRE(engine->scenes().loadCollection(greenScreen(dir.filePath(QStringLiteral("subject.png")), {}), &error));
    const auto frame = [&engine] { return grab(*engine); };
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

TEST_CASE("undo and redo on real libobs: the program's frame and the collection go back and forth, byte for byte", "[integration][filters][undo]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = startEngine(dir, {640, 360, 30});
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(greenScreen(dir.filePath(QStringLiteral("subject.png")), {}), &error));
    const auto frame = [&engine] { return grab(*engine); };
    const QByteArray start = scenes.collection().toJson();
    REQUIRE(scenes.addFilter(QStringLiteral("Subject"), {QStringLiteral("绿幕"), QStringLiteral("chroma_key_filter_v2"), true, {}}, &error));
    // Dragged left in three moves: one step.
    for (int x = 200; x >= 0; x -= 100)
        REQUIRE(scenes.apply(broadcast::edit::SetItemGeometry{QStringLiteral("Main"), 1, double(x), 80, 200, 200}, &error, x < 200));
    REQUIRE(scenes.removeItem(QStringLiteral("Main"), 0, &error)); // the blue background goes: black behind
    const QByteArray edited = scenes.collection().toJson();
    QImage f = frame();
    CHECK(near(f.pixelColor(100, 180), 208, 32, 32)); // the subject, moved
    CHECK(near(f.pixelColor(500, 180), 0, 0, 0));

    REQUIRE(scenes.undo(&error));
    CHECK(near(frame().pixelColor(500, 180), 0, 0, 255)); // the background is back
    REQUIRE(scenes.undo(&error));
    f = frame();
    CHECK(near(f.pixelColor(320, 180), 208, 32, 32)); // the subject in its place
    CHECK(near(f.pixelColor(100, 180), 0, 0, 255));
    CHECK_FALSE(near(f.pixelColor(240, 100), 0, 255, 0)); // still keyed
    REQUIRE(scenes.undo(&error));
    CHECK(near(frame().pixelColor(240, 100), 0, 255, 0)); // the filter is gone
    CHECK(scenes.collection().toJson() == start);
    CHECK_FALSE(scenes.canUndo());

    for (int i = 0; i < 3; ++i)
        REQUIRE(scenes.redo(&error));
    CHECK(scenes.collection().toJson() == edited);
    f = frame();
    CHECK(near(f.pixelColor(100, 180), 208, 32, 32));
    CHECK(near(f.pixelColor(500, 180), 0, 0, 0));
    CHECK_FALSE(near(f.pixelColor(120, 40), 0, 255, 0)); // the key came back with the redo
}

TEST_CASE("every filter kind the studio offers exists in this libobs, with a settings form from its own properties", "[integration][filters]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = startEngine(dir, {640, 360, 30});
    for (const broadcast::FilterCatalog::Kind &kind : broadcast::FilterCatalog::kinds()) {
        INFO(kind.id.toStdString());
        CHECK(engine->scenes().offersKind(kind.id));
        const broadcast::PropertySheet sheet = engine->scenes().propertiesOf(kind.id, {});
        // Invert polarity has nothing to set: the only kind with no form.
        if (kind.id != QStringLiteral("invert_polarity_filter"))
            CHECK_FALSE(sheet.properties.isEmpty());
        for (const broadcast::PropertySpec &p : sheet.properties) {
            CHECK_FALSE(p.name.isEmpty());
            CHECK_FALSE(p.label.isEmpty());
        }
    }
    CHECK(engine->scenes().propertiesOf(QStringLiteral("no_such_filter"), {}).properties.isEmpty());
    CHECK_FALSE(engine->scenes().offersKind(QStringLiteral("no_such_filter")));

    // The chroma key's own callback shows the key colour only for a custom one.
    const auto keyColourShown = [&](const QJsonObject &settings) {
        for (const broadcast::PropertySpec &p : engine->scenes().propertiesOf(QStringLiteral("chroma_key_filter_v2"), settings).properties)
            if (p.name == QStringLiteral("key_color"))
                return p.visible;
        FAIL("no key_color property");
        return false;
    };
    CHECK_FALSE(keyColourShown({}));
    CHECK(keyColourShown({{QStringLiteral("key_color_type"), QStringLiteral("custom")}}));
    const broadcast::PropertySheet key = engine->scenes().propertiesOf(QStringLiteral("chroma_key_filter_v2"), {});
    const auto similarity = std::find_if(key.properties.cbegin(), key.properties.cend(), [](const auto &p) { return p.name == QStringLiteral("similarity"); });
    REQUIRE(similarity != key.properties.cend());
    CHECK(similarity->type == broadcast::PropertySpec::Type::Int);
    CHECK(similarity->slider);
    CHECK(similarity->minimum == 1);
    CHECK(similarity->maximum == 1000);
    CHECK(key.defaults.value(QStringLiteral("similarity")).toInt() == 400);
}

TEST_CASE("an identity LUT leaves the picture as it was, and a crop makes the item smaller", "[integration][filters]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = startEngine(dir, {640, 360, 30});
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(greenScreen(dir.filePath(QStringLiteral("subject.png")), {}), &error));
    // A picture with every kind of colour in it: a gradient the LUT must keep.
    QImage gradient(200, 200, QImage::Format_RGB32);
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x)
            gradient.setPixelColor(x, y, QColor(x * 255 / 199, y * 255 / 199, (x + y) * 255 / 398));
    REQUIRE(gradient.save(dir.filePath(QStringLiteral("subject.png"))));
    REQUIRE(scenes.loadCollection(scenes.collection(), &error)); // the image source reads the new file
    const QImage before = grab(*engine);

    // A 33x33x33 .cube (red changing fastest, the common size of graded LUTs):
    // each colour maps to itself. (libobs interpolates between the points in
    // linear light: a 2-point LUT brightens mid-tones by up to 76 levels,
    // 17 points are within 4, 33 within 1.)
    const QString cube = dir.filePath(QStringLiteral("identity.cube"));
    REQUIRE(test::writeIdentityCube(cube));
    REQUIRE(scenes.addFilter(QStringLiteral("Subject"), {QStringLiteral("LUT"), QStringLiteral("clut_filter"), true, {{QStringLiteral("image_path"), cube}}},
                             &error));
    const QImage after = grab(*engine);
    int worst = 0;
    int samples = 0;
    int offByMoreThanOne = 0;
    for (int y = 85; y < 275; y += 7)
        for (int x = 225; x < 415; x += 7) {
            const QColor a = before.pixelColor(x, y);
            const QColor b = after.pixelColor(x, y);
            const int off = std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
            worst = std::max(worst, off);
            offByMoreThanOne += off > 1 ? 1 : 0;
            ++samples;
        }
    // libobs looks the LUT up with interpolation between its 33 points, in
    // 16-bit float: a few colours between points come out 2-3 levels off
    // (4 of 729 samples here). Every colour within 3, 99 % within 1.
    CHECK(worst <= 3);
    CHECK(offByMoreThanOne * 100 <= samples);
    REQUIRE(scenes.removeFilter(QStringLiteral("Subject"), 0, &error));

    // Cropped by half its width, the 200x200 picture is 100x200 and, kept in
    // its 200x200 box, centred in it: blue background where its left was.
    CHECK_FALSE(near(grab(*engine).pixelColor(240, 180), 0, 0, 255));
    REQUIRE(scenes.addFilter(QStringLiteral("Subject"),
                             {QStringLiteral("裁剪"), QStringLiteral("crop_filter"), true, {{QStringLiteral("relative"), true}, {QStringLiteral("left"), 100}}},
                             &error));
    const QImage cropped = grab(*engine);
    CHECK(near(cropped.pixelColor(240, 180), 0, 0, 255));
    CHECK(near(cropped.pixelColor(400, 180), 0, 0, 255));
    CHECK_FALSE(near(cropped.pixelColor(300, 180), 0, 0, 255));
    CHECK_FALSE(near(cropped.pixelColor(340, 180), 0, 0, 255));
}

TEST_CASE("a scene switch goes through the collection's transition: a fade shows both scenes between, a cut none", "[integration][transitions]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = startEngine(dir, {320, 180, 30});
    const broadcast::SceneCollection c = redAndBlue(false, R"({"id":"fade_transition","durationMs":3000})");
    CHECK(c.transition().durationMs == 3000);
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(c, &error));
    const auto colourNow = [&engine](int skipFrames) { return test::programFrame(engine->program(), skipFrames).pixelColor(160, 90); };
    CHECK(near(colourNow(3), 255, 0, 0));

    // A 3 s fade, looked at 10 frames (a third of a second) in: red with some blue, both.
    REQUIRE(scenes.setCurrentScene(QStringLiteral("Blue"), &error));
    const QColor between = colourNow(10);
    INFO("mid-fade " << between.name().toStdString());
    CHECK(between.blue() > 3);
    CHECK(between.red() > 20);
    CHECK(between.red() < 252);

    // A cut: the other scene at once, nothing between.
    REQUIRE(scenes.setTransition({QStringLiteral("cut_transition"), 0, {}}, &error));
    REQUIRE(scenes.setCurrentScene(QStringLiteral("Red"), &error));
    CHECK(near(colourNow(2), 255, 0, 0));
    // A short fade ends on the new scene.
    REQUIRE(scenes.setTransition({QStringLiteral("fade_transition"), 300, {}}, &error));
    REQUIRE(scenes.setCurrentScene(QStringLiteral("Blue"), &error));
    CHECK_EVENTUALLY(near(colourNow(1), 0, 0, 255), 30'000);
    // The transition is an edit like any other: undone, the cut is back.
    CHECK(scenes.undoLabel() == QStringLiteral("Change the transition"));
    REQUIRE(scenes.undo(&error));
    CHECK(scenes.collection().transition().kind == QStringLiteral("cut_transition"));

    // Every transition the Scenes dock offers exists in this libobs.
    for (const broadcast::TransitionCatalog::Kind &kind : broadcast::TransitionCatalog::kinds()) {
        INFO(kind.id.toStdString());
        const QJsonObject settings = kind.id == QLatin1String(broadcast::TransitionSpec::kStinger)
                                         ? QJsonObject{{QStringLiteral("path"), QStringLiteral(SHOPCAST_RESOURCE_DIR "/demo/product-loop.mp4")}}
                                         : QJsonObject{};
        CHECK(scenes.setTransition({kind.id, 300, settings}, &error));
    }
    REQUIRE(scenes.setTransition({QStringLiteral("cut_transition"), 0, {}}, &error));
    // Not a transition, or too long: refused, with the reason.
    CHECK_FALSE(scenes.setTransition({QStringLiteral("color_source_v3"), 300, {}}, &error));
    CHECK(error.contains(QStringLiteral("color_source_v3")));
    CHECK_FALSE(scenes.setTransition({QStringLiteral("fade_transition"), 60'000, {}}, &error));
    CHECK(scenes.collection().transition().kind == QStringLiteral("cut_transition"));
}

TEST_CASE("the show's overlays stay on the program through a transition: a recorded 300 ms fade has frames between the scenes and the card in every "
          "one, a slide moves the scene under the card",
          "[integration][transitions][overlay]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = startEngine(dir, {320, 180, 30});
    // Two scenes, red and blue, each with the product card at the same place (top right).
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(redAndBlue(true, R"({"id":"fade_transition","durationMs":300})"), &error));
    QImage card(80, 40, QImage::Format_ARGB32);
    card.fill(QColor(0, 255, 0));
    REQUIRE(engine->program().setOverlayImage(QStringLiteral("product_card"), card) == 1);
    const auto cardShown = [](const QColor &px) { return px.green() > 180 && px.red() < 90 && px.blue() < 90; };
    CHECK(cardShown(test::programFrame(engine->program()).pixelColor(260, 30)));

    // Recorded: a second of red, the fade, a second of blue.
    const QString mkv = dir.filePath(QStringLiteral("fade.mkv"));
    REQUIRE(engine->outputs().startRecording(mkv, {}, &error));
    QTest::qWait(1200);
    REQUIRE(scenes.setCurrentScene(QStringLiteral("Blue"), &error));
    QTest::qWait(1200);
    engine->outputs().stopRecording();
    REQUIRE_EVENTUALLY(!engine->outputs().isRecording(), 30'000);
    QProcess ffmpeg;
    const QString raw = dir.filePath(QStringLiteral("fade.rgb"));
    ffmpeg.start(QStringLiteral("ffmpeg"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), mkv, QStringLiteral("-f"),
                                            QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"), QStringLiteral("rgb24"), QStringLiteral("-y"), raw});
    REQUIRE(ffmpeg.waitForFinished(60'000));
    INFO(QString::fromUtf8(ffmpeg.readAllStandardError()).toStdString());
    REQUIRE(ffmpeg.exitCode() == 0);
    QFile file(raw);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const qsizetype frameBytes = 320 * 180 * 3;
    const qsizetype frames = bytes.size() / frameBytes;
    REQUIRE(frames > 45);
    const auto at = [&](qsizetype frame, int x, int y) {
        const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + frame * frameBytes + (y * 320 + x) * 3);
        return QColor(p[0], p[1], p[2]);
    };
    int between = 0, withoutCard = 0;
    for (qsizetype f = 0; f < frames; ++f) {
        const QColor background = at(f, 60, 120);
        if (background.red() > 30 && background.red() < 225 && background.blue() > 30 && background.blue() < 225)
            ++between;
        if (!cardShown(at(f, 260, 30)))
            ++withoutCard;
    }
    INFO(frames << " frames");
    CHECK(near(at(0, 60, 120), 255, 0, 0));
    CHECK(near(at(frames - 1, 60, 120), 0, 0, 255));
    CHECK(between >= 3);     // 300 ms at 30 fps: about nine frames part red, part blue
    CHECK(withoutCard == 0); // and the card whole in each

    // A slow slide: half-way, the scene is part red, part blue, and the card has not moved.
    REQUIRE(scenes.setTransition({QStringLiteral("slide_transition"), 3000, {}}, &error));
    REQUIRE(scenes.setCurrentScene(QStringLiteral("Red"), &error));
    const QImage sliding = test::programFrame(engine->program(), 20);
    int red = 0, blue = 0;
    for (int x = 4; x < 320; x += 8) {
        const QColor px = sliding.pixelColor(x, 120);
        red += near(px, 255, 0, 0) ? 1 : 0;
        blue += near(px, 0, 0, 255) ? 1 : 0;
    }
    CHECK(red > 0);
    CHECK(blue > 0);
    CHECK(cardShown(sliding.pixelColor(260, 30)));
    CHECK(cardShown(sliding.pixelColor(228, 14)));
}

TEST_CASE("a stinger plays its video over the switch and ends on the new scene, and one without a video is refused", "[integration][transitions]")
{
    QTemporaryDir dir;
    QString error;
    // The stinger: 1.5 s of green.
    const QString video = dir.filePath(QStringLiteral("stinger.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("color=c=0x00ff00:s=320x180:r=30:d=1.5"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-y"), video});
    REQUIRE(ffmpeg.waitForFinished(60'000));
    REQUIRE(ffmpeg.exitCode() == 0);
    auto engine = startEngine(dir, {320, 180, 30});
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(redAndBlue(false), &error));

    CHECK_FALSE(scenes.setTransition({QLatin1String(broadcast::TransitionSpec::kStinger), 750, {}}, &error));
    CHECK(error.contains(QStringLiteral("video")));
    error.clear();
    const bool set
        = scenes.setTransition({QLatin1String(broadcast::TransitionSpec::kStinger), 750,
                                QJsonObject{{QStringLiteral("path"), video}, {QStringLiteral("transition_point"), 750}, {QStringLiteral("hw_decode"), false}}},
                               &error);
    INFO(error.toStdString());
    REQUIRE(set);
    // libobs opens the video in the background; until it knows its length a switch cuts.
    QTest::qWait(1500);
    REQUIRE(scenes.setCurrentScene(QStringLiteral("Blue"), &error));
    bool sawStinger = false;
    QStringList seen;
    for (int i = 0; i < 30 && !sawStinger; ++i) {
        const QColor now = test::programFrame(engine->program(), 1).pixelColor(160, 90);
        seen.append(now.name());
        sawStinger = now.green() > 150 && now.red() < 60 && now.blue() < 60; // the video's green (video range: about 214)
    }
    INFO(seen.join(QLatin1Char(' ')).toStdString());
    CHECK(sawStinger);
    CHECK_EVENTUALLY(near(test::programFrame(engine->program(), 1).pixelColor(160, 90), 0, 0, 255), 30'000);
}

TEST_CASE("a filter on a scene acts on everything in it, not on the cards above, and goes with the collection file", "[integration][filters]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = startEngine(dir, {320, 180, 30});
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(redAndBlue(true), &error));
    QImage card(80, 40, QImage::Format_ARGB32);
    card.fill(QColor(0, 255, 0));
    engine->program().setOverlayImage(QStringLiteral("product_card"), card);
    CHECK(near(grab(*engine).pixelColor(60, 120), 255, 0, 0));

    // Colour correction on the scene: its colours swapped to grey (saturation -1).
    const FilterSpec grade{QStringLiteral("调色"), QStringLiteral("color_filter_v2"), true, QJsonObject{{QStringLiteral("saturation"), -1.0}}};
    REQUIRE(scenes.addFilter(QStringLiteral("Red"), grade, &error));
    QImage f = grab(*engine);
    const QColor graded = f.pixelColor(60, 120);
    INFO("graded " << graded.name().toStdString());
    CHECK(std::abs(graded.red() - graded.green()) < 24);
    CHECK(std::abs(graded.red() - graded.blue()) < 24);
    CHECK(near(f.pixelColor(260, 30), 0, 255, 0)); // the card is above the scene: still green

    // In the file, and back.
    const QByteArray saved = scenes.collection().toJson();
    CHECK(saved.contains("color_filter_v2"));
    auto back = broadcast::SceneCollection::fromJson(saved, &error);
    REQUIRE(back);
    REQUIRE(back->findScene(QStringLiteral("Red"))->filters.size() == 1);
    REQUIRE(scenes.undo(&error));
    CHECK(near(grab(*engine).pixelColor(60, 120), 255, 0, 0));
    REQUIRE(scenes.loadCollection(*back, &error));
    const QColor reloaded = grab(*engine).pixelColor(60, 120);
    CHECK(std::abs(reloaded.red() - reloaded.green()) < 24);
}
