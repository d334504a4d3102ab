// Undo and redo of scene edits through the one edit path (SceneEditor), on
// the fake engine; the same on real libobs is in RenderCliTest.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/SceneActions.hpp"
#include "broadcast/StudioMode.hpp"

#include <QSignalSpy>

using namespace shopcast;
using namespace shopcast::broadcast;

namespace {
SceneCollection twoScenes()
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{1280, 720, 30}, QStringLiteral("/res"));
    REQUIRE(c.addScene(QStringLiteral("Second")));
    return c;
}
} // namespace

TEST_CASE("undo and redo bring every kind of edit back byte for byte, with named steps", "[scenes][undo]")
{
    test::FakeSceneEditor editor;
    QString error;
    REQUIRE(editor.loadCollection(twoScenes(), &error));
    CHECK_FALSE(editor.canUndo());
    const QByteArray start = editor.collection().toJson();
    const QString first = editor.collection().findScene(QStringLiteral("Main"))->items.at(0).sourceName;

    QList<QByteArray> states{start};
    REQUIRE(editor.setItemGeometry(QStringLiteral("Main"), 0, 10, 20, 300, 200, &error));
    CHECK(editor.undoLabel() == QStringLiteral("Move %1").arg(first));
    states.append(editor.collection().toJson());
    REQUIRE(editor.addFilter(first, {QStringLiteral("Key"), QStringLiteral("chroma_key_filter_v2"), true, {}}, &error));
    states.append(editor.collection().toJson());
    REQUIRE(editor.renameFilter(first, 0, QStringLiteral("绿幕"), &error));
    CHECK(editor.undoLabel() == QStringLiteral("Rename filter Key"));
    states.append(editor.collection().toJson());
    REQUIRE(editor.setItemVisible(QStringLiteral("Main"), 1, false, &error));
    states.append(editor.collection().toJson());
    REQUIRE(editor.removeScene(QStringLiteral("Second"), &error));
    CHECK(editor.undoLabel() == QStringLiteral("Remove scene Second"));
    states.append(editor.collection().toJson());

    QSignalSpy history(&editor, &SceneEditor::historyChanged);
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        REQUIRE(editor.undo(&error));
        CHECK(editor.collection().toJson() == states.at(i));
    }
    CHECK(history.size() == states.size() - 1);
    CHECK_FALSE(editor.canUndo());
    CHECK_FALSE(editor.undo(&error));
    CHECK_FALSE(error.isEmpty());
    CHECK(editor.redoLabel() == QStringLiteral("Move %1").arg(first));
    for (qsizetype i = 1; i < states.size(); ++i) {
        REQUIRE(editor.redo(&error));
        CHECK(editor.collection().toJson() == states.at(i));
    }
    CHECK_FALSE(editor.canRedo());

    // A new edit after an undo drops what could be redone.
    REQUIRE(editor.undo(&error));
    REQUIRE(editor.canRedo());
    REQUIRE(editor.addScene(QStringLiteral("Third"), &error));
    CHECK_FALSE(editor.canRedo());

    // A new file starts a new history.
    REQUIRE(editor.loadCollection(twoScenes(), &error));
    CHECK_FALSE(editor.canUndo());
}

TEST_CASE("a drag or a slider is one step, the scene on air is not an edit and stays through an undo", "[scenes][undo]")
{
    test::FakeSceneEditor editor;
    QString error;
    REQUIRE(editor.loadCollection(twoScenes(), &error));
    const QByteArray start = editor.collection().toJson();
    for (int x = 0; x < 20; ++x)
        REQUIRE(editor.apply(edit::SetItemGeometry{QStringLiteral("Main"), 0, double(x), 0, 100, 100}, &error, x > 0));
    // Another item's drag is a step of its own even when merged.
    REQUIRE(editor.apply(edit::SetItemGeometry{QStringLiteral("Main"), 1, 5, 5, 50, 50}, &error, true));
    CHECK(editor.collection().findScene(QStringLiteral("Main"))->items.at(0).xPx == 19);
    REQUIRE(editor.undo(&error));
    REQUIRE(editor.undo(&error));
    CHECK(editor.collection().toJson() == start);
    CHECK_FALSE(editor.canUndo());

    REQUIRE(editor.setItemVisible(QStringLiteral("Main"), 0, false, &error));
    REQUIRE(editor.setCurrentScene(QStringLiteral("Second"), &error));
    CHECK(editor.undoLabel() == QStringLiteral("Hide %1").arg(editor.collection().findScene(QStringLiteral("Main"))->items.at(0).sourceName));
    REQUIRE(editor.undo(&error));
    CHECK(editor.collection().currentScene() == QStringLiteral("Second"));
    CHECK(editor.collection().findScene(QStringLiteral("Main"))->items.at(0).visible);
}

