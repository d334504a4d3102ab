#include "CatchQt.hpp"

#include "broadcast/SceneCollection.hpp"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace shopcast::broadcast;

namespace {
SourceSpec colour(const QString &name)
{
    return {name, QStringLiteral("color_source_v3"), QJsonObject{{QStringLiteral("color"), qint64(0xff0000ff)}}};
}
SceneItemSpec itemOf(const QString &name)
{
    SceneItemSpec item;
    item.sourceName = name;
    return item;
}
} // namespace

TEST_CASE("the demo collection is valid for every canvas preset", "[scenes]")
{
    for (const CanvasSpec &canvas : CanvasSpec::presets()) {
        INFO(canvas.sizeText().toStdString());
        const SceneCollection demo = SceneCollection::demo(canvas, QStringLiteral("/res"));
        CHECK(demo.currentScene() == QStringLiteral("Main"));
        REQUIRE(demo.findScene(QStringLiteral("Main")));
        for (const SceneSpec &scene : demo.scenes())
            for (const SceneItemSpec &item : scene.items) {
                REQUIRE(demo.findSource(item.sourceName));
                // Every item lies inside the canvas.
                CHECK(item.xPx >= 0);
                CHECK(item.yPx >= 0);
                CHECK(item.xPx + item.boundsWidthPx <= canvas.widthPx + 0.5);
                CHECK(item.yPx + item.boundsHeightPx <= canvas.heightPx + 0.5);
            }
        // The product picture follows the lineup: no fixed picture (with a
        // price of its own) beside the card.
        const SourceSpec *picture = demo.findSource(QStringLiteral("Product image"));
        CHECK(picture->kind == QStringLiteral("shopcast_overlay"));
        CHECK(picture->settings.value(QStringLiteral("role")).toString() == QStringLiteral("product_picture"));
        for (const SourceSpec &source : demo.sources())
            CHECK(source.kind != QStringLiteral("image_source"));
    }
}

TEST_CASE("a collection survives a JSON round trip unchanged", "[scenes]")
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{720, 1280, 30}, QStringLiteral("/r"));
    REQUIRE(c.setItemVisible(QStringLiteral("Main"), 1, false));
    REQUIRE(c.setCurrentScene(QStringLiteral("Starting soon")));
    QString error;
    const auto back = SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == c);
}

TEST_CASE("filters: kept per source in order, edited by name and index, round trip, an unknown kind kept as saved", "[scenes][filters]")
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{1280, 720, 30}, QStringLiteral("/r"));
    const QString video = QStringLiteral("Product video");
    QString error;
    const FilterSpec key{QStringLiteral("绿幕"), QStringLiteral("chroma_key_filter_v2"), true, QJsonObject{{QStringLiteral("similarity"), 420}}};
    const FilterSpec colour{QStringLiteral("Colour"), QStringLiteral("color_correction_filter_v2"), true, {}};
    // A plugin this machine lacks: kept exactly as saved.
    const FilterSpec foreign{QStringLiteral("Blur"), QStringLiteral("some_plugin_blur_filter"), false, QJsonObject{{QStringLiteral("radius"), 7}}};
    REQUIRE(c.addFilter(video, key, &error));
    REQUIRE(c.addFilter(video, colour, &error));
    REQUIRE(c.addFilter(video, foreign, &error));
    CHECK_FALSE(c.addFilter(video, key, &error)); // the same name twice on a source
    CHECK(error.contains(QStringLiteral("绿幕")));
    CHECK_FALSE(c.addFilter(QStringLiteral("nope"), colour, &error));
    CHECK_FALSE(c.addFilter(video, FilterSpec{QStringLiteral(" "), QStringLiteral("x"), true, {}}, &error));
    REQUIRE(c.moveFilter(video, 2, 0, &error));
    REQUIRE(c.setFilterEnabled(video, 1, false, &error));
    REQUIRE(c.setFilterSettings(video, 2, QJsonObject{{QStringLiteral("gamma"), 0.2}}, &error));
    CHECK_FALSE(c.removeFilter(video, 3, &error));
    CHECK_FALSE(c.setFilterEnabled(video, -1, true, &error));
    const QList<FilterSpec> &filters = c.findSource(video)->filters;
    REQUIRE(filters.size() == 3);
    CHECK(filters.at(0) == foreign);
    CHECK(filters.at(1).name == QStringLiteral("绿幕"));
    CHECK_FALSE(filters.at(1).enabled);
    CHECK(filters.at(2).settings.value(QStringLiteral("gamma")).toDouble() == 0.2);

    const auto back = SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == c);
    CHECK(back->toJson() == c.toJson()); // saved back byte for byte
    REQUIRE(c.removeFilter(video, 0, &error));
    CHECK(c.findSource(video)->filters.size() == 2);

    // A file with two filters of one name, or a filter without a kind, is refused with the reason.
    QByteArray json = c.toJson();
    json.replace("\"Colour\"", "\"绿幕\"");
    CHECK_FALSE(SceneCollection::fromJson(json, &error));
    CHECK(error.contains(QStringLiteral("two filters")));
    json = c.toJson();
    json.replace("\"color_correction_filter_v2\"", "\"\"");
    CHECK_FALSE(SceneCollection::fromJson(json, &error));
    CHECK(error.contains(QStringLiteral("lacks a name or an id")));
}

