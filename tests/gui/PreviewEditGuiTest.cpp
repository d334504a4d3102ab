// Placing sources with the mouse on the real studio window: a real libobs
// preview under Xvfb, synthesized mouse and key events (QTest), the result
// read from the collection and from rendered program frames. Run twice by
// ctest: at device pixel ratio 1, and with QT_SCALE_FACTOR=2 at ratio 2.
#define CATCH_CONFIG_RUNNER
#include "CatchQt.hpp"
#include "EventLoopGap.hpp"
#include "GuiStudio.hpp"
#include "GuiTestMain.hpp"
#include "MainWindow.hpp"
#include "PreviewWidget.hpp"
#include "ProgramFrame.hpp"
#include "Studio.hpp"
#include "XvfbServer.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/PreviewEditController.hpp"
#include "broadcast/ProgramView.hpp"
#include "broadcast/SceneEditor.hpp"
#include "broadcast/StudioMode.hpp"
#include "show/ShowSession.hpp"
#include "work/GuiThreadCheck.hpp"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <optional>

using namespace shopcast;
using namespace shopcast::broadcast;

namespace {

const QString kSquare = QStringLiteral("Test square");

void saveScreenshot(QWidget &window, const QString &name)
{
    test::saveScreenshot(window, name, QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
}

// A red rectangle of this size on top of the scene (default: on air), at (100, 100); its index.
int addRedRectangle(SceneEditor &scenes, QSize sizePx, QString scene = {})
{
    QString error;
    if (scene.isEmpty())
        scene = scenes.collection().currentScene();
    const SourceSpec rectangle{
        kSquare,
        QStringLiteral("color_source_v3"),
        QJsonObject{{QStringLiteral("color"), qint64(0xff0000ff)}, {QStringLiteral("width"), sizePx.width()}, {QStringLiteral("height"), sizePx.height()}},
        {}};
    REQUIRE(scenes.addItem(scene, rectangle, {kSquare, true, 100, 100, 0, 0}, &error));
    return int(scenes.collection().findScene(scene)->items.size()) - 1;
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 60 && qBlue(pixel) < 60;
}

// Pixels that pass a test in what the X server shows of a widget (what
// libobs last drew there: Qt never paints a preview).
template<typename Test>
int pixelsIn(QWidget &widget, Test test)
{
    const QRect area(widget.mapToGlobal(QPoint(0, 0)), widget.size());
    const QImage shot = widget.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).toImage();
    int count = 0;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            count += test(shot.pixel(x, y)) ? 1 : 0;
    return count;
}

// Pixels of the product card's red live price.
int priceRedPixelsIn(QWidget &widget)
{
    return pixelsIn(widget, [](QRgb p) { return qRed(p) > 170 && qGreen(p) < 110 && qBlue(p) < 110; });
}

// Pixels of the test's red rectangle.
int redPixelsIn(QWidget &widget)
{
    return pixelsIn(widget, isRed);
}

// The studio window on the demo show at 1366x768, its preview drawn by libobs.
struct StudioWindow
{
    QTemporaryDir profile;
    std::unique_ptr<app::Studio> studio = test::makeGuiStudio(profile.path(), true);
    app::MainWindow window{*studio};
    app::PreviewWidget *preview = nullptr;
    PreviewEditController *editing = nullptr;