TEST_CASE("undo keeps at most 100 steps, and an engine that cannot restore keeps the collection as it was", "[scenes][undo]")
{
    test::FakeSceneEditor editor;
    QString error;
    REQUIRE(editor.loadCollection(twoScenes(), &error));
    for (int i = 0; i < 130; ++i)
        REQUIRE(editor.addScene(QStringLiteral("S%1").arg(i), &error));
    int undone = 0;
    while (editor.undo(&error))
        ++undone;
    CHECK(undone == SceneHistory::kMaxSteps);
    CHECK(editor.collection().findScene(QStringLiteral("S29")));
    CHECK_FALSE(editor.collection().findScene(QStringLiteral("S30")));

    REQUIRE(editor.redo(&error));
    const QByteArray now = editor.collection().toJson();
    editor.failRestore = true;
    CHECK_FALSE(editor.undo(&error));
    CHECK(error == QStringLiteral("the fake engine refused"));
    CHECK(editor.collection().toJson() == now);
    CHECK(editor.canUndo()); // the step is still there to try again
}

TEST_CASE("scene.undo and scene.redo run through the action registry and name the step", "[scenes][undo][actions]")
{
    test::FakeSceneEditor editor;
    StudioMode studioMode(editor);
    actions::ActionRegistry registry;
    SceneActions::registerOn(registry, editor, studioMode);
    QString error;
    REQUIRE(editor.loadCollection(twoScenes(), &error));
    auto refused = registry.invoke(QStringLiteral("scene.undo"), actions::Origin::Hotkey);
    CHECK_FALSE(refused.ok);
    CHECK_FALSE(refused.error.isEmpty());
    REQUIRE(editor.addScene(QStringLiteral("Third"), &error));
    auto undone = registry.invoke(QStringLiteral("scene.undo"), actions::Origin::Remote);
    REQUIRE(undone.ok);
    CHECK(undone.data.value(QStringLiteral("undone")).toString() == QStringLiteral("Add scene Third"));
    CHECK_FALSE(editor.collection().findScene(QStringLiteral("Third")));
    auto redone = registry.invoke(QStringLiteral("scene.redo"), actions::Origin::Menu);
    REQUIRE(redone.ok);
    CHECK(redone.data.value(QStringLiteral("redone")).toString() == QStringLiteral("Add scene Third"));
    CHECK(editor.collection().findScene(QStringLiteral("Third")));
}