TEST_CASE("edits keep sources and scenes consistent", "[scenes]")
{
    SceneCollection c;
    QString error;
    REQUIRE(c.addScene(QStringLiteral("A"), &error));
    REQUIRE(c.addScene(QStringLiteral("B"), &error));
    CHECK_FALSE(c.addScene(QStringLiteral("A"), &error));
    CHECK(error.contains(QStringLiteral("already exists")));
    REQUIRE(c.addItem(QStringLiteral("A"), colour(QStringLiteral("Red")), itemOf(QStringLiteral("Red")), &error));
    REQUIRE(c.addItem(QStringLiteral("A"), colour(QStringLiteral("Blue")), itemOf(QStringLiteral("Blue")), &error));
    // The same source may appear in a second scene.
    REQUIRE(c.addItem(QStringLiteral("B"), colour(QStringLiteral("Red")), itemOf(QStringLiteral("Red")), &error));
    CHECK(c.sources().size() == 2);
    // A different kind under a taken name is refused.
    CHECK_FALSE(c.addItem(QStringLiteral("B"), {QStringLiteral("Red"), QStringLiteral("image_source"), {}}, itemOf(QStringLiteral("Red")), &error));

    REQUIRE(c.moveItem(QStringLiteral("A"), 0, 1, &error));
    CHECK(c.findScene(QStringLiteral("A"))->items.at(1).sourceName == QStringLiteral("Red"));
    CHECK_FALSE(c.moveItem(QStringLiteral("A"), 0, 5, &error));

    // Removing Red from A keeps the source: B still shows it.
    REQUIRE(c.removeItem(QStringLiteral("A"), 1, &error));
    CHECK(c.findSource(QStringLiteral("Red")));
    REQUIRE(c.removeScene(QStringLiteral("B"), &error));
    CHECK_FALSE(c.findSource(QStringLiteral("Red")));
    CHECK(c.findSource(QStringLiteral("Blue")));
    CHECK_FALSE(c.removeScene(QStringLiteral("A"), &error));
    CHECK(error.contains(QStringLiteral("last scene")));
    CHECK(c.uniqueSourceName(QStringLiteral("Blue")) == QStringLiteral("Blue 2"));
}