    StudioWindow()
    {
        QSignalSpy firstFrame(&studio->engine().program(), &ProgramView::firstFrameRendered);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE((studio->engine().program().hasRenderedFrame() || firstFrame.count() > 0 || firstFrame.wait(10000)));
        preview = window.findChild<app::PreviewWidget *>(QStringLiteral("preview"));
        editing = window.findChild<PreviewEditController *>(QStringLiteral("previewEditing"));
        REQUIRE(preview);
        REQUIRE(editing);
        REQUIRE_EVENTUALLY(preview->hasSurface(), 10'000);
    }
};

// QWidget::destroy(), which Qt calls when a widget's native window must go
// while the widget stays (its QWindow destroyed under it, a window made a
// child): the X window and the native ones inside it destroyed, made anew
// on the next show. Qt 6.4 kept the preview's X window through a reparent,
// new window flags and a window made a child, so the test calls it itself.
struct NativeWindows : QWidget
{
    static void recreate(QWidget *window) { (window->*&NativeWindows::destroy)(true, true); }
};

class PreviewDriver
{
public:
    PreviewDriver(app::PreviewWidget &preview)
        : m_preview(preview)
    {}
    // The widget point (logical, whole) over a canvas pixel.
    QPoint at(QPointF canvasPx) const { return (m_preview.fit().toWindow(canvasPx) / m_preview.devicePixelRatioF()).toPoint(); }
    // What the preview maps that point back to: the canvas pixel the user
    // actually points at (whole logical pixels cover more than one canvas pixel).
    QPointF canvasAt(QPoint widgetPos) const { return m_preview.toCanvas(widgetPos); }
    void drag(QPointF fromCanvas, QPointF toCanvas, Qt::KeyboardModifiers modifiers = {})
    {
        const QPoint from = at(fromCanvas);
        const QPoint to = at(toCanvas);
        QTest::mousePress(&m_preview, Qt::LeftButton, modifiers, from);
        for (int step = 1; step <= 5; ++step)
            QTest::mouseMove(&m_preview, from + (to - from) * step / 5);
        QTest::mouseRelease(&m_preview, Qt::LeftButton, modifiers, to);
    }

private:
    app::PreviewWidget &m_preview;
};

} // namespace

TEST_CASE("in the real preview a drag moves a source by the canvas pixels under the pointer, handles resize, snapping catches, Alt crops, undo restores",
          "[gui][preview]")
{
    StudioWindow studioWindow;
    auto &studio = studioWindow.studio;
    auto &window = studioWindow.window;
    app::PreviewWidget *preview = studioWindow.preview;
    PreviewEditController *editing = studioWindow.editing;
    SceneEditor &scenes = studio->engine().scenes();
    ProgramView &program = studio->engine().program();
    INFO("device pixel ratio " << preview->devicePixelRatioF());
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2"))
        REQUIRE(preview->devicePixelRatioF() == 2);
    PreviewDriver mouse(*preview);

    // A red 200x200 square on top of the scene on air, at (100, 100).
    const QString scene = scenes.collection().currentScene();
    const int index = addRedRectangle(scenes, {200, 200});
    const auto item = [&] { return scenes.collection().findScene(scene)->items.at(index); };
    const QByteArray start = scenes.collection().toJson();
    editing->setSnapping({false, 10});
    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    test::EventLoopGap gap;
    gap.start();

    // Drag from the square's middle 300 right and 100 down (in canvas pixels).
    const QPoint from = mouse.at({200, 200});
    const QPoint to = mouse.at({500, 300});
    const QPointF expected = mouse.canvasAt(to) - mouse.canvasAt(from);
    mouse.drag({200, 200}, {500, 300});
    CHECK(editing->selection() == QList<int>{index});
    CHECK(item().xPx == Approx(100 + expected.x()).margin(0.01));
    CHECK(item().yPx == Approx(100 + expected.y()).margin(0.01));
    CHECK(std::abs(expected.x() - 300) <= 2 * preview->devicePixelRatioF() * preview->fit().canvasPerPx());
    {
        const QImage frame = test::programFrame(program);
        REQUIRE_FALSE(frame.isNull());
        CHECK(isRed(frame.pixel(int(item().xPx) + 100, int(item().yPx) + 100)));
        CHECK_FALSE(isRed(frame.pixel(150, 150))); // where it was
    }

    // The bottom-right handle pulled 100 canvas pixels right: the square grows, still square.
    const QPointF corner(item().xPx + 200, item().yPx + 200);
    mouse.drag(corner, corner + QPointF(100, 40));
    CHECK(item().boundsWidthPx == Approx(item().boundsHeightPx));
    CHECK(item().boundsWidthPx > 280);
    CHECK(item().boundsWidthPx < 320);
    const double size = item().boundsWidthPx;
    {
        const QImage frame = test::programFrame(program);
        // Its grown top-right corner (the bottom of it is under the product card, which is drawn above every scene).
        CHECK(isRed(frame.pixel(int(item().xPx + size - 10), int(item().yPx + 10))));
    }

    // Snapping on: dropped 5 canvas pixels from the left edge, it lands on it.
    editing->setSnapping({true, 10});
    const QPointF middle(item().xPx + size / 2, item().yPx + size / 2);
    mouse.drag(middle, middle - QPointF(item().xPx - 5, 0));
    CHECK(item().xPx == 0);

    // Alt on the left handle crops the source's columns; the right edge stays.
    const double right = item().xPx + item().boundsWidthPx;
    const QPointF leftHandle(item().xPx, item().yPx + size / 2);
    mouse.drag(leftHandle, leftHandle + QPointF(60, 0), Qt::AltModifier);
    CHECK(item().crop.left > 30);
    CHECK(item().xPx + item().boundsWidthPx == Approx(right).margin(1));

    // The arrow keys nudge it.
    const double x = item().xPx;
    preview->setFocus();
    QTest::keyClick(preview, Qt::Key_Right);
    QTest::keyClick(preview, Qt::Key_Down, Qt::ShiftModifier);
    CHECK(item().xPx == x + 1);
    gap.stop();
    WARN("longest event-loop gap while dragging: " << gap.longestMs() << " ms");
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);