TEST_CASE("studio mode: a scene click fills the preview, Transition sends it on air and brings the old one to the preview, by button, hotkey or remote",
          "[scenes][studiomode][actions]")
{
    test::FakeSceneEditor editor;
    QString error;
    REQUIRE(editor.loadCollection(twoScenes(), &error));
    StudioMode mode(editor);
    actions::ActionRegistry registry;
    SceneActions::registerOn(registry, editor, mode);
    QSignalSpy preview(&mode, &StudioMode::previewSceneChanged);

    // Off: the preview is the program; choosing a scene switches the program.
    CHECK(mode.previewScene() == QStringLiteral("Main"));
    auto refused = registry.invoke(QStringLiteral("scene.transition"), actions::Origin::Hotkey);
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.contains(QStringLiteral("studio mode")));
    REQUIRE(mode.setPreviewScene(QStringLiteral("Second"), &error));
    CHECK(editor.collection().currentScene() == QStringLiteral("Second"));
    REQUIRE(mode.setPreviewScene(QStringLiteral("Main"), &error));

    // On: the preview starts on the program, a click changes only the preview.
    REQUIRE(registry.invoke(QStringLiteral("scene.studioMode"), actions::Origin::Dock).ok);
    CHECK(mode.isEnabled());
    REQUIRE(registry.invoke(QStringLiteral("scene.preview"), {{QStringLiteral("scene"), QStringLiteral("Second")}}, actions::Origin::Remote).ok);
    CHECK(mode.previewScene() == QStringLiteral("Second"));
    CHECK(editor.collection().currentScene() == QStringLiteral("Main"));
    const auto sent = registry.invoke(QStringLiteral("scene.transition"), actions::Origin::Hotkey);
    REQUIRE(sent.ok);
    CHECK(sent.data.value(QStringLiteral("program")).toString() == QStringLiteral("Second"));
    CHECK(editor.collection().currentScene() == QStringLiteral("Second"));
    CHECK(mode.previewScene() == QStringLiteral("Main")); // swapped
    CHECK_FALSE(editor.canUndo());                        // a switch is no undo step
    REQUIRE(registry.invoke(QStringLiteral("scene.transition"), actions::Origin::Dock).ok);
    CHECK(editor.collection().currentScene() == QStringLiteral("Main"));

    // The second canvas' scene is switched by its own action, the program stays.
    const auto onSecond = registry.invoke(QStringLiteral("scene.secondCanvas"), {{QStringLiteral("scene"), QStringLiteral("Second")}}, actions::Origin::Remote);
    REQUIRE(onSecond.ok);
    CHECK(onSecond.data.value(QStringLiteral("secondCanvas")).toString() == QStringLiteral("Second"));
    CHECK(editor.collection().secondCanvasScene() == QStringLiteral("Second"));
    CHECK(editor.collection().currentScene() == QStringLiteral("Main"));
    CHECK_FALSE(editor.canUndo());
    CHECK_FALSE(registry.invoke(QStringLiteral("scene.secondCanvas"), {{QStringLiteral("scene"), QStringLiteral("Nope")}}, actions::Origin::Remote).ok);
    CHECK(editor.collection().secondCanvasScene() == QStringLiteral("Second"));

    // Bad input: an unknown scene, a missing parameter.
    CHECK_FALSE(registry.invoke(QStringLiteral("scene.preview"), {{QStringLiteral("scene"), QStringLiteral("Nope")}}, actions::Origin::Remote).ok);
    CHECK_FALSE(registry.invoke(QStringLiteral("scene.preview"), {}, actions::Origin::Remote).ok);
    CHECK(mode.previewScene() == QStringLiteral("Second"));

    // The scene in the preview removed: the preview falls back to the program.
    REQUIRE(editor.removeScene(QStringLiteral("Second"), &error));
    CHECK(mode.previewScene() == QStringLiteral("Main"));
    REQUIRE(registry.invoke(QStringLiteral("scene.studioMode"), {{QStringLiteral("on"), false}}, actions::Origin::Remote).ok);
    CHECK_FALSE(mode.isEnabled());
    CHECK(preview.size() >= 4);
}

TEST_CASE("a scene for the second canvas is an undo step, which scene it shows is not", "[scenes][undo][canvas]")
{
    test::FakeSceneEditor editor;
    QString error;
    REQUIRE(editor.loadCollection(twoScenes(), &error));
    const QString main = editor.collection().currentScene();
    REQUIRE(editor.apply(edit::AddSceneForCanvas{main, QStringLiteral("Portrait"), CanvasSpec{1280, 720, 30}, CanvasSpec{720, 1280, 30}}, &error));
    CHECK(editor.undoLabel() == SceneEditor::tr("Add scene %1").arg(QStringLiteral("Portrait")));
    REQUIRE(editor.setSecondCanvasScene(QStringLiteral("Portrait"), &error));
    CHECK(editor.undoLabel() == SceneEditor::tr("Add scene %1").arg(QStringLiteral("Portrait")));
    CHECK(editor.collection().secondCanvasScene() == QStringLiteral("Portrait"));
    CHECK(std::holds_alternative<edit::SetSecondCanvasScene>(editor.mirrored.last()));
    CHECK_FALSE(editor.setSecondCanvasScene(QStringLiteral("missing"), &error));
    REQUIRE(editor.undo(&error));
    CHECK_FALSE(editor.collection().findScene(QStringLiteral("Portrait")));
    CHECK(editor.collection().secondCanvasScene().isEmpty());
}
