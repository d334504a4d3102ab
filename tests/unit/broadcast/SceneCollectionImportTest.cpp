// Importing OBS Studio scene collections, against a collection OBS 29 itself
// wrote (tests/fixtures/obs: seeds loaded and saved again by the real OBS
// under Xvfb, see generate-fixtures.sh): every source kind the studio has
// lands with its transform, filters, audio and the transition; what cannot
// come over is in the report by name and kind; the OBS file is only read;
// truncated, foreign and newer files are handled.
#include "CatchQt.hpp"

#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneCollectionImport.hpp"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace shopcast;
using broadcast::SceneCollectionImport;

namespace {

const QString kFixture = QStringLiteral(SHOPCAST_FIXTURES "/obs/直播间-obs29.json");

QByteArray fixtureBytes()
{
    QFile f(kFixture);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

SceneCollectionImport::Result importJson(const QByteArray &json)
{
    QString error;
    auto result = SceneCollectionImport::fromJson(json, SceneCollectionImport::studioInputKinds(), &error);
    INFO(error.toStdString());
    REQUIRE(result);
    return *result;
}

const broadcast::SceneItemSpec &itemOf(const broadcast::SceneCollection &c, const QString &scene, const QString &source)
{
    const broadcast::SceneSpec *s = c.findScene(scene);
    REQUIRE(s);
    const auto it = std::find_if(s->items.cbegin(), s->items.cend(), [&](const auto &i) { return i.sourceName == source; });
    REQUIRE(it != s->items.cend());
    return *it;
}

bool reports(const QList<SceneCollectionImport::Report::Line> &lines, const QString &name, const QString &kind = {})
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const auto &l) { return l.name.contains(name) && (kind.isEmpty() || l.kind == kind); });
}

QJsonObject fixtureObject()
{
    return QJsonDocument::fromJson(fixtureBytes()).object();
}

} // namespace

