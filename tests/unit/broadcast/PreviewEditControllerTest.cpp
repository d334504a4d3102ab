// Placing sources in the preview, without widgets: the controller on the
// fake engine (sources of known sizes). The same gestures with real mouse
// events on a real libobs preview are in PreviewEditGuiTest.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "broadcast/PreviewEditController.hpp"

#include <QSignalSpy>

using namespace shopcast;
using namespace shopcast::broadcast;

namespace {

constexpr double kRadius = 8;

// A 1280x720 canvas with: "Camera" 400x300 at its natural size at (100, 100);
// "Logo" (400x200) fitted into a 200x200 box at (800, 100), so bars above and
// below; "Hidden" over everything but hidden.
void load(test::FakeSceneEditor &editor)
{
    SceneCollection c;
    REQUIRE(c.addScene(QStringLiteral("Main")));
    SceneItemSpec camera{QStringLiteral("Camera"), true, 100, 100, 0, 0};
    SceneItemSpec logo{QStringLiteral("Logo"), true, 800, 100, 200, 200};
    SceneItemSpec hidden{QStringLiteral("Hidden"), false, 0, 0, 1280, 720};
    REQUIRE(c.addItem(QStringLiteral("Main"), {QStringLiteral("Camera"), QStringLiteral("color_source_v3"), {}, {}}, camera));
    REQUIRE(c.addItem(QStringLiteral("Main"), {QStringLiteral("Logo"), QStringLiteral("image_source"), {}, {}}, logo));
    REQUIRE(c.addItem(QStringLiteral("Main"), {QStringLiteral("Hidden"), QStringLiteral("color_source_v3"), {}, {}}, hidden));
    REQUIRE(c.setCurrentScene(QStringLiteral("Main")));
    editor.sourceSizes = {{QStringLiteral("Camera"), QSizeF(400, 300)}, {QStringLiteral("Logo"), QSizeF(400, 200)}, {QStringLiteral("Hidden"), QSizeF(64, 64)}};
    QString error;
    REQUIRE(editor.loadCollection(c, &error));
}

const SceneItemSpec &item(const SceneEditor &editor, int index)
{
    return editor.collection().findScene(QStringLiteral("Main"))->items.at(index);
}

void drag(PreviewEditController &controller, QPointF from, QPointF to, bool toggle = false, bool crop = false, bool freeAspect = false)
{
    controller.press(from, toggle, crop, kRadius);
    // In steps, as a mouse sends it.
    for (int step = 1; step <= 4; ++step)
        controller.dragTo(from + (to - from) * step / 4.0, freeAspect);
    controller.release();
}

} // namespace

TEST_CASE("a click selects the topmost visible item, Ctrl-click adds and removes, a click on nothing clears", "[preview][placement]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    QSignalSpy changed(&controller, &PreviewEditController::selectionChanged);

    CHECK(controller.itemAt({150, 150}) == 0); // the hidden full-screen item is not hit
    CHECK(controller.itemAt({900, 110}) == 1); // in the logo's box, on its bar: the box is what is grabbed
    CHECK(controller.itemAt({50, 50}) == -1);
    controller.press({150, 150}, false, false, kRadius);
    controller.release();
    CHECK(controller.selection() == QList<int>{0});
    controller.press({900, 200}, true, false, kRadius);
    controller.release();
    CHECK(controller.selection() == QList<int>{0, 1});
    controller.press({900, 200}, true, false, kRadius);
    controller.release();
    CHECK(controller.selection() == QList<int>{0});
    controller.press({50, 50}, false, false, kRadius);
    controller.release();
    CHECK(controller.selection().isEmpty());
    CHECK(changed.size() == 4);
    CHECK_FALSE(editor.canUndo()); // clicks are not edits
}

TEST_CASE("dragging moves the selection by the pointer's canvas distance, one undo step that restores the collection byte for byte",
          "[preview][placement][undo]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    controller.setSnapping({false, 10});
    const QByteArray before = editor.collection().toJson();

    controller.press({150, 150}, false, false, kRadius);
    controller.release();
    drag(controller, {900, 200}, {900, 200}, true); // add the logo, no move
    drag(controller, {150, 150}, {187, 163});
    CHECK(item(editor, 0).xPx == 137);
    CHECK(item(editor, 0).yPx == 113);
    CHECK(item(editor, 1).xPx == 837);
    CHECK(item(editor, 1).yPx == 113);
    CHECK(editor.undoLabel().startsWith(QStringLiteral("Move")));
    const QByteArray after = editor.collection().toJson();

    QString error;
    REQUIRE(editor.undo(&error));
    CHECK(editor.collection().toJson() == before);
    CHECK_FALSE(editor.canUndo()); // both items, four mouse moves: one step
    REQUIRE(editor.redo(&error));
    CHECK(editor.collection().toJson() == after);
}