    // Every gesture is one step: undo them all and the collection is what it was, byte for byte.
    const QByteArray end = scenes.collection().toJson();
    int steps = 0;
    while (scenes.collection().toJson() != start && steps < 20) {
        REQUIRE(studio->show().actions().invoke(QStringLiteral("scene.undo"), actions::Origin::Hotkey).ok);
        ++steps;
    }
    CHECK(scenes.collection().toJson() == start);
    CHECK(steps == 6); // move, resize, snap-move, crop, two nudges
    for (int i = 0; i < steps; ++i)
        REQUIRE(studio->show().actions().invoke(QStringLiteral("scene.redo"), actions::Origin::Hotkey).ok);
    CHECK(scenes.collection().toJson() == end);

    if (preview->devicePixelRatioF() == 1) {
        const QString dir = QStringLiteral(SHOPCAST_TEST_ARTIFACTS);
        QDir().mkpath(dir);
        QTest::qWait(500);
        const QRect area = window.frameGeometry();
        window.screen()
            ->grabWindow(0, area.x(), area.y(), area.width(), area.height())
            .toImage()
            .save(QDir(dir).filePath(QStringLiteral("preview-editing.png")));
    }
}

TEST_CASE("the preview's context menu centres, flips, turns and fits the source under the pointer, as libobs then draws it", "[gui][preview]")
{
    StudioWindow studioWindow;
    auto &studio = studioWindow.studio;
    app::PreviewWidget *preview = studioWindow.preview;
    PreviewEditController *editing = studioWindow.editing;
    SceneEditor &scenes = studio->engine().scenes();
    PreviewDriver mouse(*preview);
    const QString scene = scenes.collection().currentScene();
    const int index = addRedRectangle(scenes, {200, 100});
    const auto item = [&] { return scenes.collection().findScene(scene)->items.at(index); };

    const auto choose = [&](const char *action) {
        // The menu is modal: pick from it once it is up.
        QTimer::singleShot(0, [action] {
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            auto *chosen = menu->findChild<QAction *>(QString::fromLatin1(action));
            QVERIFY(chosen);
            QVERIFY(chosen->isEnabled());
            menu->close();
            chosen->trigger();
        });
        const QPoint pos = mouse.at(editing->boxOf(index).boundingRect().center());
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, preview->mapToGlobal(pos));
        QApplication::sendEvent(preview, &event);
    };
    choose("centre");
    CHECK(item().xPx == Approx(540));
    CHECK(item().yPx == Approx(310));
    // Flipped in place and turned about its centre, as libobs draws it.
    choose("flipHorizontal");
    CHECK(item().flipH);
    {
        const QImage frame = test::programFrame(studio->engine().program());
        CHECK(isRed(frame.pixel(550, 360)));
        CHECK(isRed(frame.pixel(730, 360)));
        CHECK_FALSE(isRed(frame.pixel(530, 360)));
        CHECK_FALSE(isRed(frame.pixel(750, 360)));
    }
    choose("rotateClockwise");
    CHECK(item().rotationDeg == 90);
    {
        const QImage frame = test::programFrame(studio->engine().program());
        CHECK(isRed(frame.pixel(640, 270)));
        CHECK(isRed(frame.pixel(640, 450)));
        CHECK_FALSE(isRed(frame.pixel(560, 360)));
        CHECK_FALSE(isRed(frame.pixel(640, 470)));
    }
    choose("fitToScreen");
    CHECK(item().boundsWidthPx == studio->engine().program().canvas().widthPx);
    CHECK(item().rotationDeg == 0);
}

