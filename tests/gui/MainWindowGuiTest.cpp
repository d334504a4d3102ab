// The real studio window under X (Xvfb): real libobs preview, real buttons,
// a real recording on disk. A screenshot is kept as a test artefact.
#define CATCH_CONFIG_RUNNER
#include "CatchQt.hpp"
#include "WindowActivation.hpp"
#include "GuiStudio.hpp"
#include "GuiTestMain.hpp"

#include "CollectionMenu.hpp"
#include "EditMenu.hpp"
#include "StudioTray.hpp"
#include "dialogs/FiltersDialog.hpp"
#include "dialogs/OrderMappingDialog.hpp"
#include "overlay/SalesTickerRenderer.hpp"
#include "pluginapi/ChatEvent.hpp"
#include "show/SalesRoom.hpp"
#include "show/SalesTicker.hpp"
#include "dialogs/SettingsDialog.hpp"
#include "widgets/PropertiesForm.hpp"
#include "MainWindow.hpp"
#include "MediaProbe.hpp"
#include "PreviewWidget.hpp"
#include "Studio.hpp"
#include "NginxRtmpServer.hpp"
#include "XvfbServer.hpp"

#include "broadcast/BroadcastController.hpp"
#include "broadcast/FilterCatalog.hpp"
#include "broadcast/ProgramView.hpp"
#include "actions/ActionRegistry.hpp"
#include "work/GuiThreadCheck.hpp"
#include "broadcast/ProgramScreenshots.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/DestinationsModel.hpp"
#include "broadcast/CollectionLibrary.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneCollectionStore.hpp"
#include "broadcast/SceneEditor.hpp"
#include "catalog/LineupModel.hpp"
#include "show/LiveProductController.hpp"
#include "show/ShowSession.hpp"
#include "show/ShowTimeline.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "core/StudioPaths.hpp"
#include "FirstRunSetup.hpp"
#include "HotkeyMap.hpp"
#include "core/SecretStore.hpp"
#include "core/Translations.hpp"
#include "core/UiSettings.hpp"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QDateTime>
#include <QSettings>
#include <QDoubleSpinBox>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QSqlQuery>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QListWidget>
#include <QListView>
#include <QSlider>
#include <QToolButton>
#include <QTableView>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QWindow>
#include <QTest>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace shopcast;