TEST_CASE("a moved box snaps to the canvas edges, its centre lines and other items within the distance, and not beyond it", "[preview][placement]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    controller.setSnapping({true, 10});

    // The camera's left edge from 100 to 6: snaps to 0.
    drag(controller, {150, 150}, {56, 150});
    CHECK(item(editor, 0).xPx == 0);
    CHECK(item(editor, 0).yPx == 100);
    // Its right edge (400 wide) towards the logo's left edge at 800: 394 + 400 = 794 → 800.
    drag(controller, {50, 150}, {444, 150});
    CHECK(item(editor, 0).xPx == 400);
    // Its centre to the canvas's vertical centre line (640): centre at 634 → 640.
    drag(controller, {450, 150}, {484, 150});
    CHECK(item(editor, 0).xPx == 440);

    controller.setSnapping({true, 2});
    drag(controller, {450, 150}, {456, 150}); // centre 646: 6 from the line, beyond 2
    CHECK(item(editor, 0).xPx == 446);
    controller.setSnapping({false, 10});
    drag(controller, {450, 150}, {1, 150});
    CHECK(item(editor, 0).xPx == -3);
}

TEST_CASE("a corner handle resizes keeping the aspect, Shift frees it, an edge handle keeps the centre line", "[preview][placement]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    controller.setSnapping({false, 10});
    controller.setSelection({0});
    CHECK(controller.handleAt({500, 400}, kRadius) == ItemBox::Handle::BottomRight);

    // Bottom-right of the natural-size camera (400x300) pulled 200 right: it gets a 600x450 box.
    drag(controller, {500, 400}, {700, 420});
    CHECK(item(editor, 0).xPx == 100);
    CHECK(item(editor, 0).yPx == 100);
    CHECK(item(editor, 0).boundsWidthPx == 600);
    CHECK(item(editor, 0).boundsHeightPx == 450);
    CHECK_FALSE(item(editor, 0).stretch);
    CHECK(editor.undoLabel().startsWith(QStringLiteral("Resize")));

    // Top-left pulled in with Shift: free aspect, the picture stretches.
    drag(controller, {100, 100}, {150, 200}, false, false, true);
    CHECK(item(editor, 0).xPx == 150);
    CHECK(item(editor, 0).yPx == 200);
    CHECK(item(editor, 0).boundsWidthPx == 550);
    CHECK(item(editor, 0).boundsHeightPx == 350);
    CHECK(item(editor, 0).stretch);

    // A stretched item's right edge moves alone.
    drag(controller, {700, 375}, {650, 375});
    CHECK(item(editor, 0).boundsWidthPx == 500);
    CHECK(item(editor, 0).boundsHeightPx == 350);

    // Nothing shrinks below a grab-able size.
    drag(controller, {650, 375}, {-500, 375});
    CHECK(item(editor, 0).boundsWidthPx == 8);
}

TEST_CASE("an Alt-drag on a handle crops the source's pixels and the picture stays where it was", "[preview][placement]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    controller.setSnapping({false, 10});

    // The natural-size camera: one canvas pixel is one source pixel.
    controller.setSelection({0});
    drag(controller, {100, 250}, {140, 250}, false, true);
    CHECK(item(editor, 0).crop == ItemCrop{40, 0, 0, 0});
    CHECK(item(editor, 0).xPx == 140);
    CHECK(editor.undoLabel().startsWith(QStringLiteral("Crop")));

    // The logo: 400x200 shown in a 200x200 box is 200x100 at scale 0.5 with
    // bars. The box first shrinks to the picture (800,150 200x100); the top
    // edge dragged 25 down crops 50 source rows.
    controller.setSelection({1});
    drag(controller, {900, 100}, {900, 125}, false, true);
    const SceneItemSpec logo = item(editor, 1);
    CHECK(logo.crop == ItemCrop{0, 50, 0, 0});
    CHECK(logo.xPx == 800);
    CHECK(logo.yPx == 175);
    CHECK(logo.boundsWidthPx == 200);
    CHECK(logo.boundsHeightPx == 75);

    // Past the other side: one source pixel is always left.
    controller.setSelection({0});
    drag(controller, {140, 250}, {900, 250}, false, true);
    CHECK(item(editor, 0).crop.left == 399);
}

TEST_CASE("arrow keys nudge the selection, a held key is one undo step, Shift moves ten", "[preview][placement][undo]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    QString error;
    CHECK_FALSE(controller.nudge(1, 0, false, &error));
    CHECK_FALSE(error.isEmpty());
    controller.setSelection({0});
    REQUIRE(controller.nudge(1, 0, false, &error));
    REQUIRE(controller.nudge(1, 0, true, &error)); // auto-repeat
    REQUIRE(controller.nudge(1, 0, true, &error));
    CHECK(item(editor, 0).xPx == 103);
    REQUIRE(controller.nudge(0, 10, false, &error)); // a new press
    CHECK(item(editor, 0).yPx == 110);
    REQUIRE(editor.undo(&error));
    CHECK(item(editor, 0).xPx == 103);
    CHECK(item(editor, 0).yPx == 100);
    REQUIRE(editor.undo(&error));
    CHECK(item(editor, 0).xPx == 100);
    CHECK_FALSE(editor.canUndo());
}