TEST_CASE("broken collection files are rejected with the reason", "[scenes]")
{
    struct Case
    {
        const char *json;
        const char *mentions;
    };
    const Case cases[] = {
        {"{ not json", "not valid JSON"},
        {"[1,2]", "JSON object"},
        {"{\"scenes\":[]}", "version"},
        {"{\"version\":99,\"scenes\":[]}", "newer"},
        {"{\"version\":1,\"scenes\":[]}", "no scene"},
        {"{\"version\":1,\"sources\":[{\"name\":\"x\"}],\"scenes\":[{\"name\":\"s\"}]}", "lacks a name or an id"},
        {"{\"version\":1,\"scenes\":[{\"name\":\"s\",\"items\":[{\"source\":\"ghost\"}]}]}", "unknown source 'ghost'"},
        {"{\"version\":1,\"scenes\":[{\"name\":\"s\"},{\"name\":\"s\"}]}", "two scenes"},
        {"{\"version\":1,\"sources\":[{\"name\":\"x\",\"id\":\"color_source_v3\"}],\"scenes\":[{\"name\":\"s\",\"items\":[{\"source\":\"x\",\"rotation\":720}]}]}",
         "rotation"},
        {"{\"version\":1,\"sources\":[{\"name\":\"x\",\"id\":\"color_source_v3\"}],\"scenes\":[{\"name\":\"s\",\"items\":[{\"source\":\"x\",\"crop\":{\"left\":-5}}]}]}",
         "crop"},
    };
    for (const Case &c : cases) {
        INFO(c.json);
        QString error;
        CHECK_FALSE(SceneCollection::fromJson(QByteArray(c.json), &error));
        CHECK(error.contains(QString::fromUtf8(c.mentions)));
    }
}

TEST_CASE("crop, rotation, flips and stretch go through the collection file, and a plain layout's file has none of them", "[scenes]")
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{}, QStringLiteral("/r"));
    const QByteArray plain = c.toJson();
    CHECK_FALSE(plain.contains("crop"));
    CHECK_FALSE(plain.contains("rotation"));
    SceneItemSpec transform = c.findScene(QStringLiteral("Main"))->items.at(1);
    transform.crop = {10, 20, 30, 40};
    transform.rotationDeg = 90;
    transform.flipH = true;
    transform.stretch = true;
    transform.boundsWidthPx = 320;
    transform.boundsHeightPx = 180;
    transform.visible = false;     // not part of a transform: kept
    transform.sourceName = "Nope"; // nor is the source
    QString error;
    REQUIRE(c.setItemTransform(QStringLiteral("Main"), 1, transform, &error));
    const SceneItemSpec &stored = c.findScene(QStringLiteral("Main"))->items.at(1);
    CHECK(stored.visible);
    CHECK(stored.sourceName != QStringLiteral("Nope"));
    CHECK(stored.crop == ItemCrop{10, 20, 30, 40});
    const auto back = SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == c);
    CHECK(back->toJson() == c.toJson());
}

TEST_CASE("item geometry is validated and stored", "[scenes]")
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{}, QStringLiteral("/r"));
    QString error;
    REQUIRE(c.setItemGeometry(QStringLiteral("Main"), 3, 10, 20, 300, 120, &error));
    const SceneItemSpec &card = c.findScene(QStringLiteral("Main"))->items.at(3);
    CHECK(card.sourceName == QStringLiteral("Product card"));
    CHECK(card.xPx == 10);
    CHECK(card.boundsHeightPx == 120);
    REQUIRE(c.setItemGeometry(QStringLiteral("Main"), 3, 0, 0, 0, 0, &error)); // natural size
    CHECK_FALSE(c.setItemGeometry(QStringLiteral("Main"), 3, 0, 0, 100, 0, &error));
    CHECK(error.contains(QStringLiteral("both width and height")));
    CHECK_FALSE(c.setItemGeometry(QStringLiteral("Main"), 3, 1e9, 0, 0, 0, &error));
    CHECK_FALSE(c.setItemGeometry(QStringLiteral("Main"), 3, std::nan(""), 0, 0, 0, &error));
    CHECK_FALSE(c.setItemGeometry(QStringLiteral("Main"), 99, 0, 0, 0, 0, &error));
}