namespace {

void saveScreenshot(QWidget &window, const QString &name)
{
    test::saveScreenshot(window, name, QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
}

// Shares of clearly blue and clearly orange pixels in the part of the
// preview where the demo's landscape scene shows the product's picture
// (x 63-96 %, y 15-65 % of the canvas; the middle of it is sampled).
std::pair<double, double> pictureTones(app::MainWindow &window, const broadcast::CanvasSpec &canvas)
{
    QWidget *preview = window.preview();
    const double w = canvas.widthPx;
    const double h = canvas.heightPx;
    const double scale = std::min(preview->width() / w, preview->height() / h);
    const QPoint origin = preview->mapToGlobal(QPoint(int((preview->width() - w * scale) / 2), int((preview->height() - h * scale) / 2)));
    const QRect box(origin + QPoint(int(w * 0.70 * scale), int(h * 0.25 * scale)), QSize(int(w * 0.19 * scale), int(h * 0.3 * scale)));
    const QImage shot = window.screen()->grabWindow(0, box.x(), box.y(), box.width(), box.height()).toImage();
    int blue = 0;
    int orange = 0;
    int all = 0;
    for (int y = 0; y < shot.height(); y += 2)
        for (int x = 0; x < shot.width(); x += 2) {
            const QColor c = shot.pixelColor(x, y);
            blue += c.blue() > c.red() + 40 ? 1 : 0;
            orange += c.red() > c.blue() + 40 && c.green() > 90 ? 1 : 0;
            ++all;
        }
    return {double(blue) / std::max(1, all), double(orange) / std::max(1, all)};
}

} // namespace

TEST_CASE("the studio window shows the demo scene and records through its buttons", "[gui]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();

    QSignalSpy firstFrame(&studio->engine().program(), &broadcast::ProgramView::firstFrameRendered);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE((studio->engine().program().hasRenderedFrame() || firstFrame.count() > 0 || firstFrame.wait(10000)));
    REQUIRE_EVENTUALLY(window.preview()->hasSurface(), 5000);

    auto *sceneList = window.findChild<QListWidget *>(QStringLiteral("sceneList"));
    auto *sourceList = window.findChild<QListWidget *>(QStringLiteral("sourceList"));
    REQUIRE(sceneList);
    REQUIRE(sourceList);
    CHECK(sceneList->count() == 2);
    CHECK(sourceList->count() == 8); // orders ticker, title, lottery and poll, pinned comment, card, image, video, background
    CHECK(sourceList->item(0)->text() == QStringLiteral("Orders ticker")); // top of the stack first
    CHECK(sourceList->item(1)->text() == QStringLiteral("Title"));

    QTest::qWait(1000); // let the preview draw a few frames before the picture
    saveScreenshot(window, QStringLiteral("main-window.png"));

    auto *record = window.findChild<QPushButton *>(QStringLiteral("recordButton"));
    REQUIRE(record);
    CHECK(record->text() == QStringLiteral("Start Recording"));
    QSignalSpy saved(&studio->broadcast(), &broadcast::BroadcastController::recordingSaved);
    QTest::mouseClick(record, Qt::LeftButton);
    REQUIRE_EVENTUALLY((record->text()) == (QStringLiteral("Stop Recording")), 5000);
    QTest::qWait(3000);
    QTest::mouseClick(record, Qt::LeftButton);
    REQUIRE((saved.count() > 0 || saved.wait(30000)));
    CHECK(record->text() == QStringLiteral("Start Recording"));

    const QString path = saved.first().first().toString();
    CHECK(path.endsWith(QStringLiteral(".mp4")));
    CHECK(QFileInfo(path).dir() == QDir(recordings.path()));
    QString error;
    const auto probe = test::MediaProbe::of(path, &error);
    INFO(error.toStdString());
    REQUIRE(probe);
    CHECK(probe->videoCodec == QStringLiteral("h264"));
    CHECK(probe->width == 1280);
    // The 3 s between the clicks, give or take how long the outputs take to start and stop on a loaded machine.
    CHECK(probe->durationSec > 1.5);
    CHECK(probe->durationSec < 10.0);
}

TEST_CASE("scene and source docks drive the engine and the edits persist", "[gui]")
{
    QTemporaryDir profile;
    {
        auto studio = test::makeGuiStudio(profile.path(), true);
        app::MainWindow window(*studio);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto *sceneList = window.findChild<QListWidget *>(QStringLiteral("sceneList"));
        auto *sourceList = window.findChild<QListWidget *>(QStringLiteral("sourceList"));

        // A swipe of 700 ms, chosen below the list, for the switches that follow.
        auto *transition = window.findChild<QComboBox *>(QStringLiteral("transition"));
        auto *duration = window.findChild<QSpinBox *>(QStringLiteral("transitionDuration"));
        REQUIRE(transition);
        REQUIRE(duration);
        duration->setValue(700);
        emit duration->editingFinished();
        transition->setCurrentIndex(transition->findData(QStringLiteral("swipe_transition")));
        emit transition->activated(transition->currentIndex());
        CHECK(studio->engine().scenes().collection().transition().kind == QStringLiteral("swipe_transition"));
        CHECK(studio->engine().scenes().collection().transition().durationMs == 700);
        sceneList->setCurrentRow(1);
        CHECK(studio->engine().scenes().collection().currentScene() == QStringLiteral("Starting soon"));
        CHECK(sourceList->count() == 2);
        sceneList->setCurrentRow(0);
        // Hide the product image with its checkbox.
        QListWidgetItem *image = sourceList->findItems(QStringLiteral("Product image"), Qt::MatchExactly).value(0);
        REQUIRE(image);
        image->setCheckState(Qt::Unchecked);
        const auto *main = studio->engine().scenes().collection().findScene(QStringLiteral("Main"));
        CHECK_FALSE(main->items.at(2).visible);
        // Move the product card by numbers, as the Position dialog does.
        QString error;
        REQUIRE(studio->engine().scenes().setItemGeometry(QStringLiteral("Main"), 3, 700, 40, 540, 216, &error));
        window.close();
    }
    // What the next start reads (libobs cannot start twice in one process, so
    // the restart is the store's load, the same call Studio::create makes).
    const auto saved = broadcast::SceneCollectionStore(core::StudioPaths::sceneCollectionPath(profile.path())).load();
    REQUIRE(saved.collection);
    CHECK(saved.message.isEmpty());
    CHECK_FALSE(saved.collection->findScene(QStringLiteral("Main"))->items.at(2).visible);
    CHECK(saved.collection->findScene(QStringLiteral("Main"))->items.at(3).xPx == 700);
    CHECK(saved.collection->findScene(QStringLiteral("Main"))->items.at(3).boundsWidthPx == 540);
    CHECK(saved.collection->currentScene() == QStringLiteral("Main"));
    CHECK(saved.collection->transition().kind == QStringLiteral("swipe_transition"));
    CHECK(QFileInfo::exists(QDir(profile.path()).filePath(QStringLiteral("layout.ini"))));
}

TEST_CASE("Explain now through the real button puts the product card on air and writes the timeline", "[gui][lineup]")
{
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *table = window.findChild<QTableView *>(QStringLiteral("lineupTable"));
    auto *explain = window.findChild<QPushButton *>(QStringLiteral("explainButton"));
    REQUIRE(table);
    REQUIRE(explain);
    REQUIRE(studio->show().lineup().rowCount() == 6);                                    // the demo catalog
    CHECK(studio->show().live().cardState()->product.sku == QStringLiteral("DEMO-CUP")); // --demo puts the first on air
    CHECK_EVENTUALLY(pictureTones(window, studio->engine().program().canvas()).first > 0.5, 20'000);
    REQUIRE_EVENTUALLY(!studio->show().live().currentCard().isNull(), 10'000); // drawn on a worker
    const QImage before = studio->show().live().currentCard();

    QSignalSpy cards(&studio->show().live(), &show::LiveProductController::cardChanged);
    table->selectRow(2);
    QTest::mouseClick(explain, Qt::LeftButton);
    CHECK(studio->show().live().cardState()->product.sku == QStringLiteral("DEMO-NUT"));
    REQUIRE_EVENTUALLY(!cards.isEmpty(), 10'000);
    CHECK(cards.last().first().value<QImage>() != before);
    // The switch, then the action that asked for it with its origin.
    const auto events = studio->show().timeline().events();
    REQUIRE(events.size() >= 2);
    const show::TimelineEvent &product = events.at(events.size() - 2);
    CHECK(product.kind == show::TimelineKind::Product);
    CHECK(product.detail.value(QStringLiteral("trigger")).toString() == QStringLiteral("button"));
    CHECK(product.sku == QStringLiteral("DEMO-NUT"));
    CHECK(events.last().kind == show::TimelineKind::Action);
    CHECK(events.last().detail.value(QStringLiteral("id")).toString() == QStringLiteral("product.explain"));
    CHECK(events.last().detail.value(QStringLiteral("origin")).toString() == QStringLiteral("dock"));
    auto *notes = window.findChild<QLabel *>(QStringLiteral("hostNotesTitle"));
    REQUIRE(notes);
    CHECK(notes->text() == QStringLiteral("每日坚果礼盒 30袋装"));
    // The big picture beside the video is the product on air's: the blue
    // cup's before, the orange nuts' now (a fixed "¥99" picture once sat
    // there whatever the card said).
    const broadcast::CanvasSpec canvas = studio->engine().program().canvas();
    CHECK_EVENTUALLY(pictureTones(window, canvas).second > 0.5, 20'000);
    CHECK(pictureTones(window, canvas).first < 0.05);

    // PgDn moves to the next product, as a host would without the mouse.
    // (Xvfb has no window manager: activate the window as one would.)
    REQUIRE(test::activateWindow(window.windowHandle()));
    QTest::keyClick(&window, Qt::Key_PageDown);
    CHECK(studio->show().live().cardState()->product.sku == QStringLiteral("DEMO-EAR"));
    {
        const auto afterKey = studio->show().timeline().events();
        REQUIRE(afterKey.size() >= 2);
        CHECK(afterKey.at(afterKey.size() - 2).detail.value(QStringLiteral("trigger")).toString() == QStringLiteral("hotkey"));
        CHECK(afterKey.last().detail.value(QStringLiteral("id")).toString() == QStringLiteral("product.next"));
        CHECK(afterKey.last().detail.value(QStringLiteral("origin")).toString() == QStringLiteral("hotkey"));
    }

    // A flash sale from the dock: the card shows the banner.
    auto *flash = window.findChild<QPushButton *>(QStringLiteral("flashButton"));
    REQUIRE(flash);
    QTest::mouseClick(flash, Qt::LeftButton);
    CHECK(studio->show().live().isFlashSaleRunning());
    CHECK(flash->text() == QStringLiteral("Stop flash sale"));
    QTest::qWait(1200); // let the preview show it for the screenshot
    saveScreenshot(window, QStringLiteral("lineup-flash-sale.png"));
    QTest::mouseClick(flash, Qt::LeftButton);
    CHECK_FALSE(studio->show().live().isFlashSaleRunning());
    {
        const auto afterSale = studio->show().timeline().events();
        REQUIRE(afterSale.size() >= 2);
        CHECK(afterSale.at(afterSale.size() - 2).kind == show::TimelineKind::FlashSaleEnd);
        CHECK(afterSale.last().detail.value(QStringLiteral("id")).toString() == QStringLiteral("flashSale.toggle"));
    }
}

TEST_CASE("Ctrl+Z undoes a source hidden in the Sources dock, Ctrl+Shift+Z and Ctrl+Y redo it, the Edit menu names the step", "[gui][undo]")
{
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(test::activateWindow(window.windowHandle()));
    auto *edit = window.findChild<app::EditMenu *>();
    REQUIRE(edit);
    CHECK_FALSE(edit->undoAction()->isEnabled());
    const QByteArray before = studio->engine().scenes().collection().toJson();

    auto *sourceList = window.findChild<QListWidget *>(QStringLiteral("sourceList"));
    QListWidgetItem *image = sourceList->findItems(QStringLiteral("Product image"), Qt::MatchExactly).value(0);
    REQUIRE(image);
    image->setCheckState(Qt::Unchecked);
    const QByteArray hidden = studio->engine().scenes().collection().toJson();
    REQUIRE(hidden != before);
    CHECK(edit->undoAction()->isEnabled());
    CHECK(edit->undoAction()->text().startsWith(QStringLiteral("&Undo Hide Product image\t")));

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(studio->engine().scenes().collection().toJson() == before);
    CHECK(sourceList->findItems(QStringLiteral("Product image"), Qt::MatchExactly).value(0)->checkState() == Qt::Checked);
    CHECK(edit->redoAction()->text().startsWith(QStringLiteral("&Redo Hide Product image")));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(studio->engine().scenes().collection().toJson() == hidden);
    edit->undoAction()->trigger(); // the menu entry, as a click on it does
    CHECK(studio->engine().scenes().collection().toJson() == before);
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    CHECK(studio->engine().scenes().collection().toJson() == hidden);
}

TEST_CASE("the Filters dialog from the Sources dock: a green screen added and tuned with its slider as one undo step, copied to another source",
          "[gui][filters]")
{
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    broadcast::SceneEditor &scenes = studio->engine().scenes();
    auto *sourceList = window.findChild<QListWidget *>(QStringLiteral("sourceList"));
    auto *filtersButton = window.findChild<QToolButton *>(QStringLiteral("editFilters"));
    REQUIRE(filtersButton);
    sourceList->setCurrentItem(sourceList->findItems(QStringLiteral("Product video"), Qt::MatchExactly).value(0));
    QTest::mouseClick(filtersButton, Qt::LeftButton);
    auto *dialog = window.findChild<app::FiltersDialog *>(QStringLiteral("filters:Product video"));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->list()->model()->rowCount() == 0);
    // Every kind the menu offers is there in this libobs.
    auto *add = dialog->findChild<QToolButton *>(QStringLiteral("addFilter"));
    for (QAction *kind : add->menu()->actions()) {
        INFO(kind->text().toStdString() << ": " << kind->toolTip().toStdString());
        CHECK(kind->isEnabled());
    }

    dialog->addFilter(QStringLiteral("chroma_key_filter_v2"));
    REQUIRE(dialog->list()->model()->rowCount() == 1);
    const QString keyName = broadcast::FilterCatalog::labelOf(QStringLiteral("chroma_key_filter_v2"));
    CHECK(scenes.collection().findSource(QStringLiteral("Product video"))->filters.at(0).name == keyName);
    // The form is libobs's own properties of the chroma key.
    auto *slider = dialog->form()->findChild<QSlider *>(QStringLiteral("slider:similarity"));
    REQUIRE(slider);
    for (int v = 410; v <= 450; v += 10)
        slider->setValue(v);
    CHECK(scenes.collection().findSource(QStringLiteral("Product video"))->filters.at(0).settings.value(QStringLiteral("similarity")).toInt() == 450);
    CHECK(scenes.undoLabel() == QStringLiteral("Change filter %1").arg(keyName));
    auto *sourceView = dialog->findChild<app::PreviewWidget *>();
    const bool viewMade = test::eventually([&] { return sourceView->hasSurface(); }, 10'000);
    // What Qt knew of the view, should libobs's display not be there.
    INFO("visible " << sourceView->isVisible() << ", mapped " << sourceView->testAttribute(Qt::WA_Mapped) << ", exposed "
                    << sourceView->windowHandle()->isExposed() << ", " << sourceView->width() << "x" << sourceView->height());
    CHECK(viewMade);
    QTest::qWait(500); // an artifact only: a few frames into the source's view
    saveScreenshot(*dialog, QStringLiteral("filters-dialog.png"));

    // Ctrl+Z in the dialog (not modal) undoes the whole drag, one step; the form follows.
    REQUIRE(test::activateWindow(dialog->windowHandle()));
    QTest::keyClick(dialog, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(scenes.collection().findSource(QStringLiteral("Product video"))->filters.at(0).settings.contains(QStringLiteral("similarity")));
    CHECK(dialog->form()->findChild<QSlider *>(QStringLiteral("slider:similarity"))->value() == 400);

    dialog->copySelected();
    sourceList->setCurrentItem(sourceList->findItems(QStringLiteral("Background"), Qt::MatchExactly).value(0));
    QTest::mouseClick(filtersButton, Qt::LeftButton);
    auto *second = window.findChild<app::FiltersDialog *>(QStringLiteral("filters:Background"));
    REQUIRE(second);
    second->paste();
    second->paste(); // a second copy gets a number
    const auto &pasted = scenes.collection().findSource(QStringLiteral("Background"))->filters;
    REQUIRE(pasted.size() == 2);
    CHECK(pasted.at(0).kind == QStringLiteral("chroma_key_filter_v2"));
    CHECK(pasted.at(1).name == keyName + QStringLiteral(" 2"));
    second->close();
    dialog->close();
}

TEST_CASE("a screenshot of the program (F12, the File menu) is the composed frame, written as PNG beside the recordings", "[gui][screenshot]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();
    QSignalSpy firstFrame(&studio->engine().program(), &broadcast::ProgramView::firstFrameRendered);
    REQUIRE((studio->engine().program().hasRenderedFrame() || firstFrame.count() > 0 || firstFrame.wait(20'000)));
    QSignalSpy saved(&studio->screenshots(), &broadcast::ProgramScreenshots::saved);
    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    const auto result = studio->show().actions().invoke(QStringLiteral("program.screenshot"), actions::Origin::Hotkey);
    REQUIRE(result.ok);
    CHECK(saved.isEmpty()); // the frame and the file come later; the key returned at once
    REQUIRE((saved.count() > 0 || saved.wait(30'000)));
    const QString path = saved.first().first().toString();
    CHECK(QFileInfo(path).absolutePath() == QFileInfo(recordings.path()).absoluteFilePath());
    CHECK(path.endsWith(QStringLiteral(".png")));
    const QImage shot(path);
    const broadcast::CanvasSpec canvas = studio->engine().program().canvas();
    REQUIRE(shot.size() == QSize(canvas.widthPx, canvas.heightPx));
    // The demo scene, not a black frame: its dark red background at a corner
    // (what else shows depends on how far the video and the card have loaded).
    const QColor corner = shot.pixelColor(5, canvas.heightPx - 5);
    CHECK(corner.red() > corner.blue());
    CHECK(corner.red() > 30);
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);
    // Two more at once (within the same second): none overwrites another.
    REQUIRE(studio->show().actions().invoke(QStringLiteral("program.screenshot"), actions::Origin::Menu).ok);
    REQUIRE(studio->show().actions().invoke(QStringLiteral("program.screenshot"), actions::Origin::Hotkey).ok);
    REQUIRE_EVENTUALLY(saved.count() == 3, 30'000);
    CHECK(QDir(recordings.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size() == 3);
}

TEST_CASE("with a second canvas on, a screenshot writes both canvases of one moment, the second named by its size", "[gui][screenshot]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();
    QString error;
    const broadcast::CanvasSpec tall{360, 640, 30};
    REQUIRE(studio->engine().program().setSecondCanvas(tall, &error));
    QSignalSpy firstFrame(&studio->engine().program(), &broadcast::ProgramView::firstFrameRendered);
    REQUIRE((studio->engine().program().hasRenderedFrame() || firstFrame.count() > 0 || firstFrame.wait(20'000)));
    QSignalSpy saved(&studio->screenshots(), &broadcast::ProgramScreenshots::saved);
    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    REQUIRE(studio->show().actions().invoke(QStringLiteral("program.screenshot"), actions::Origin::Hotkey).ok);
    REQUIRE_EVENTUALLY(saved.count() == 2, 30'000);
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);
    QStringList paths{saved.at(0).first().toString(), saved.at(1).first().toString()};
    std::sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    INFO(paths.join(QStringLiteral(", ")).toStdString());
    // 截图 2026-12-07 20-15-03.png and 截图 2026-12-07 20-15-03-360x640.png
    CHECK(paths.at(1) == paths.at(0).chopped(4) + QStringLiteral("-360x640.png"));
    const broadcast::CanvasSpec canvas = studio->engine().program().canvas();
    CHECK(QImage(paths.at(0)).size() == QSize(canvas.widthPx, canvas.heightPx));
    const QImage second(paths.at(1));
    REQUIRE(second.size() == QSize(tall.widthPx, tall.heightPx));
    // The demo scene's dark red, not a black frame.
    int reddish = 0;
    for (int y = 0; y < second.height(); y += 8)
        for (int x = 0; x < second.width(); x += 8)
            if (const QColor c = second.pixelColor(x, y); c.red() > 30 && c.red() > c.blue())
                ++reddish;
    CHECK(reddish > (second.width() / 8) * (second.height() / 8) / 10);
    CHECK(QDir(recordings.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size() == 2);
}

int main(int argc, char *argv[])
{
    return shopcast::test::runGuiTests(argc, argv);
}

TEST_CASE("in Chinese the window's menus and dock titles are Chinese", "[gui][i18n]")
{
    // What a zh_CN system (LANG=zh_CN.UTF-8) resolves to, installed as main() does.
    core::Translations translations;
    QString warning;
    REQUIRE(translations.install(core::Translations::resolve({}, QStringLiteral("zh_CN")), core::StudioPaths::translationsDir(), &warning));
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    QSignalSpy firstFrame(&studio->engine().program(), &broadcast::ProgramView::firstFrameRendered);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE((studio->engine().program().hasRenderedFrame() || firstFrame.count() > 0 || firstFrame.wait(10000)));
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus.append(a->text());
    CHECK(menus.contains(QStringLiteral("文件(&F)")));
    CHECK(menus.contains(QStringLiteral("面板(&D)")));
    QStringList docks;
    for (QDockWidget *d : window.findChildren<QDockWidget *>())
        docks.append(d->windowTitle());
    INFO(docks.join(QStringLiteral(", ")).toStdString());
    for (const char *title : {"排品", "节奏", "评论", "控制", "场景", "直播计划", "抽奖", "投票"})
        CHECK(docks.contains(QString::fromUtf8(title)));
    QTest::qWait(1500); // the preview shows the program
    saveScreenshot(window, QStringLiteral("main-window-zh_CN.png"));
}

TEST_CASE("a hotkey changed in Settings fires its action at once, the old keys no longer do, and it is kept in the profile", "[gui][hotkeys]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(test::activateWindow(window.windowHandle()));
    REQUIRE(studio->show().live().onAirSku() == QStringLiteral("DEMO-CUP"));

    // What the Settings dialog's OK does with the edited keys.
    app::HotkeyMap edited(studio->hotkeys().bindings(), studio->ui().hotkeys);
    QString error;
    REQUIRE(edited.set(QStringLiteral("product.next"), QKeySequence(Qt::Key_F8), &error));
    studio->ui().hotkeys = edited.overrides();
    studio->hotkeys().setOverrides(studio->ui().hotkeys);
    REQUIRE(studio->saveUi(&error));

    QTest::keyClick(&window, Qt::Key_PageDown); // the old keys: nothing
    CHECK(studio->show().live().onAirSku() == QStringLiteral("DEMO-CUP"));
    QTest::keyClick(&window, Qt::Key_F8);
    CHECK(studio->show().live().onAirSku() == QStringLiteral("DEMO-LIP"));
    // F10 records: the recording button's action, through its own hotkey.
    QTest::keyClick(&window, Qt::Key_F10);
    CHECK_EVENTUALLY(studio->broadcast().isRecording(), 10'000);
    QTest::keyClick(&window, Qt::Key_F10);
    CHECK_EVENTUALLY(!studio->broadcast().isRecording(), 30'000);

    QString why;
    CHECK(core::UiSettings::load(core::UiSettings::path(profile.path()), &why).hotkeys.value(QStringLiteral("product.next")) == QStringLiteral("F8"));
}

TEST_CASE("first run: the choices applied to a real studio give its canvas, destination and a ready scene, and the wizard is not shown again",
          "[gui][firstrun]")
{
    QTemporaryDir profile;
    CHECK(app::FirstRunSetup::isFirstRun(profile.path()));
    auto studio = test::makeGuiStudio(profile.path(), true);
    // The real engine answers for the devices of this machine (Xvfb: usually none).
    const auto cameras = studio->engine().scenes().deviceChoices(QStringLiteral("v4l2_input"));
    INFO("cameras found: " << cameras.size());
    app::FirstRunChoices choices;
    choices.language = QStringLiteral("zh_CN");
    choices.canvas = broadcast::CanvasSpec{720, 1280, 30};
    choices.destination = broadcast::DestinationEntry{QStringLiteral("first"), QStringLiteral("抖音"), QStringLiteral("rtmp://127.0.0.1:1935/live"), true};
    choices.streamKey = QStringLiteral("sk-first");
    choices.microphoneDeviceId = QStringLiteral("default"); // PulseAudio's default input, whether or not one answers here
    const QStringList problems = app::FirstRunSetup::apply(*studio, choices);
    INFO(problems.join(QStringLiteral("; ")).toStdString());
    CHECK(studio->engine().program().canvas().widthPx == 720);
    CHECK(studio->engine().program().canvas().heightPx == 1280);
    REQUIRE(studio->settings().destinations.size() == 1);
    CHECK(studio->settings().destinations.first().server == QStringLiteral("rtmp://127.0.0.1:1935/live"));
    // The key reaches the secret store, or the store says no keyring answered
    // (the user is told on stderr to add it in Destinations). Asked without waiting.
    const QString secretKey = choices.destination->secretKey();
    bool keyStored = false;
    bool asking = false;
    const auto storedOrRefused = [&] {
        if (!asking) { // ask again until the write has reached the keyring (or was refused)
            asking = true;
            studio->secrets().readLater({secretKey}, studio.get(), [&](const QHash<QString, QString> &found, const QStringList &) {
                keyStored = found.value(secretKey) == QStringLiteral("sk-first");
                asking = false;
            });
        }
        return keyStored || studio->secrets().keyringUnavailable();
    };
    REQUIRE_EVENTUALLY(storedOrRefused(), 10'000);
    CHECK((keyStored || studio->secrets().keyringUnavailable()));
    CHECK(studio->engine().scenes().collection().currentScene() == studio->engine().scenes().collection().scenes().first().name);
    // The microphone came with the 主播人声 chain as part of the scene (no undo step to take it back).
    const auto microphone = std::find_if(studio->engine().scenes().collection().sources().cbegin(), studio->engine().scenes().collection().sources().cend(),
                                         [](const broadcast::SourceSpec &s) { return s.kind == QStringLiteral("pulse_input_capture"); });
    REQUIRE(microphone != studio->engine().scenes().collection().sources().cend());
    QStringList chainKinds;
    for (const broadcast::FilterSpec &f : microphone->filters)
        chainKinds.append(f.kind);
    CHECK(chainKinds
          == QStringList{QStringLiteral("noise_suppress_filter_v2"), QStringLiteral("noise_gate_filter"), QStringLiteral("compressor_filter"),
                         QStringLiteral("limiter_filter")});
    CHECK_FALSE(studio->engine().scenes().canUndo());
    QString why;
    CHECK(core::UiSettings::load(core::UiSettings::path(profile.path()), &why).language == QStringLiteral("zh_CN"));
    CHECK_FALSE(app::FirstRunSetup::isFirstRun(profile.path()));

    // The product on air shows its card in the new portrait scene (its overlay
    // source is new; it once stayed empty until the next product switch). The
    // card's box is x 3-97 %, y 70-90 % of the canvas; its body is light, the
    // background dark red.
    REQUIRE_FALSE(studio->show().live().onAirSku().isEmpty());
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const auto cardShare = [&] {
        QWidget *preview = window.preview();
        const double scale = std::min(preview->width() / 720.0, preview->height() / 1280.0);
        const QPoint origin = preview->mapToGlobal(QPoint(int((preview->width() - 720 * scale) / 2), int((preview->height() - 1280 * scale) / 2)));
        const QRect box(origin + QPoint(int(720 * 0.05 * scale), int(1280 * 0.72 * scale)), QSize(int(720 * 0.9 * scale), int(1280 * 0.16 * scale)));
        const QImage shot = window.screen()->grabWindow(0, box.x(), box.y(), box.width(), box.height()).toImage();
        int light = 0;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2)
                light += shot.pixelColor(x, y).lightness() > 200 ? 1 : 0;
        return double(light) / std::max(1, (shot.width() / 2) * (shot.height() / 2));
    };
    CHECK_EVENTUALLY(cardShare() > 0.25, 20'000);
    saveScreenshot(window, QStringLiteral("first-run-portrait.png"));
}

TEST_CASE("Reconnect now in the destinations dock skips the wait: a returned ingest is live again long before the next try", "[gui][reconnect]")
{
    test::NginxRtmpServer ingest;
    QString error;
    REQUIRE(ingest.start(false, &error));
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    // A wait far longer than the test, and no knocking: only the button can bring it back soon.
    studio->settings().reconnect = broadcast::ReconnectSettings{30'000, 1.0, 30'000, 0, 0};
    const broadcast::DestinationEntry entry{QStringLiteral("nginx"), QStringLiteral("nginx"), QStringLiteral("rtmp://127.0.0.1:%1/live").arg(ingest.rtmpPort()),
                                            true};
    studio->settings().destinations = {entry};
    studio->secrets().setFileFallbackAllowed(true); // no keyring on a test machine; the user said yes
    std::optional<bool> written;
    studio->secrets().writeLater(entry.secretKey(), QStringLiteral("k"), studio.get(), [&](bool ok, const QString &) { written = ok; });
    REQUIRE_EVENTUALLY(written.has_value(), 10'000);
    REQUIRE(*written);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    studio->broadcast().startStreaming();
    const QString flv = ingest.recordingOf(QStringLiteral("k"));
    REQUIRE_EVENTUALLY(QFileInfo(flv).size() > 100'000, 30'000);
    ingest.stop();
    REQUIRE(QFile::remove(flv));
    REQUIRE_EVENTUALLY(studio->liveDestinations().stateAt(0) == broadcast::OutputState::Reconnecting, 20'000);
    QElapsedTimer waiting; // the scheduled try comes 30 s after this
    waiting.start();
    REQUIRE(ingest.resume(&error));
    QTest::qWait(2'000); // back, but the studio would wait 30 s
    CHECK(studio->liveDestinations().stateAt(0) == broadcast::OutputState::Reconnecting);
    auto *reconnect = window.findChild<QPushButton *>(QStringLiteral("destinationReconnect"));
    REQUIRE(reconnect);
    REQUIRE(reconnect->isEnabled());
    QElapsedTimer pressed;
    pressed.start();
    QTest::mouseClick(reconnect, Qt::LeftButton);
    REQUIRE_EVENTUALLY(QFileInfo(flv).size() > 20'000, 20'000);
    WARN("on air again " << pressed.elapsed() << " ms after Reconnect now (the scheduled try was 30 s away)");
    // Not a timing: the only other way back was the scheduled try, 30 s
    // after the wait began; on air before that, it was the button.
    CHECK(waiting.elapsed() < 29'000);
    CHECK(studio->liveDestinations().stateAt(0) == broadcast::OutputState::Live);
    studio->broadcast().stopStreaming();
    REQUIRE_EVENTUALLY(!studio->broadcast().isStreaming(), 20'000);
}

TEST_CASE("Settings' OK keeps every output setting, the replay buffer's buttons save the last seconds, the virtual camera says why it is off",
          "[gui][replay-buffer]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // Settings… is modal: it is filled in and accepted from inside its own loop.
    bool filled = false;
    QTimer::singleShot(0, &window, [&filled] {
        // No REQUIRE in here: an exception cannot cross Qt's event loop. filled says it worked.
        auto *dialog = qobject_cast<app::SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *replay = dialog->findChild<QSpinBox *>(QStringLiteral("replayBufferSec"));
        auto *rate = dialog->findChild<QComboBox *>(QStringLiteral("sampleRate"));
        if (replay && rate && replay->value() == 30) {
            replay->setValue(5);
            rate->setCurrentIndex(rate->findData(44100));
            filled = true;
        }
        dialog->accept();
    });
    auto *settingsButton = window.findChild<QPushButton *>(QStringLiteral("settingsButton"));
    REQUIRE(settingsButton);
    settingsButton->click();
    REQUIRE(filled);
    CHECK(studio->settings().replayBufferSec == 5);
    QString error;
    const auto saved = broadcast::BroadcastSettings::load(core::StudioPaths::settingsPath(profile.path()), &error);
    REQUIRE(saved);
    CHECK(saved->replayBufferSec == 5);
    CHECK(saved->audioSampleRateHz == 44100); // from the next start

    auto *start = window.findChild<QPushButton *>(QStringLiteral("replayBufferButton"));
    auto *save = window.findChild<QPushButton *>(QStringLiteral("saveReplayButton"));
    REQUIRE(start);
    REQUIRE(save);
    CHECK_FALSE(save->isEnabled());
    start->click();
    REQUIRE_EVENTUALLY(studio->broadcast().isReplayBufferActive(), 10'000);
    CHECK(save->isEnabled());
    QTest::qWait(3000);
    save->click();
    const QDir dir(recordings.path());
    REQUIRE_EVENTUALLY(!dir.entryList({QStringLiteral("replay-*.mp4")}, QDir::Files).isEmpty(), 30'000);
    start->click();
    REQUIRE_EVENTUALLY(!studio->broadcast().isReplayBufferActive(), 30'000);
    CHECK_FALSE(save->isEnabled());

    // No v4l2loopback on this machine: the virtual camera's button is off and says why.
    auto *camera = window.findChild<QPushButton *>(QStringLiteral("virtualCameraButton"));
    REQUIRE(camera);
    QString why;
    if (!studio->broadcast().virtualCameraAvailable(&why)) {
        CHECK_FALSE(camera->isEnabled());
        CHECK(camera->toolTip().contains(QStringLiteral("v4l2loopback")));
        const actions::ActionResult refused = studio->show().actions().invoke(QStringLiteral("output.virtualCamera"), actions::Origin::Menu);
        CHECK_FALSE(refused.ok);
        CHECK(refused.error == why);
    }
}

TEST_CASE("the Scene Collection menu lists the profile's collections and switches them, while recording it says why not", "[gui][collections]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QString error;
    QString added;
    broadcast::SceneCollection other;
    REQUIRE(other.addScene(QStringLiteral("只有一个"), &error));
    REQUIRE(studio->addCollection(QStringLiteral("第二套"), other, false, &added, &error));
    auto *menu = window.findChild<app::CollectionMenu *>(QStringLiteral("collectionMenu"));
    REQUIRE(menu);
    QSignalSpy said(menu, &app::CollectionMenu::message);
    emit menu->aboutToShow();
    auto *second = menu->findChild<QAction *>(QStringLiteral("collection:第二套"));
    REQUIRE(second);
    CHECK_FALSE(second->isChecked());

    studio->show().actions().invoke(QStringLiteral("output.record"), actions::Origin::Menu);
    REQUIRE_EVENTUALLY(studio->broadcast().isRecording(), 10'000);
    second->trigger();
    CHECK(studio->collections().current() != QStringLiteral("第二套"));
    REQUIRE(said.count() == 1);
    CHECK(said.first().at(1).toBool()); // an error, in the banner
    CHECK(said.first().at(0).toString().contains(QStringLiteral("recording")));
    studio->show().actions().invoke(QStringLiteral("output.record"), actions::Origin::Menu);
    REQUIRE_EVENTUALLY(!studio->broadcast().isRecording(), 30'000);

    emit menu->aboutToShow();
    second = menu->findChild<QAction *>(QStringLiteral("collection:第二套"));
    REQUIRE(second);
    second->trigger();
    CHECK(studio->collections().current() == QStringLiteral("第二套"));
    CHECK(studio->engine().scenes().collection().scenes().constFirst().name == QStringLiteral("只有一个"));
}

TEST_CASE("the tray icon shows recording, its menu drives the outputs through the show actions, without a tray the window stays", "[gui][tray]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    app::StudioTray &tray = window.tray();
    const qint64 idleIcon = tray.icon().icon().pixmap(32, 32).cacheKey();
    CHECK(tray.icon().toolTip() == QStringLiteral("ShopCast"));
    auto *menu = tray.icon().contextMenu();
    REQUIRE(menu);
    auto *record = menu->findChild<QAction *>(QStringLiteral("trayRecord"));
    REQUIRE(record);
    CHECK(record->text() == app::StudioTray::tr("Start Recording"));

    record->trigger();
    REQUIRE_EVENTUALLY(studio->broadcast().isRecording(), 10'000);
    CHECK(tray.icon().toolTip().contains(app::StudioTray::tr("recording")));
    CHECK(record->text() == app::StudioTray::tr("Stop Recording"));
    CHECK(tray.icon().icon().pixmap(32, 32).toImage() != QIcon().pixmap(32, 32).toImage());
    CHECK(tray.icon().icon().pixmap(32, 32).cacheKey() != idleIcon);
    record->trigger();
    REQUIRE_EVENTUALLY(!studio->broadcast().isRecording(), 30'000);

    // Xvfb has no tray host: hiding would lose the window, so it is refused and the window stays.
    if (!app::StudioTray::available()) {
        CHECK_FALSE(tray.hideWindow());
        CHECK(window.isVisible());
    } else {
        CHECK(tray.hideWindow());
        CHECK_FALSE(window.isVisible());
        tray.showWindow();
        CHECK(window.isVisible());
    }
}

TEST_CASE("File → Import orders…: an export no preset knows asks for its columns, guessed from its header, then imports and says what it did", "[gui][orders]")
{
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    window.importOrders(QStringLiteral(SHOPCAST_FIXTURES "/orders/other-shop.csv"), std::nullopt);
    app::OrderMappingDialog *mapping = nullptr;
    REQUIRE_EVENTUALLY((mapping = window.findChild<app::OrderMappingDialog *>()) != nullptr, 30'000);
    REQUIRE_EVENTUALLY(mapping->isVisible(), 10'000);
    for (const auto &[field, column] : {std::pair{"orderId", "单号"}, {"sku", "货号"}, {"quantity", "数量"}, {"paid", "实收"}, {"paidAt", "付款时间"}}) {
        INFO(field);
        CHECK(mapping->columnBox(QLatin1String(field))->currentText() == QString::fromUtf8(column));
    }
    auto *ok = mapping->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // Without a required column there is nothing to import.
    mapping->columnBox(QStringLiteral("paid"))->setCurrentIndex(0);
    CHECK_FALSE(ok->isEnabled());
    CHECK(mapping->findChild<QLabel *>(QStringLiteral("mappingProblem"))->text().contains(QStringLiteral("Paid amount")));
    mapping->columnBox(QStringLiteral("paid"))->setCurrentText(QStringLiteral("实收"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QMessageBox *box = nullptr;
    REQUIRE_EVENTUALLY((box = window.findChild<QMessageBox *>(QStringLiteral("ordersImported"))) != nullptr, 30'000);
    CHECK(box->text().contains(QStringLiteral("2 imported")));
    CHECK(box->text().contains(QStringLiteral("other-shop.csv")));
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);
    REQUIRE(studio->show().database().writer().flush());
    QSqlQuery q(studio->show().database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders WHERE platform = 'other'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    box->close();
}

TEST_CASE("live orders in the window: the orders ticker is in the program frame, the Sales dock counts, a used-up stock asks the host who marks it sold out",
          "[gui][orders][ticker]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    // In Chinese, as the README shows it.
    core::Translations translations;
    QString warning;
    REQUIRE(translations.install(core::Translations::resolve({}, QStringLiteral("zh_CN")), core::StudioPaths::translationsDir(), &warning));
    auto studio = test::makeGuiStudio(profile.path(), true, QStringLiteral("zh_CN"));
    studio->settings().recordingDir = recordings.path();
    QSignalSpy firstFrame(&studio->engine().program(), &broadcast::ProgramView::firstFrameRendered);
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE((studio->engine().program().hasRenderedFrame() || firstFrame.count() > 0 || firstFrame.wait(20'000)));
    show::ShowSession &session = studio->show();
    // The demo's own orders (¥129) stay off the ticker; a line stays a minute.
    auto *minimum = window.findChild<QDoubleSpinBox *>(QStringLiteral("tickerMinimum"));
    auto *hold = window.findChild<QSpinBox *>(QStringLiteral("tickerHold"));
    REQUIRE(minimum);
    REQUIRE(hold);
    minimum->setValue(10'000);
    hold->setValue(60);
    CHECK(session.salesTicker().minimumCents() == 1'000'000);

    REQUIRE(session.live().cardState());
    const QString sku = session.live().onAirSku();
    const int left = session.live().cardState()->product.stock.value_or(0);
    REQUIRE(left > 0);
    chat::ChatEvent order;
    order.type = chat::ChatEvent::Type::Order;
    order.platform = QStringLiteral("douyin");
    order.extra = {{QStringLiteral("orderId"), QStringLiteral("GUI-1")},
                   {QStringLiteral("lineId"), QStringLiteral("GUI-1")},
                   {QStringLiteral("sku"), sku},
                   {QStringLiteral("quantity"), left},
                   {QStringLiteral("paidCents"), qint64(2'000'000)},
                   {QStringLiteral("buyer"), QStringLiteral("周杰伦")},
                   {QStringLiteral("paidAtMs"), QDateTime::currentMSecsSinceEpoch()}};
    session.sales().ingest({order});
    CHECK(session.salesTicker().current().startsWith(QStringLiteral("周** 刚刚下单 ")));
    // The demo scene has the ticker's source: no warning in the dock.
    CHECK_FALSE(session.salesTicker().isUnplaced());
    REQUIRE(window.findChild<QLabel *>(QStringLiteral("tickerUnplaced")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("tickerUnplaced"))->isHidden());

    // In the program frame: the ticker's orange dot over the video, on its dark pill.
    QSignalSpy saved(&studio->screenshots(), &broadcast::ProgramScreenshots::saved);
    REQUIRE(session.actions().invoke(QStringLiteral("program.screenshot"), actions::Origin::Menu).ok);
    REQUIRE((saved.count() > 0 || saved.wait(30'000)));
    const QImage shot(saved.first().first().toString());
    const broadcast::CanvasSpec canvas = studio->engine().program().canvas();
    REQUIRE(shot.size() == QSize(canvas.widthPx, canvas.heightPx));
    const QSize image = overlay::SalesTickerRenderer::defaultSize({canvas.widthPx, canvas.heightPx});
    const QRectF box(canvas.widthPx * 0.05, canvas.heightPx * 0.57, canvas.widthPx * 0.42, canvas.heightPx * 0.0625); // the demo scene's
    const double fit = std::min(box.width() / image.width(), box.height() / image.height());
    const QPointF origin(box.x() + (box.width() - image.width() * fit) / 2, box.y() + (box.height() - image.height() * fit) / 2);
    const QPoint dot = (origin + QPointF(image.height() / 2 + image.height() / 8.0, image.height() / 2.0) * fit).toPoint();
    shot.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/orders-ticker-frame.png"));
    const QColor dotColour = shot.pixelColor(dot);
    INFO("dot " << dotColour.red() << "," << dotColour.green() << "," << dotColour.blue());
    CHECK(dotColour.red() > 200);
    CHECK(dotColour.red() - dotColour.green() > 100);
    CHECK(dotColour.blue() < 70);

    // The Sales dock counts it; the host is asked about the stock, and answers.
    auto *gmv = window.findChild<QLabel *>(QStringLiteral("salesGmv"));
    REQUIRE(gmv);
    CHECK_EVENTUALLY(gmv->text().contains(QStringLiteral("¥")) && session.sales().figures().gmvCents >= 2'000'000, 5'000);
    auto *banner = window.findChild<QFrame *>(QStringLiteral("stockOutBanner"));
    REQUIRE(banner);
    REQUIRE(banner->isVisible());
    CHECK(banner->findChild<QLabel *>(QStringLiteral("stockOutText"))->text().contains(session.live().cardState()->product.title));
    window.findChild<QDockWidget *>(QStringLiteral("salesDock"))->raise();
    QTest::qWait(500);
    saveScreenshot(window, QStringLiteral("sales-zh_CN.png"));
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("stockOutMark")), Qt::LeftButton);
    CHECK(session.lineup().isSoldOut(session.lineup().rowOfSku(sku)));
    CHECK_FALSE(banner->isVisible());
    CHECK(session.live().cardState()->soldOut);

    // The ticker's switch in the dock goes through the action.
    auto *on = window.findChild<QCheckBox *>(QStringLiteral("tickerOn"));
    REQUIRE(on);
    on->click();
    CHECK_FALSE(session.salesTicker().isEnabled());
    CHECK(session.salesTicker().current().isEmpty());
    // And is kept in the profile.
    const QSettings kept(QDir(profile.path()).filePath(QStringLiteral("sales.ini")), QSettings::IniFormat);
    CHECK(kept.value(QStringLiteral("ticker/on")).toBool() == false);
    CHECK(kept.value(QStringLiteral("ticker/minimumCents")).toLongLong() == 1'000'000);
}
