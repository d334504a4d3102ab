// The show actions' keys: defaults, a change, a clash refused with the other
// action's name, what the profile keeps, and the Settings tab that edits them.
#include "CatchQt.hpp"

#include "HotkeyMap.hpp"
#include "dialogs/SettingsDialog.hpp"

#include <QDir>
#include <QKeySequenceEdit>
#include <QTabWidget>
#include <QLabel>
#include <QSignalSpy>

using namespace shopcast;

TEST_CASE("hotkeys: defaults, a change, a clash refused naming the action, overrides kept and read back", "[gui][hotkeys]")
{
    app::HotkeyMap keys;
    CHECK(keys.keys(QStringLiteral("lineup.next")) == QKeySequence(Qt::Key_PageDown));
    CHECK(keys.keys(QStringLiteral("output.stream")) == QKeySequence(Qt::Key_F9));
    CHECK(keys.overrides().isEmpty());
    // No two defaults share keys.
    for (const auto &a : app::HotkeyMap::actions())
        CHECK(keys.conflict(QLatin1String(a.id), a.defaultKeys).isEmpty());

    QSignalSpy changed(&keys, &app::HotkeyMap::changed);
    QString error;
    REQUIRE(keys.set(QStringLiteral("lineup.next"), QKeySequence(Qt::Key_F8), &error));
    CHECK(changed.count() == 1);
    CHECK_FALSE(keys.set(QStringLiteral("lineup.previous"), QKeySequence(Qt::Key_F8), &error));
    CHECK(error.contains(app::HotkeyMap::label(QStringLiteral("lineup.next"))));
    CHECK(keys.keys(QStringLiteral("lineup.previous")) == QKeySequence(Qt::Key_PageUp));
    CHECK_FALSE(keys.set(QStringLiteral("no.such"), QKeySequence(Qt::Key_F7), &error));
    REQUIRE(keys.set(QStringLiteral("chat.pin"), QKeySequence(), &error)); // no keys at all is allowed
    const QMap<QString, QString> kept = keys.overrides();
    CHECK(kept == QMap<QString, QString>{{QStringLiteral("lineup.next"), QStringLiteral("F8")}, {QStringLiteral("chat.pin"), QString()}});

    app::HotkeyMap again(kept);
    CHECK(again.keys(QStringLiteral("lineup.next")) == QKeySequence(Qt::Key_F8));
    CHECK(again.keys(QStringLiteral("chat.pin")).isEmpty());
    // A hand-edited file that gives two actions the same keys: the second is left out.
    app::HotkeyMap clash({{QStringLiteral("lineup.next"), QStringLiteral("F8")}, {QStringLiteral("lineup.previous"), QStringLiteral("F8")},
                          {QStringLiteral("rhythm.start"), QStringLiteral("not a key ###")}});
    CHECK(clash.keys(QStringLiteral("lineup.next")) == QKeySequence(Qt::Key_F8));
    CHECK(clash.keys(QStringLiteral("lineup.previous")) == QKeySequence(Qt::Key_PageUp));
    QStringList holders;
    for (const auto &a : app::HotkeyMap::actions())
        if (!clash.keys(QLatin1String(a.id)).isEmpty() && !clash.conflict(QLatin1String(a.id), clash.keys(QLatin1String(a.id))).isEmpty())
            holders.append(QLatin1String(a.id));
    CHECK(holders.isEmpty());
}

TEST_CASE("hotkeys: the Settings tab refuses a clash as it is typed and returns the changed keys", "[gui][hotkeys]")
{
    core::UiSettings ui;
    app::SettingsDialog dialog(broadcast::BroadcastSettings{}, ui, false);
    auto *next = dialog.findChild<QKeySequenceEdit *>(QStringLiteral("hotkey:lineup.next"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("hotkeyMessage"));
    REQUIRE(next);
    REQUIRE(message);
    next->setKeySequence(QKeySequence(Qt::Key_F9)); // streaming has it
    CHECK(message->text().contains(app::HotkeyMap::label(QStringLiteral("output.stream"))));
    CHECK(next->keySequence() == QKeySequence(Qt::Key_PageDown));
    next->setKeySequence(QKeySequence(Qt::Key_F8));
    CHECK(message->text().isEmpty());
    CHECK(dialog.ui().hotkeys == QMap<QString, QString>{{QStringLiteral("lineup.next"), QStringLiteral("F8")}});

    // The picture for the README: the tab with a refused clash.
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    dialog.findChild<QKeySequenceEdit *>(QStringLiteral("hotkey:lineup.previous"))->setKeySequence(QKeySequence(Qt::Key_F8));
    dialog.resize(620, 640);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    CHECK(dialog.grab().save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/settings-hotkeys.png")));
}