TEST_CASE("the first-run scene puts the camera behind the cards and adds the microphone, without devices it is the demo", "[broadcast][scenes][firstrun]")
{
    const CanvasSpec portrait{720, 1280, 30};
    const SceneCollection withDevices
        = SceneCollection::starter(portrait, QStringLiteral("/res"), QStringLiteral("/dev/video0"), QStringLiteral("alsa_input.usb-mic"));
    QString error;
    const auto valid = SceneCollection::fromJson(withDevices.toJson(), &error); // the same validation a saved file gets
    REQUIRE(valid);
    const SceneSpec &main = valid->scenes().first();
    REQUIRE(main.items.size() >= 3);
    CHECK(main.items.at(1).sourceName == QStringLiteral("Camera"));
    CHECK(main.items.at(1).boundsWidthPx == 720);
    CHECK(main.items.at(1).boundsHeightPx == 1280);
    CHECK(main.items.last().sourceName == QStringLiteral("Microphone"));
    bool hasVideo = false;
    QString cameraDevice, micDevice;
    for (const SourceSpec &s : valid->sources()) {
        hasVideo |= s.name == QStringLiteral("Product video");
        if (s.kind == QStringLiteral("v4l2_input"))
            cameraDevice = s.settings.value(QStringLiteral("device_id")).toString();
        if (s.kind == QStringLiteral("pulse_input_capture"))
            micDevice = s.settings.value(QStringLiteral("device_id")).toString();
    }
    CHECK_FALSE(hasVideo);
    CHECK(cameraDevice == QStringLiteral("/dev/video0"));
    CHECK(micDevice == QStringLiteral("alsa_input.usb-mic"));
    CHECK(SceneCollection::starter(portrait, QStringLiteral("/res"), {}, {}) == SceneCollection::demo(portrait, QStringLiteral("/res")));
    CHECK(valid->findSource(QStringLiteral("Camera"))->filters.isEmpty());

    // 美颜 by one click in the wizard: the camera carries the filter, default preset.
    const auto beautiful
        = SceneCollection::fromJson(SceneCollection::starter(portrait, QStringLiteral("/res"), QStringLiteral("/dev/video0"), {}, true).toJson(), &error);
    REQUIRE(beautiful);
    const QList<FilterSpec> &filters = beautiful->findSource(QStringLiteral("Camera"))->filters;
    REQUIRE(filters.size() == 1);
    CHECK(filters.first().kind == QStringLiteral("shopcast_beauty_filter"));
    CHECK(filters.first().enabled);
    CHECK(filters.first().settings.isEmpty());
    // Without a camera there is nothing to put it on.
    CHECK(SceneCollection::starter(portrait, QStringLiteral("/res"), {}, {}, true) == SceneCollection::demo(portrait, QStringLiteral("/res")));

    // The microphone's filters (the wizard's 主播人声 chain) come with it, saved and loaded like any.
    const QList<FilterSpec> voice{{QStringLiteral("Gate"), QStringLiteral("noise_gate_filter"), true, QJsonObject{{QStringLiteral("open_threshold"), -36.0}}},
                                  {QStringLiteral("Limiter"), QStringLiteral("limiter_filter"), true, {}}};
    const auto voiced = SceneCollection::fromJson(
        SceneCollection::starter(portrait, QStringLiteral("/res"), {}, QStringLiteral("alsa_input.usb-mic"), false, voice).toJson(), &error);
    REQUIRE(voiced);
    CHECK(voiced->findSource(QStringLiteral("Microphone"))->filters == voice);
    CHECK(SceneCollection::starter(portrait, QStringLiteral("/res"), {}, {}, false, voice) == SceneCollection::demo(portrait, QStringLiteral("/res")));
}