TEST_CASE("OBS import: a collection OBS 29 wrote comes over with its scenes, sources, transforms, filters, audio and transition", "[broadcast][obs-import]")
{
    const QByteArray before = QCryptographicHash::hash(fixtureBytes(), QCryptographicHash::Sha256);
    QString error;
    const auto result = SceneCollectionImport::fromFile(kFixture, SceneCollectionImport::studioInputKinds(), &error);
    INFO(error.toStdString());
    REQUIRE(result);
    CHECK(QCryptographicHash::hash(fixtureBytes(), QCryptographicHash::Sha256) == before); // only read
    const broadcast::SceneCollection &c = result->collection;

    // Scenes in OBS's order, the program's scene current, the slide transition.
    REQUIRE(c.scenes().size() == 3);
    CHECK(c.scenes().at(0).name == QStringLiteral("主画面"));
    CHECK(c.scenes().at(1).name == QStringLiteral("片头"));
    CHECK(c.scenes().at(2).name == QStringLiteral("抽奖"));
    CHECK(c.currentScene() == QStringLiteral("主画面"));
    CHECK(c.transition().kind == QStringLiteral("slide_transition"));
    CHECK(c.transition().durationMs == 700);
    CHECK(c.transition().settings.value(QStringLiteral("direction")).toString() == QStringLiteral("left"));

    // Every kind the studio has, with OBS's settings.
    for (const auto &[name, kind] :
         {std::pair{"背景", "color_source_v3"}, std::pair{"摄像头", "v4l2_input"}, std::pair{"商品图", "image_source"}, std::pair{"价格", "text_ft2_source_v2"},
          std::pair{"屏幕", "xshm_input"}, std::pair{"背景音乐", "ffmpeg_source"}, std::pair{"麦克风", "pulse_input_capture"}}) {
        const broadcast::SourceSpec *s = c.findSource(QString::fromUtf8(name));
        INFO(name);
        REQUIRE(s);
        CHECK(s->kind == QLatin1String(kind));
    }
    CHECK(c.findSource(QStringLiteral("价格"))->settings.value(QStringLiteral("text")).toString() == QStringLiteral("到手价 ¥59"));
    CHECK(c.findSource(QStringLiteral("摄像头"))->settings.value(QStringLiteral("device_id")).toString() == QStringLiteral("/dev/video0"));

    // Order (bottom first), visibility and transforms.
    const broadcast::SceneSpec *main = c.findScene(QStringLiteral("主画面"));
    QStringList order;
    for (const auto &i : main->items)
        order.append(i.sourceName);
    CHECK(order
          == QStringList{QStringLiteral("背景"), QStringLiteral("摄像头"), QStringLiteral("商品图"), QStringLiteral("价格"), QStringLiteral("角标"),
                         QStringLiteral("卖点"), QStringLiteral("屏幕"), QStringLiteral("背景音乐"), QStringLiteral("翻转")});
    const auto &camera = itemOf(c, QStringLiteral("主画面"), QStringLiteral("摄像头"));
    CHECK(camera.boundsWidthPx == 1920);
    CHECK(camera.boundsHeightPx == 1080);
    CHECK_FALSE(camera.stretch);
    CHECK(camera.crop == broadcast::ItemCrop{100, 0, 60, 0});
    const auto &product = itemOf(c, QStringLiteral("主画面"), QStringLiteral("商品图"));
    CHECK(product.xPx == 1400);
    CHECK(product.yPx == 200);
    const auto &screen = itemOf(c, QStringLiteral("主画面"), QStringLiteral("屏幕"));
    CHECK_FALSE(screen.visible);
    CHECK(screen.rotationDeg == 90);
    CHECK(screen.xPx == 1900);
    // Scale -2 × 1 on a 300×100 colour: twice as wide, flipped, extending left of its anchor as OBS draws it.
    const auto &flipped = itemOf(c, QStringLiteral("主画面"), QStringLiteral("翻转"));
    CHECK(flipped.flipH);
    CHECK(flipped.boundsWidthPx == 600);
    CHECK(flipped.boundsHeightPx == 100);
    CHECK(flipped.stretch);
    CHECK(flipped.xPx == 520 - 600);
    // The group's items where the group put them.
    const auto &badge = itemOf(c, QStringLiteral("主画面"), QStringLiteral("角标"));
    CHECK(badge.xPx == 110);
    CHECK(badge.yPx == 610);
    CHECK(itemOf(c, QStringLiteral("主画面"), QStringLiteral("卖点")).yPx == 700);
    const auto &lottery = itemOf(c, QStringLiteral("抽奖"), QStringLiteral("抽奖图"));
    CHECK(lottery.stretch);
    CHECK(lottery.boundsWidthPx == 1920);

    // Filters of sources and scenes, on or off as in OBS.
    const auto &cameraFilters = c.findSource(QStringLiteral("摄像头"))->filters;
    REQUIRE(cameraFilters.size() == 2);
    CHECK(cameraFilters.at(0).name == QStringLiteral("绿幕"));
    CHECK(cameraFilters.at(0).kind == QStringLiteral("chroma_key_filter_v2"));
    CHECK(cameraFilters.at(0).settings.value(QStringLiteral("similarity")).toInt() == 420);
    CHECK_FALSE(cameraFilters.at(1).enabled);
    REQUIRE(c.findScene(QStringLiteral("片头"))->filters.size() == 1);
    CHECK(c.findScene(QStringLiteral("片头"))->filters.constFirst().kind == QStringLiteral("color_filter_v2"));
    CHECK(c.findSource(QStringLiteral("麦克风"))->filters.size() == 2);

    // Audio: OBS's linear volume in dB, monitoring, sync, balance, tracks.
    const broadcast::AudioSpec &music = c.findSource(QStringLiteral("背景音乐"))->audio;
    CHECK(music.volumeDb == Approx(-6.02).margin(0.01));
    CHECK(music.monitoring == broadcast::AudioMonitoring::MonitorAndOutput);
    CHECK(music.syncOffsetMs == 200);
    CHECK(music.balance == Approx(0.3).margin(0.001));
    CHECK(music.tracks == 0b11);
    CHECK(c.findSource(QStringLiteral("麦克风"))->audio.syncOffsetMs == 100);
    CHECK(c.findSource(QStringLiteral("麦克风"))->audio.volumeDb == Approx(3.52).margin(0.01));
    // OBS's desktop and mic/aux devices: global audio, heard in every scene.
    CHECK(c.globalAudio() == QStringList{QStringLiteral("桌面音频"), QStringLiteral("麦克风/Aux")});
    CHECK(c.findSource(QStringLiteral("桌面音频"))->audio.volumeDb == Approx(-12.04).margin(0.01));
    CHECK(c.findSource(QStringLiteral("麦克风/Aux"))->audio.muted);

    // What did not come over, by name and kind.
    const auto &r = result->report;
    CHECK(r.scenes == 3);
    CHECK(reports(r.leftOut, QStringLiteral("网页"), QStringLiteral("browser_source")));
    CHECK(reports(r.leftOut, QStringLiteral("主画面 / 片头"), QStringLiteral("scene")));
    CHECK(reports(r.approximated, QStringLiteral("商品图"), QStringLiteral("image_source"))); // scale ×0.5 without a known size
    CHECK(reports(r.approximated, QStringLiteral("价格")));                                   // centred anchor
    CHECK(reports(r.approximated, QStringLiteral("商品组"), QStringLiteral("group")));
    CHECK(reports(r.missingFiles, QStringLiteral("商品图")));
    CHECK(reports(r.missingFiles, QStringLiteral("背景音乐")));
    CHECK_FALSE(c.findSource(QStringLiteral("网页")));
    const QString text = r.lines().join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("browser_source")));
    CHECK(text.contains(QStringLiteral("/tmp/shopcast-obs-fixture/bgm.mp3")));

    // What the studio writes reads back as the same collection.
    const auto again = broadcast::SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(again);
    CHECK(*again == c);
}

