// The audio mixer dock as real widgets under X, on the fake engine with
// eight sounding sources whose meter readings the test hands in at the
// meters' own rate: the strips follow the scene on air, a fader drag is one
// undo step, the mute button and a remote mute agree, the layout turns into
// columns, and meters that do not move do not repaint.
#include "CatchQt.hpp"
#include "EventLoopGap.hpp"
#include "FakeEngine.hpp"
#include "GuiStudio.hpp"

#include "HotkeyMap.hpp"
#include "PushKeyFilter.hpp"
#include "docks/AudioMixerDock.hpp"
#include "widgets/AudioMeterWidget.hpp"
#include "widgets/AudioStripWidget.hpp"

#include "actions/ActionRegistry.hpp"
#include "audio/AudioActions.hpp"
#include "audio/AudioMixer.hpp"
#include "broadcast/SceneCollection.hpp"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <cmath>

using namespace shopcast;

namespace {

constexpr int kSources = 8;

QString micName(int i)
{
    return QStringLiteral("麦克风 %1").arg(i + 1);
}

broadcast::SceneCollection eightMicrophones()
{
    broadcast::SceneCollection c;
    REQUIRE(c.addScene(QStringLiteral("Main")));
    for (int i = 0; i < kSources; ++i)
        REQUIRE(c.addItem(QStringLiteral("Main"), {micName(i), QStringLiteral("pulse_input_capture"), {}}, {micName(i)}));
    REQUIRE(c.addScene(QStringLiteral("Quiet")));
    return c;
}

broadcast::AudioLevels levelsAt(float db)
{
    broadcast::AudioLevels l;
    l.channels = 2;
    l.peakDb = {db, db - 1};
    l.magnitudeDb = {db - 3, db - 4};
    return l;
}

} // namespace