TEST_CASE("the transition is kept in the collection file, an older file fades, a bad one is refused with the reason", "[scenes][transitions]")
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{1280, 720, 30}, QStringLiteral("/r"));
    CHECK(c.transition().kind == QStringLiteral("fade_transition"));
    CHECK(c.transition().durationMs == 300);
    REQUIRE(c.setTransition({QStringLiteral("swipe_transition"), 700, {{QStringLiteral("direction"), QStringLiteral("left")}}}));
    QString error;
    const auto back = SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(back->transition() == c.transition());

    CHECK_FALSE(c.setTransition({QStringLiteral("fade_transition"), -1, {}}, &error));
    CHECK_FALSE(c.setTransition({QStringLiteral("fade_transition"), TransitionSpec::kMaxDurationMs + 1, {}}, &error));
    CHECK(error.contains(QStringLiteral("20000")));
    CHECK_FALSE(c.setTransition({QString(), 300, {}}, &error));
    CHECK(c.transition().kind == QStringLiteral("swipe_transition"));

    QJsonObject root = QJsonDocument::fromJson(c.toJson()).object();
    root.remove(QStringLiteral("transition"));
    const auto older = SceneCollection::fromJson(QJsonDocument(root).toJson(), &error);
    REQUIRE(older);
    CHECK(older->transition() == TransitionSpec{});
    root.insert(QStringLiteral("transition"), QJsonObject{{QStringLiteral("id"), QStringLiteral("fade_transition")}, {QStringLiteral("durationMs"), 999999}});
    CHECK_FALSE(SceneCollection::fromJson(QJsonDocument(root).toJson(), &error));
    CHECK(error.contains(QStringLiteral("transition")));
}

TEST_CASE("a scene has filters of its own, edited by its name like a source's, kept in the file", "[scenes][filters]")
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{}, QStringLiteral("/r"));
    const QString scene = c.scenes().first().name;
    QString error;
    REQUIRE(c.addFilter(scene, {QStringLiteral("Grade"), QStringLiteral("color_filter_v2"), true, {}}, &error));
    REQUIRE(c.filtersOf(scene));
    CHECK(c.filtersOf(scene)->size() == 1);
    CHECK(c.findScene(scene)->filters.size() == 1);
    CHECK_FALSE(c.addFilter(scene, {QStringLiteral("Grade"), QStringLiteral("color_filter_v2"), true, {}}, &error)); // one name once
    REQUIRE(c.renameFilter(scene, 0, QStringLiteral("调色"), &error));
    CHECK_FALSE(c.addFilter(QStringLiteral("No such scene"), {QStringLiteral("x"), QStringLiteral("color_filter_v2"), true, {}}, &error));
    CHECK(error.contains(QStringLiteral("No such scene")));
    CHECK_FALSE(c.filtersOf(QStringLiteral("No such scene")));

    const auto back = SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == c);
    REQUIRE(c.removeFilter(scene, 0, &error));
    CHECK_FALSE(c.toJson().contains("调色"));
}