TEST_CASE("OBS import: a truncated, non-JSON or foreign file is refused with the reason and left as it was", "[broadcast][obs-import]")
{
    const QByteArray real = fixtureBytes();
    QString error;
    for (const QByteArray &bad : {real.left(real.size() / 3), QByteArray("\xff\xfe not json"), QByteArray("[1, 2, 3]"), QByteArray(R"({"name": "x"})"),
                                  QByteArray(R"({"sources": [{"name": "a", "id": "color_source_v3"}]})"), QByteArray()}) {
        error.clear();
        CHECK_FALSE(SceneCollectionImport::fromJson(bad, SceneCollectionImport::studioInputKinds(), &error));
        INFO(bad.left(40).toStdString());
        CHECK_FALSE(error.isEmpty());
    }
    CHECK_FALSE(SceneCollectionImport::fromJson(real.left(real.size() / 3), SceneCollectionImport::studioInputKinds(), &error));
    CHECK(error.contains(QStringLiteral("cut short")));
    CHECK_FALSE(SceneCollectionImport::fromFile(QStringLiteral("/nonexistent/obs.json"), SceneCollectionImport::studioInputKinds(), &error));
    CHECK(error.contains(QStringLiteral("/nonexistent/obs.json")));
    // Our own format is not OBS's.
    const broadcast::SceneCollection demo = broadcast::SceneCollection::demo({1280, 720, 30}, QStringLiteral(SHOPCAST_RESOURCE_DIR));
    CHECK_FALSE(SceneCollectionImport::fromJson(demo.toJson(), SceneCollectionImport::studioInputKinds(), &error));
}