TEST_CASE("the context commands: fit, stretch, centre, rotate about the centre, flip in place, reset, order", "[preview][placement]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    QString error;
    CHECK_FALSE(controller.fitToScreen(&error));
    controller.setSelection({0});

    REQUIRE(controller.centre(&error));
    CHECK(item(editor, 0).xPx == 440);
    CHECK(item(editor, 0).yPx == 210);
    REQUIRE(controller.rotate(90, &error));
    CHECK(item(editor, 0).rotationDeg == 90);
    CHECK(controller.boxOf(0).boundingRect().center() == QPointF(640, 360));
    CHECK(controller.boxOf(0).boundingRect().size() == QSizeF(300, 400));
    CHECK(controller.itemAt({640, 200}) == 0); // the turned box is hit where it is drawn
    CHECK(controller.itemAt({460, 360}) == -1);
    REQUIRE(controller.rotate(-90, &error));
    CHECK(item(editor, 0).rotationDeg == 0);
    CHECK(item(editor, 0).xPx == Approx(440));
    CHECK(editor.undoLabel().startsWith(QStringLiteral("Rotate")));

    REQUIRE(controller.fitToScreen(&error));
    CHECK(item(editor, 0).boundsWidthPx == 1280);
    CHECK_FALSE(item(editor, 0).stretch);
    REQUIRE(controller.stretchToScreen(&error));
    CHECK(item(editor, 0).stretch);

    // The logo flipped: its box shrinks to the picture first, so the flip happens in place.
    controller.setSelection({1});
    REQUIRE(controller.flip(true, &error));
    CHECK(item(editor, 1).flipH);
    CHECK(item(editor, 1).yPx == 150);
    CHECK(item(editor, 1).boundsHeightPx == 100);
    CHECK(editor.undoLabel().startsWith(QStringLiteral("Flip")));

    REQUIRE(controller.resetTransform(&error));
    CHECK(item(editor, 1) == SceneItemSpec{QStringLiteral("Logo"), true});

    REQUIRE(controller.reorder(PreviewEditController::Order::Top, &error));
    CHECK(item(editor, 2).sourceName == QStringLiteral("Logo"));
    CHECK(controller.selection() == QList<int>{2});
    REQUIRE(controller.reorder(PreviewEditController::Order::Bottom, &error));
    CHECK(item(editor, 0).sourceName == QStringLiteral("Logo"));
    CHECK(controller.selection() == QList<int>{0});
}

TEST_CASE("the selection follows the collection: another scene clears it, an undo that removes items drops them", "[preview][placement]")
{
    test::FakeSceneEditor editor;
    load(editor);
    PreviewEditController controller(editor);
    QString error;
    REQUIRE(editor.addItem(QStringLiteral("Main"), {QStringLiteral("Extra"), QStringLiteral("color_source_v3"), {}, {}}, {QStringLiteral("Extra")}, &error));
    controller.setSelection({3, 0});
    CHECK(controller.selection() == QList<int>{0, 3});
    REQUIRE(editor.undo(&error));
    CHECK(controller.selection() == QList<int>{0});
    REQUIRE(editor.addScene(QStringLiteral("Other"), &error));
    REQUIRE(editor.setCurrentScene(QStringLiteral("Other"), &error));
    CHECK(controller.selection().isEmpty());
}

TEST_CASE("a transform libobs could not build is refused with a reason and changes nothing", "[preview][placement][scenes]")
{
    test::FakeSceneEditor editor;
    load(editor);
    const QByteArray before = editor.collection().toJson();
    QString error;
    SceneItemSpec bad = item(editor, 0);
    bad.rotationDeg = 400;
    CHECK_FALSE(editor.setItemTransform(QStringLiteral("Main"), 0, bad, &error));
    CHECK(error.contains(QStringLiteral("rotation")));
    bad = item(editor, 0);
    bad.crop.left = -1;
    CHECK_FALSE(editor.setItemTransform(QStringLiteral("Main"), 0, bad, &error));
    bad = item(editor, 0);
    bad.xPx = std::nan("");
    CHECK_FALSE(editor.setItemTransform(QStringLiteral("Main"), 0, bad, &error));
    CHECK_FALSE(editor.setItemTransform(QStringLiteral("Main"), 9, item(editor, 0), &error));
    CHECK(editor.collection().toJson() == before);
    CHECK_FALSE(editor.canUndo());
}