TEST_CASE("the second canvas' scene: kept in the file only when set, cleared with its scene, refused when missing", "[scenes][canvas]")
{
    const CanvasSpec wide{1280, 720, 30};
    const CanvasSpec tall{720, 1280, 30};
    SceneCollection c = SceneCollection::demo(wide, QStringLiteral("/res"));
    const QByteArray oneCanvas = c.toJson();
    CHECK_FALSE(oneCanvas.contains("secondCanvasScene"));
    const QString main = c.currentScene();
    QString error;
    CHECK_FALSE(c.setSecondCanvasScene(QStringLiteral("nope"), &error));
    CHECK(error.contains(QStringLiteral("nope")));

    REQUIRE(c.addSceneForCanvas(main, QStringLiteral("竖屏"), wide, tall, &error));
    REQUIRE(c.setSecondCanvasScene(QStringLiteral("竖屏"), &error));
    const auto back = SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(*back == c);
    CHECK(back->secondCanvasScene() == QStringLiteral("竖屏"));

    // Every box keeps its place and size relative to the canvas; the colour
    // background that filled the program fills the portrait canvas too.
    const SceneSpec *from = c.findScene(main);
    const SceneSpec *to = c.findScene(QStringLiteral("竖屏"));
    REQUIRE(to->items.size() == from->items.size());
    for (int i = 0; i < from->items.size(); ++i) {
        const SceneItemSpec &a = from->items.at(i);
        const SceneItemSpec &b = to->items.at(i);
        INFO(a.sourceName.toStdString());
        CHECK(b.sourceName == a.sourceName);
        CHECK(b.xPx / tall.widthPx == Approx(a.xPx / wide.widthPx));
        CHECK(b.yPx / tall.heightPx == Approx(a.yPx / wide.heightPx));
        CHECK(b.boundsWidthPx / tall.widthPx == Approx(a.boundsWidthPx / wide.widthPx));
        CHECK(b.boundsHeightPx / tall.heightPx == Approx(a.boundsHeightPx / wide.heightPx));
    }
    CHECK(to->items.first().stretch);                                                   // the colour background
    CHECK_FALSE(to->items.at(1).stretch);                                               // the product video keeps its shape
    CHECK(c.sources().size() == back->sources().size());                                // no source was copied: one capture for both canvases
    CHECK_FALSE(c.addSceneForCanvas(main, QStringLiteral("竖屏"), wide, tall, &error)); // the name is taken

    REQUIRE(c.removeScene(QStringLiteral("竖屏"), &error));
    CHECK(c.secondCanvasScene().isEmpty());

    QByteArray broken = back->toJson();
    broken.replace("\"secondCanvasScene\": \"竖屏\"", "\"secondCanvasScene\": \"gone\"");
    CHECK_FALSE(SceneCollection::fromJson(broken, &error));
    CHECK(error.contains(QStringLiteral("gone")));
}

TEST_CASE("a global audio device is in no scene: a scene using it, a fifth, or a scene source's name is refused", "[broadcast][scenes][audio]")
{
    SceneCollection c = SceneCollection::demo({1280, 720, 30}, QStringLiteral("/res"));
    QString error;
    REQUIRE(c.setGlobalAudio(QStringLiteral("Desktop Audio"), QStringLiteral("pulse_output_capture"), QStringLiteral("default.monitor"), &error));
    CHECK(c.globalAudio() == QStringList{QStringLiteral("Desktop Audio")});
    // Put in a scene it would be heard twice.
    CHECK_FALSE(c.addItem(c.currentScene(), *c.findSource(QStringLiteral("Desktop Audio")), {QStringLiteral("Desktop Audio")}, &error));
    CHECK(error.contains(QStringLiteral("global")));
    // A scene's source cannot be made global by name.
    CHECK_FALSE(c.setGlobalAudio(QStringLiteral("Product video"), QStringLiteral("pulse_input_capture"), QStringLiteral("mic"), &error));
    for (int i = 2; i <= SceneCollection::kMaxGlobalAudio; ++i)
        REQUIRE(c.setGlobalAudio(QStringLiteral("Mic %1").arg(i), QStringLiteral("pulse_input_capture"), QStringLiteral("mic"), &error));
    CHECK_FALSE(c.setGlobalAudio(QStringLiteral("One more"), QStringLiteral("pulse_input_capture"), QStringLiteral("mic"), &error));
    CHECK(error.contains(QString::number(SceneCollection::kMaxGlobalAudio)));

    // In the file as "global": true; a hand-edited file that puts one in a scene is refused by name.
    const auto back = SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(back->globalAudio() == c.globalAudio());
    QByteArray json = c.toJson();
    json.replace("\"source\": \"Product video\"", "\"source\": \"Desktop Audio\"");
    CHECK_FALSE(SceneCollection::fromJson(json, &error));
    CHECK(error.contains(QStringLiteral("Desktop Audio")));
    // Removed: gone from the list; removing one that is not there is fine.
    REQUIRE(c.setGlobalAudio(QStringLiteral("Desktop Audio"), {}, {}, &error));
    CHECK_FALSE(c.findSource(QStringLiteral("Desktop Audio")));
    CHECK(c.setGlobalAudio(QStringLiteral("Desktop Audio"), {}, {}, &error));
}