TEST_CASE("the mixer dock: eight strips with live meters, a fader drag as one step, mute from the button and from a remote, columns", "[gui][audio]")
{
    test::FakeEngine engine;
    QString error;
    REQUIRE(engine.scenes().loadCollection(eightMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    actions::ActionRegistry registry;
    audio::AudioActions::registerOn(registry, mixer, engine.scenes());
    QMainWindow window;
    auto *dock = new app::AudioMixerDock(mixer, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.resize(900, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE_EVENTUALLY(mixer.isMetering(), 5000); // the dock is visible: meters run
    for (int i = 0; i < kSources; ++i)
        REQUIRE(dock->stripOf(micName(i)));

    // The audio thread's readings at its own rate (one per 21 ms tick), a different level per source.
    test::EventLoopGap gap;
    QTimer audioThread;
    int tick = 0;
    QObject::connect(&audioThread, &QTimer::timeout, [&] {
        ++tick;
        for (int i = 0; i < kSources; ++i)
            engine.audioMeters.levels.insert(micName(i), levelsAt(float(-10 - 4 * i) + float(std::sin(tick * 0.3 + i)) * 6));
        engine.audioMeters.master = levelsAt(-8);
    });
    audioThread.start(21);
    gap.start();
    QTest::qWait(1500);
    gap.stop();
    audioThread.stop();
    WARN("longest event-loop gap with 8 live meters: " << gap.longestMs() << " ms");
    for (int i = 0; i < kSources; ++i) {
        const app::AudioMeterWidget *meter = dock->stripOf(micName(i))->meter();
        INFO(micName(i).toStdString());
        CHECK(meter->repaints() > 5);
        CHECK(mixer.meterOf(micName(i))->peakDb(0) > -60);
    }
    CHECK(dock->masterMeter()->repaints() > 1);
    // Once nothing moves (the peaks fell to the floor, no reading changes), nothing repaints.
    for (int i = 0; i < kSources; ++i)
        engine.audioMeters.levels.remove(micName(i));
    QTest::qWait(3500); // the peaks fall 60 dB at 23.5 dB/s, the RMS goes stale
    const int settled = dock->stripOf(micName(0))->meter()->repaints();
    QTest::qWait(300);
    CHECK(dock->stripOf(micName(0))->meter()->repaints() == settled);

    // A drag of the fader: many volumes on the way, one undo step.
    app::AudioStripWidget *strip = dock->stripOf(micName(0));
    auto *fader = strip->findChild<QSlider *>(QStringLiteral("fader"));
    REQUIRE(fader);
    REQUIRE(fader->value() == 1000); // 0 dB at the top
    const QPoint handle = fader->orientation() == Qt::Horizontal ? QPoint(fader->width() - 6, fader->height() / 2) : QPoint(fader->width() / 2, 6);
    QTest::mousePress(fader, Qt::LeftButton, {}, handle);
    for (int step = 1; step <= 5; ++step)
        QTest::mouseMove(fader, handle - QPoint(step * fader->width() / 12, 0));
    QTest::mouseRelease(fader, Qt::LeftButton, {}, handle - QPoint(5 * fader->width() / 12, 0));
    const double draggedDb = mixer.audioOf(micName(0)).volumeDb;
    CHECK(draggedDb < -3);
    CHECK(strip->findChild<QLabel *>(QStringLiteral("volume"))->text() == QStringLiteral("%1 dB").arg(draggedDb, 0, 'f', 1));
    REQUIRE(engine.scenes().undo(&error));
    CHECK(mixer.audioOf(micName(0)).volumeDb == 0);
    CHECK(fader->value() == 1000); // the fader follows the undo

    // Mute from the button: the mixer, the name in red; unmute from a remote: the button follows.
    auto *mute = strip->findChild<QToolButton *>(QStringLiteral("mute"));
    QTest::mouseClick(mute, Qt::LeftButton);
    CHECK(mixer.audioOf(micName(0)).muted);
    CHECK(mute->isChecked());
    CHECK(strip->findChild<QLabel *>(QStringLiteral("name"))->text().contains(micName(0)));
    CHECK(mixer.mutedSources() == QStringList{micName(0)});
    REQUIRE(
        registry.invoke(QStringLiteral("audio.mute"), {{QStringLiteral("source"), micName(0)}, {QStringLiteral("muted"), false}}, actions::Origin::Remote).ok);
    CHECK_FALSE(mute->isChecked());
    CHECK_FALSE(engine.scenes().undoLabel().contains(QStringLiteral("Mute"))); // a live control, no undo step

    // Columns like a desk, and back.
    QSignalSpy turned(dock, &app::AudioMixerDock::verticalChanged);
    dock->setVertical(true);
    CHECK(turned.count() == 1);
    QCoreApplication::processEvents();
    CHECK(dock->stripOf(micName(3))->findChild<QSlider *>(QStringLiteral("fader"))->orientation() == Qt::Vertical);
    dock->setVertical(false);

    // Another scene on air: its (no) sources.
    REQUIRE(engine.scenes().setCurrentScene(QStringLiteral("Quiet"), &error));
    CHECK(dock->stripOf(micName(0)) == nullptr);
    // Hidden: the meters stop.
    dock->hide();
    REQUIRE_EVENTUALLY(!mixer.isMetering(), 5000);
}

TEST_CASE("push-to-talk held in the studio window opens the microphone, let go or focus lost closes it", "[gui][audio]")
{
    test::FakeEngine engine;
    QString error;
    REQUIRE(engine.scenes().loadCollection(eightMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    QMainWindow window;
    auto *dock = new app::AudioMixerDock(mixer, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    app::PushKeyFilter keys(mixer);
    qApp->installEventFilter(&keys);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(mixer.setPushKey(micName(0), true, QStringLiteral("F8"), &error));
    REQUIRE(mixer.setPushKey(micName(1), false, QStringLiteral("Ctrl+F9"), &error));
    auto *mute = dock->stripOf(micName(0))->findChild<QToolButton *>(QStringLiteral("mute"));
    CHECK(mute->isChecked()); // push-to-talk: silent until held

    QTest::keyPress(&window, Qt::Key_F8);
    CHECK_FALSE(mixer.audioOf(micName(0)).muted);
    CHECK_FALSE(mute->isChecked());                           // the strip shows it open
    QTest::keyPress(&window, Qt::Key_F8, Qt::NoModifier, -1); // a repeat of the held key changes nothing
    CHECK(keys.heldCount() == 1);
    QTest::keyRelease(&window, Qt::Key_F8);
    CHECK(mixer.audioOf(micName(0)).muted);

    QTest::keyPress(&window, Qt::Key_F9, Qt::ControlModifier);
    CHECK(mixer.audioOf(micName(1)).muted);
    QTest::keyPress(&window, Qt::Key_F8); // both held
    CHECK_FALSE(mixer.audioOf(micName(0)).muted);
    // The studio loses the focus with keys down (what applicationStateChanged
    // calls; Xvfb without a window manager cannot take the focus away): every
    // one is let go, and the releases that follow elsewhere change nothing.
    CHECK(keys.heldCount() == 2);
    keys.releaseAll();
    CHECK(mixer.audioOf(micName(0)).muted);
    CHECK_FALSE(mixer.audioOf(micName(1)).muted);
    QTest::keyRelease(&window, Qt::Key_F8);
    QTest::keyRelease(&window, Qt::Key_F9, Qt::ControlModifier);
    CHECK(keys.heldCount() == 0);
    CHECK(mixer.audioOf(micName(0)).muted);
    CHECK_FALSE(mixer.audioOf(micName(1)).muted);
}

TEST_CASE("a push key and a show action's shortcut never share a key, whichever is set second is refused naming the other", "[gui][audio][hotkeys]")
{
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    audio::AudioMixer &mixer = studio->mixer();
    REQUIRE_FALSE(mixer.sources().isEmpty());
    const QString source = mixer.sources().first();
    app::HotkeyMap &hotkeys = studio->hotkeys();
    const QString action = hotkeys.bindings().first().id;
    QString error;
    REQUIRE(hotkeys.set(action, QKeySequence(QStringLiteral("Ctrl+Alt+Shift+F11")), &error));
    CHECK_FALSE(mixer.setPushKey(source, true, QStringLiteral("Ctrl+Alt+Shift+F11"), &error));
    CHECK(error.contains(hotkeys.label(action)));
    CHECK(mixer.pushKeys().isEmpty());

    REQUIRE(mixer.setPushKey(source, true, QStringLiteral("Ctrl+Alt+Shift+F12"), &error));
    CHECK_FALSE(hotkeys.set(action, QKeySequence(QStringLiteral("Ctrl+Alt+Shift+F12")), &error));
    CHECK(error.contains(source));
    CHECK(hotkeys.keys(action) == QKeySequence(QStringLiteral("Ctrl+Alt+Shift+F11")));
    REQUIRE(mixer.setPushKey(source, true, QString(), &error)); // freed, the key can be the action's
    CHECK(hotkeys.set(action, QKeySequence(QStringLiteral("Ctrl+Alt+Shift+F12")), &error));
}
