// Dragging a source in the real preview (the studio's window, libobs under
// Xvfb, the demo show streaming nothing): how long the GUI thread spends on
// one mouse move of a drag (press-to-release through the edit controller,
// snapping, the one edit path into libobs and the undo history), against the
// same move sent straight to the SceneEditor (what the Position dialog
// does), and the longest gap between turns of the event loop while a drag
// runs at 60 moves a second. Medians and 99th percentiles over the moves.
#include "BenchLoop.hpp"
#include "BenchStats.hpp"
#include "EventLoopGap.hpp"
#include "XvfbServer.hpp"

#include "MainWindow.hpp"
#include "PreviewWidget.hpp"
#include "Studio.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace shopcast;

namespace {

void turn(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
}

} // namespace

int main(int argc, char *argv[])
{
    test::XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    std::printf("machine: %s, %d logical cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    QTemporaryDir profile;
    app::StudioOptions options;
    options.profileDir = profile.path();
    options.freshDemo = true;
    options.x11Display = qApp->nativeInterface<QNativeInterface::QX11Application>()->display();
    QString error;
    auto studio = app::Studio::create(options, &error);
    if (!studio || !bench::runUntil([&] { return studio->isStartupFinished(); }, 30'000)) { // the demo catalog is read on a worker
        std::fprintf(stderr, "studio: %s\n", studio ? "start-up did not finish" : qPrintable(error));
        return 1;
    }
    app::MainWindow window(*studio);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    turn(2000);
    auto *preview = window.findChild<app::PreviewWidget *>(QStringLiteral("preview"));
    broadcast::SceneEditor &scenes = studio->engine().scenes();
    const QString scene = scenes.collection().currentScene();
    // The product video: the item the demo has under the title.
    int index = -1;
    const auto &items = scenes.collection().findScene(scene)->items;
    for (int i = 0; i < items.size(); ++i)
        if (items.at(i).sourceName == QStringLiteral("Product video"))
            index = i;
    if (!preview || index < 0) {
        std::fprintf(stderr, "no preview or no product video\n");
        return 1;
    }
    const broadcast::SceneItemSpec start = items.at(index);
    const auto toWidget = [&](QPointF canvas) { return (preview->fit().toWindow(canvas) / preview->devicePixelRatioF()).toPoint(); };

    const int moves = 300;
    std::vector<double> mouseMs, directMs;
    test::EventLoopGap gap;
    for (int round = 0; round < 2; ++round) {
        const QPointF grab(start.xPx + 40, start.yPx + 40);
        QTest::mousePress(preview, Qt::LeftButton, {}, toWidget(grab));
        gap.start();
        for (int m = 1; m <= moves; ++m) {
            const QPoint to = toWidget(grab + QPointF(m % 120, (m * 7) % 90));
            QElapsedTimer t;
            t.start();
            QTest::mouseMove(preview, to);
            mouseMs.push_back(double(t.nsecsElapsed()) / 1e6);
            turn(16);
        }
        gap.stop();
        QTest::mouseRelease(preview, Qt::LeftButton, {}, toWidget(grab));
        for (int m = 1; m <= moves; ++m) {
            QElapsedTimer t;
            t.start();
            scenes.setItemGeometry(scene, index, start.xPx + m % 120, start.yPx + (m * 7) % 90, start.boundsWidthPx, start.boundsHeightPx, &error);
            directMs.push_back(double(t.nsecsElapsed()) / 1e6);
            turn(16);
        }
    }
    const double mouse = bench::median(mouseMs);
    const double direct = bench::median(directMs);
    std::printf("preview drag, %d mouse moves at 60/s on the real preview:\n", 2 * moves);
    std::printf("  GUI thread per mouse move: median %.3f ms, p99 %.3f ms\n", mouse, bench::percentile(mouseMs, 0.99));
    std::printf("  same move straight to the SceneEditor (baseline): median %.3f ms, p99 %.3f ms\n", direct, bench::percentile(directMs, 0.99));
    std::printf("  ratio (median): %.2fx\n", direct > 0 ? mouse / direct : 0.0);
    std::printf("  longest event-loop gap during the last drag: %lld ms\n", static_cast<long long>(gap.longestMs()));
    return 0;
}