TEST_CASE("OBS import: a newer OBS's file (unknown fields and kinds) comes over, its unknown parts named", "[broadcast][obs-import]")
{
    QJsonObject root = fixtureObject();
    root.insert(QStringLiteral("canvases"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("vertical")}}});
    QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    for (int i = 0; i < sources.size(); ++i) {
        QJsonObject s = sources.at(i).toObject();
        s.insert(QStringLiteral("prev_ver"), 520093696); // 31.0.0
        s.insert(QStringLiteral("uuid"), QStringLiteral("0b0c-%1").arg(i));
        if (s.value(QStringLiteral("name")).toString() == QStringLiteral("角标")) {
            QJsonArray filters{QJsonObject{{QStringLiteral("name"), QStringLiteral("新滤镜")},
                                           {QStringLiteral("id"), QStringLiteral("future_filter_v7")},
                                           {QStringLiteral("settings"), QJsonObject{{QStringLiteral("x"), 1}}}}};
            s.insert(QStringLiteral("filters"), filters);
        }
        if (s.value(QStringLiteral("name")).toString() == QStringLiteral("屏幕")) {
            s.insert(QStringLiteral("id"), QStringLiteral("pipewire-screen-capture-source"));
            s.insert(QStringLiteral("versioned_id"), QStringLiteral("pipewire-screen-capture-source"));
        }
        sources[i] = s;
    }
    root.insert(QStringLiteral("sources"), sources);
    const auto result = importJson(QJsonDocument(root).toJson());
    // Kept and named: a filter kind this studio lacks stays on its source.
    const auto &filters = result.collection.findSource(QStringLiteral("角标"))->filters;
    REQUIRE(filters.size() == 1);
    CHECK(filters.constFirst().kind == QStringLiteral("future_filter_v7"));
    CHECK(reports(result.report.keptUnavailable, QStringLiteral("新滤镜"), QStringLiteral("future_filter_v7")));
    // Left out and named: a source kind this libobs cannot make.
    CHECK_FALSE(result.collection.findSource(QStringLiteral("屏幕")));
    CHECK(reports(result.report.leftOut, QStringLiteral("屏幕"), QStringLiteral("pipewire-screen-capture-source")));
    CHECK(result.collection.scenes().size() == 3);
}

TEST_CASE("OBS import: OBS's built-in Cut in the language OBS ran in, a group scaled, an unused source and a missing one", "[broadcast][obs-import]")
{
    QJsonObject root = fixtureObject();
    root.insert(QStringLiteral("transitions"), QJsonArray{});
    root.insert(QStringLiteral("current_transition"), QStringLiteral("裁切")); // zh-CN OBS's Cut
    // The group twice as big: its items' boxes twice too (the colour's size is known).
    QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    for (int i = 0; i < sources.size(); ++i) {
        QJsonObject s = sources.at(i).toObject();
        if (s.value(QStringLiteral("name")).toString() != QStringLiteral("主画面"))
            continue;
        QJsonObject settings = s.value(QStringLiteral("settings")).toObject();
        QJsonArray items = settings.value(QStringLiteral("items")).toArray();
        for (int j = 0; j < items.size(); ++j) {
            QJsonObject item = items.at(j).toObject();
            if (item.value(QStringLiteral("name")).toString() == QStringLiteral("商品组"))
                item.insert(QStringLiteral("scale"), QJsonObject{{QStringLiteral("x"), 2.0}, {QStringLiteral("y"), 2.0}});
            items[j] = item;
        }
        items.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("不存在")}, {QStringLiteral("visible"), true}});
        settings.insert(QStringLiteral("items"), items);
        s.insert(QStringLiteral("settings"), settings);
        sources[i] = s;
    }
    sources.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("闲置")},
                               {QStringLiteral("id"), QStringLiteral("color_source")},
                               {QStringLiteral("versioned_id"), QStringLiteral("color_source_v3")}});
    root.insert(QStringLiteral("sources"), sources);
    const auto result = importJson(QJsonDocument(root).toJson());
    CHECK(result.collection.transition().kind == QStringLiteral("cut_transition"));
    CHECK(result.collection.transition().durationMs == 0);
    const auto &badge = itemOf(result.collection, QStringLiteral("主画面"), QStringLiteral("角标"));
    CHECK(badge.boundsWidthPx == 400);
    CHECK(badge.boundsHeightPx == 160);
    CHECK(badge.xPx == 110);
    CHECK(itemOf(result.collection, QStringLiteral("主画面"), QStringLiteral("卖点")).yPx == 610 + 90 * 2);
    CHECK(reports(result.report.leftOut, QStringLiteral("闲置"), QStringLiteral("color_source_v3"))); // in no scene
    CHECK(reports(result.report.leftOut, QStringLiteral("不存在")));
}
