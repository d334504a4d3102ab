// The Profile menu as OBS users know it: the profiles to switch to (refused
// with the reason while live), a duplicate made through its name dialog on
// the media pool, an export through the save dialog that imports back; and
// the window, asked to switch, closing to start again on that profile.
#include "CatchQt.hpp"
#include "TestFiles.hpp"
#include "GuiStudio.hpp"

#include "MainWindow.hpp"
#include "ProfileMenu.hpp"
#include "Studio.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastController.hpp"
#include "show/ShowSession.hpp"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace shopcast;

namespace {

// Answers the next modal dialog the menu opens, from the event loop.
template<typename Dialog, typename Answer>
void answerNext(Answer answer)
{
    QTimer::singleShot(0, [answer] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (dialog)
            answer(dialog);
    });
}

} // namespace

TEST_CASE("the Profile menu switches, refuses to while live, duplicates and exports a profile that imports back", "[gui][profiles]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("profiles"));
    const QString current = QDir(root).filePath(QStringLiteral("带货"));
    test::writeFile(QDir(current).filePath(QStringLiteral("studio.json")), R"({"canvas":{"width":1280}})");
    test::writeFile(QDir(root).filePath(QStringLiteral("竖屏/studio.json")), "{}");
    QString busy;
    app::ProfileMenu menu(root, current, [&busy] { return busy; });
    QSignalSpy said(&menu, &app::ProfileMenu::message);
    QSignalSpy switched(&menu, &app::ProfileMenu::switchRequested);
    emit menu.aboutToShow();
    REQUIRE(menu.findChild<QAction *>(QStringLiteral("profile:带货")));
    CHECK(menu.findChild<QAction *>(QStringLiteral("profile:带货"))->isChecked());

    busy = QStringLiteral("stop streaming first");
    menu.findChild<QAction *>(QStringLiteral("profile:竖屏"))->trigger();
    CHECK(switched.isEmpty());
    REQUIRE(said.count() == 1);
    CHECK(said.last().at(1).toBool());
    CHECK(said.last().at(0).toString().contains(busy));
    busy.clear();
    menu.findChild<QAction *>(QStringLiteral("profile:竖屏"))->trigger();
    REQUIRE(switched.count() == 1);
    CHECK(switched.last().at(0).toString() == QDir(root).filePath(QStringLiteral("竖屏")));

    // Duplicate: the name dialog, the copy on the media pool, then a switch to it.
    QSignalSpy finished(&menu, &app::ProfileMenu::workFinished);
    answerNext<QInputDialog>([](QInputDialog *d) {
        d->setTextValue(QStringLiteral("带货 副本"));
        d->accept();
    });
    menu.findChild<QAction *>(QStringLiteral("profileDuplicate"))->trigger();
    REQUIRE_EVENTUALLY(finished.count() == 1, 30'000);
    INFO(said.last().at(0).toString().toStdString());
    CHECK_FALSE(said.last().at(1).toBool());
    CHECK(QFile::exists(QDir(root).filePath(QStringLiteral("带货 副本/studio.json"))));
    REQUIRE(switched.count() == 2);
    CHECK(switched.last().at(0).toString() == QDir(root).filePath(QStringLiteral("带货 副本")));

    // Export through the save dialog, then import the archive back.
    const QString archive = tmp.filePath(QStringLiteral("带货.zip"));
    answerNext<QFileDialog>([archive](QFileDialog *d) {
        d->selectFile(archive);
        QMetaObject::invokeMethod(d, "accept");
    });
    menu.findChild<QAction *>(QStringLiteral("profileExport"))->trigger();
    REQUIRE_EVENTUALLY(finished.count() == 2, 30'000);
    CHECK_FALSE(said.last().at(1).toBool());
    REQUIRE(QFile::exists(archive));
    answerNext<QFileDialog>([archive](QFileDialog *d) {
        d->selectFile(archive);
        QMetaObject::invokeMethod(d, "accept");
    });
    menu.findChild<QAction *>(QStringLiteral("profileImport"))->trigger();
    REQUIRE_EVENTUALLY(finished.count() == 3, 30'000);
    INFO(said.last().at(0).toString().toStdString());
    CHECK_FALSE(said.last().at(1).toBool());
    CHECK(menu.library().names() == QStringList({QStringLiteral("带货"), QStringLiteral("带货 2"), QStringLiteral("带货 副本"), QStringLiteral("竖屏")}));
}

TEST_CASE("asked to switch profile, the window refuses while recording, and otherwise closes to start again on it", "[gui][profiles]")
{
    QTemporaryDir profile;
    QTemporaryDir recordings;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->settings().recordingDir = recordings.path();
    app::MainWindow window(*studio);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.findChild<app::ProfileMenu *>(QStringLiteral("profileMenu")));
    const QString other = QDir(profile.path()).filePath(QStringLiteral("other"));

    studio->show().actions().invoke(QStringLiteral("output.record"), actions::Origin::Menu);
    REQUIRE_EVENTUALLY(studio->broadcast().isRecording(), 10'000);
    window.switchProfile(other);
    CHECK(window.nextProfileDir().isEmpty());
    CHECK(window.isVisible());
    studio->show().actions().invoke(QStringLiteral("output.record"), actions::Origin::Menu);
    REQUIRE_EVENTUALLY(!studio->broadcast().isRecording(), 30'000);

    QSignalSpy done(studio.get(), &app::Studio::shutdownFinished);
    window.switchProfile(other);
    CHECK(window.nextProfileDir() == other);
    CHECK_FALSE(window.isVisible());
    REQUIRE_EVENTUALLY(done.count() == 1, 60'000);
}