TEST_CASE("the preview's libobs display goes before Qt destroys its X window, and is made again on the new one", "[gui][preview]")
{
    StudioWindow studioWindow;
    SceneEditor &scenes = studioWindow.studio->engine().scenes();

    // A preview of the program in a window of its own (as the Filters
    // dialog has one), whose X windows are then destroyed and made anew.
    // Gone before the studio.
    const auto holder = std::make_unique<QWidget>();
    auto *preview = new app::PreviewWidget(studioWindow.studio->engine().program(), holder.get());
    auto *layout = new QVBoxLayout(holder.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(preview);
    holder->resize(640, 360);
    holder->show();
    REQUIRE(QTest::qWaitForWindowExposed(holder.get()));
    REQUIRE_EVENTUALLY(preview->hasSurface(), 10'000);
    const WId before = preview->winId();
    QPointer<QWindow> oldWindow = preview->windowHandle();
    std::optional<bool> surfaceWhenWindowWent;
    QObject guard; // the watch ends with the test, whatever happens
    QObject::connect(oldWindow, &QObject::destroyed, &guard, [&] { surfaceWhenWindowWent = preview->hasSurface(); });
    holder->hide();
    NativeWindows::recreate(holder.get());
    holder->show();
    REQUIRE(QTest::qWaitForWindowExposed(holder.get()));
    INFO("X window " << before << " -> " << preview->winId());
    REQUIRE(preview->winId() != before);
    REQUIRE(surfaceWhenWindowWent.has_value());
    CHECK_FALSE(*surfaceWhenWindowWent);
    REQUIRE_EVENTUALLY(preview->hasSurface(), 10'000);

    // libobs draws into the new window: a red square put on air shows there.
    QTest::qWait(500);
    const int withoutSquare = redPixelsIn(*preview);
    addRedRectangle(scenes, {200, 200});
    REQUIRE_EVENTUALLY(redPixelsIn(*preview) > withoutSquare + 1000, 10'000);
}

TEST_CASE("a hidden window's preview is not drawn by libobs, and is drawn again when the window comes back", "[gui][preview]")
{
    StudioWindow studioWindow;
    auto &window = studioWindow.window;
    app::PreviewWidget *preview = studioWindow.preview;

    // Hidden, as to the tray: libobs has no display for it.
    window.hide();
    CHECK_FALSE(preview->hasSurface());

    // Back: a display again, and it draws what goes on air (a red square
    // put on air after the window came back shows in the preview).
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_EVENTUALLY(preview->hasSurface(), 10'000);
    QTest::qWait(500);
    const int withoutSquare = redPixelsIn(*preview);
    addRedRectangle(studioWindow.studio->engine().scenes(), {200, 200});
    REQUIRE_EVENTUALLY(redPixelsIn(*preview) > withoutSquare + 1000, 10'000);
}

TEST_CASE("studio mode: the next scene in a preview beside the program, edited there, sent on air by the Transition button", "[gui][studiomode]")
{
    StudioWindow studioWindow;
    auto &studio = studioWindow.studio;
    auto &window = studioWindow.window;
    app::PreviewWidget *preview = studioWindow.preview;
    PreviewEditController *editing = studioWindow.editing;
    SceneEditor &scenes = studio->engine().scenes();
    auto *toggle = window.findChild<QPushButton *>(QStringLiteral("studioModeButton"));
    auto *sceneList = window.findChild<QListWidget *>(QStringLiteral("sceneList"));
    REQUIRE(toggle);
    REQUIRE(sceneList);
    CHECK_FALSE(window.findChild<app::PreviewWidget *>(QStringLiteral("programView")));
    const QString onAir = scenes.collection().currentScene();
    const QString next = scenes.collection().scenes().at(1).name;
    REQUIRE(onAir != next);

    toggle->click();
    CHECK(toggle->isChecked());
    auto *program = window.findChild<app::PreviewWidget *>(QStringLiteral("programView"));
    REQUIRE(program);
    REQUIRE_EVENTUALLY(program->hasSurface(), 10'000);
    auto *transition = window.findChild<QPushButton *>(QStringLiteral("transitionButton"));
    REQUIRE(transition);
    CHECK(transition->isVisible());

    // A click on the next scene fills the preview; the program stays.
    sceneList->setCurrentRow(1);
    CHECK(studio->studioMode().previewScene() == next);
    CHECK(scenes.collection().currentScene() == onAir);
    CHECK(preview->sourceName() == next);
    REQUIRE_EVENTUALLY(preview->hasSurface(), 10'000);
    CHECK(editing->sceneName() == next);
    // The next scene is previewed with the show's cards where it places them,
    // as it will go on air (they are drawn above the program's transition,
    // not inside the scenes): none in a scene without the card, then the card.
    QTest::qWait(500);
    const int withoutCard = priceRedPixelsIn(*preview);
    const SceneSpec *main = scenes.collection().findScene(onAir);
    const auto card
        = std::find_if(main->items.cbegin(), main->items.cend(), [](const SceneItemSpec &i) { return i.sourceName == QStringLiteral("Product card"); });
    REQUIRE(card != main->items.cend());
    QString error;
    REQUIRE(scenes.addItem(next, *scenes.collection().findSource(card->sourceName), *card, &error));
    REQUIRE_EVENTUALLY(priceRedPixelsIn(*preview) > withoutCard + 200, 10'000);
    saveScreenshot(window, QStringLiteral("studio-mode.png"));
    REQUIRE(scenes.undo(&error));

    // Transition: the next scene on air, the old one in the preview.
    transition->click();
    CHECK(scenes.collection().currentScene() == next);
    CHECK(studio->studioMode().previewScene() == onAir);
    CHECK(preview->sourceName() == onAir);
    // The hotkey's action goes back.
    REQUIRE(studio->show().actions().invoke(QStringLiteral("scene.transition"), actions::Origin::Hotkey).ok);
    CHECK(scenes.collection().currentScene() == onAir);

    // An edit in the preview acts on the preview's scene, not the one on air.
    sceneList->setCurrentRow(1);
    const QByteArray onAirItems = [&] {
        QByteArray all;
        for (const SceneItemSpec &item : scenes.collection().findScene(onAir)->items)
            all += QByteArray::number(item.xPx) + ',';
        return all;
    }();
    editing->setSelection({0});
    preview->setFocus();
    QTest::keyClick(preview, Qt::Key_Right);
    CHECK(scenes.collection().findScene(next)->items.at(0).xPx == 1);
    QByteArray after;
    for (const SceneItemSpec &item : scenes.collection().findScene(onAir)->items)
        after += QByteArray::number(item.xPx) + ',';
    CHECK(after == onAirItems);

    toggle->click();
    CHECK_FALSE(toggle->isChecked());
    CHECK_FALSE(window.findChild<app::PreviewWidget *>(QStringLiteral("programView")));
    CHECK(preview->sourceName().isEmpty());
    CHECK(editing->sceneName() == onAir);
}

int main(int argc, char *argv[])
{
    return shopcast::test::runGuiTests(argc, argv);
}

TEST_CASE("the second canvas: its own view at the side shows its scene, a drag there moves the item by that canvas' pixels, the program's scene stays",
          "[gui][preview][canvas]")
{
    StudioWindow studioWindow;
    auto &studio = studioWindow.studio;
    auto &window = studioWindow.window;
    SceneEditor &scenes = studio->engine().scenes();
    CHECK_FALSE(window.findChild<app::PreviewWidget *>(QStringLiteral("secondCanvasView")));
    const QString onAir = scenes.collection().currentScene();
    const SceneSpec programBefore = *scenes.collection().findScene(onAir);

    QString error;
    REQUIRE(studio->applySecondCanvas(CanvasSpec{720, 1280, 30}, RecordedCanvas::Both, &error));
    const QString second = scenes.collection().secondCanvasScene();
    CHECK(second == QStringLiteral("%1 (720x1280)").arg(onAir));
    CHECK(scenes.collection().currentScene() == onAir);
    CHECK(studio->settings().secondCanvas == CanvasSpec{720, 1280, 30});
    auto *view = window.findChild<app::PreviewWidget *>(QStringLiteral("secondCanvasView"));
    REQUIRE(view);
    REQUIRE_EVENTUALLY(view->hasSurface(), 10'000);
    CHECK(view->canvas().heightPx == 1280);
    auto *secondEditing = window.findChild<PreviewEditController *>(QStringLiteral("secondCanvasEditing"));
    REQUIRE(secondEditing);
    CHECK(secondEditing->sceneName() == second);

    const int index = addRedRectangle(scenes, {200, 200}, second);
    secondEditing->setSnapping({false, 10});
    PreviewDriver mouse(*view);
    const QPoint from = mouse.at({200, 200});
    const QPoint to = mouse.at({300, 900});
    const QPointF moved = mouse.canvasAt(to) - mouse.canvasAt(from);
    mouse.drag({200, 200}, {300, 900});
    const SceneItemSpec item = scenes.collection().findScene(second)->items.at(index);
    CHECK(item.xPx == Approx(100 + moved.x()).margin(0.01));
    CHECK(item.yPx == Approx(100 + moved.y()).margin(0.01));
    CHECK(item.yPx > 700); // far below where a 1280x720 canvas ends
    CHECK(*scenes.collection().findScene(onAir) == programBefore);
    QTest::qWait(300);
    saveScreenshot(window, QStringLiteral("second-canvas.png"));

    // Undo: the drag, then the red square; the program's scene never changed.
    REQUIRE(scenes.undo(&error));
    CHECK(scenes.collection().findScene(second)->items.at(index).yPx == 100);
    // The card's live price and the video's red bar are red too: the square
    // is told by how many red pixels it adds (a 200 px square is over 2,000
    // pixels of the view at ratio 1).
    QTest::qWait(500);
    const int withSquare = redPixelsIn(*view);

    // A new main canvas frees every libobs mix, the second canvas's too: it
    // is made anew, and the view at the side goes on drawing it (it once
    // kept a hold on the freed one and drew nothing more). An X window keeps
    // what was last drawn in it, so the square is taken away and put back:
    // only a view that is drawn follows.
    REQUIRE(studio->applyCanvas(CanvasSpec{960, 540, 30}, &error));
    REQUIRE(studio->engine().program().secondCanvas() == CanvasSpec{720, 1280, 30});
    REQUIRE(view == window.findChild<app::PreviewWidget *>(QStringLiteral("secondCanvasView")));
    REQUIRE(scenes.undo(&error));
    CHECK(scenes.collection().findScene(second)->items.size() == index);
    INFO("red pixels in the view with the square: " << withSquare);
    // Until the new canvas's mix has its first frame the view shows it
    // blank (no red at all), and a frame or two may still hold the square:
    // a frame with the card's red and without the square is what counts.
    int withoutSquare = 0;
    const auto withoutTheSquare = [&] {
        withoutSquare = redPixelsIn(*view);
        return withoutSquare > 0 && withoutSquare < withSquare - 1000;
    };
    REQUIRE_EVENTUALLY(withoutTheSquare(), 10'000);
    REQUIRE(scenes.redo(&error));
    REQUIRE_EVENTUALLY(redPixelsIn(*view) > withoutSquare + 1000, 10'000);

    // Off: the view goes, the scene stays for the next time.
    REQUIRE(studio->applySecondCanvas(std::nullopt, RecordedCanvas::Program, &error));
    CHECK_FALSE(window.findChild<app::PreviewWidget *>(QStringLiteral("secondCanvasView")));
    CHECK(scenes.collection().findScene(second));
    CHECK_FALSE(studio->settings().secondCanvas.has_value());
}
