// The show actions' keys: defaults, a change, a clash refused with the other
// action's name, what the profile keeps, and the Settings tab that edits them.
#include "CatchQt.hpp"
#include "WindowActivation.hpp"

#include "ShowFixture.hpp"

#include "HotkeyMap.hpp"
#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastActions.hpp"
#include "broadcast/BroadcastController.hpp"
#include "broadcast/ProgramScreenshots.hpp"
#include "dialogs/SettingsDialog.hpp"
#include "show/LiveProductController.hpp"

#include <QDir>
#include <QKeySequenceEdit>
#include <QTabWidget>
#include <QLabel>
#include <QSignalSpy>

using namespace shopcast;

namespace {

// The studio's actions as the Settings tab and the window get them: the
// show's, then the outputs'.
struct Actions
{
    test::ShowFixture show;
    broadcast::BroadcastSettings settings;
    broadcast::BroadcastController controller{show.engine.outputs(), settings,
                                              broadcast::BroadcastController::immediate([](const broadcast::DestinationEntry &) { return std::nullopt; }),
                                              [] { return QDateTime::currentDateTime(); }};
    broadcast::ProgramScreenshots screenshots{show.engine.program(), settings};
    QList<app::HotkeyMap::Binding> bindings;

    Actions()
    {
        broadcast::BroadcastActions::registerOn(show.session->actions(), controller, screenshots);
        bindings = app::HotkeyMap::bindingsOf(show.session->actions());
    }
};

} // namespace

TEST_CASE("hotkeys: defaults, a change, a clash refused naming the action, overrides kept and read back", "[gui][hotkeys]")
{
    Actions actions;
    app::HotkeyMap keys(actions.bindings);
    // Built from the registry: every action, with the label it has there.
    REQUIRE(keys.bindings().size() == actions.show.session->actions().actions().size());
    CHECK(keys.label(QStringLiteral("product.next")) == actions.show.session->actions().find(QStringLiteral("product.next"))->label());
    CHECK(keys.keys(QStringLiteral("product.next")) == QKeySequence(Qt::Key_PageDown));
    CHECK(keys.keys(QStringLiteral("output.stream")) == QKeySequence(Qt::Key_F9));
    CHECK(keys.keys(QStringLiteral("flashSale.start")).isEmpty()); // an action without default keys can be given some
    CHECK(keys.overrides().isEmpty());
    // No two defaults share keys.
    for (const auto &a : keys.bindings())
        CHECK(keys.conflict(a.id, a.defaultKeys).isEmpty());

    QSignalSpy changed(&keys, &app::HotkeyMap::changed);
    QString error;
    REQUIRE(keys.set(QStringLiteral("product.next"), QKeySequence(Qt::Key_F8), &error));
    CHECK(changed.count() == 1);
    CHECK_FALSE(keys.set(QStringLiteral("product.previous"), QKeySequence(Qt::Key_F8), &error));
    CHECK(error.contains(keys.label(QStringLiteral("product.next"))));
    CHECK(keys.keys(QStringLiteral("product.previous")) == QKeySequence(Qt::Key_PageUp));
    CHECK_FALSE(keys.set(QStringLiteral("no.such"), QKeySequence(Qt::Key_F7), &error));
    REQUIRE(keys.set(QStringLiteral("comment.pin"), QKeySequence(), &error)); // no keys at all is allowed
    const QMap<QString, QString> kept = keys.overrides();
    CHECK(kept == QMap<QString, QString>{{QStringLiteral("product.next"), QStringLiteral("F8")}, {QStringLiteral("comment.pin"), QString()}});

    app::HotkeyMap again(actions.bindings, kept);
    CHECK(again.keys(QStringLiteral("product.next")) == QKeySequence(Qt::Key_F8));
    CHECK(again.keys(QStringLiteral("comment.pin")).isEmpty());
    // A ui.json of an earlier build names the actions as they were called then.
    app::HotkeyMap older(actions.bindings, {{QStringLiteral("lineup.next"), QStringLiteral("F7")}, {QStringLiteral("chat.pin"), QString()}});
    CHECK(older.keys(QStringLiteral("product.next")) == QKeySequence(Qt::Key_F7));
    CHECK(older.keys(QStringLiteral("comment.pin")).isEmpty());
    // A hand-edited file that gives two actions the same keys: the second is left out.
    app::HotkeyMap clash(actions.bindings, {{QStringLiteral("product.next"), QStringLiteral("F8")},
                                            {QStringLiteral("product.previous"), QStringLiteral("F8")},
                                            {QStringLiteral("rhythm.start"), QStringLiteral("not a key ###")}});
    CHECK(clash.keys(QStringLiteral("product.next")) == QKeySequence(Qt::Key_F8));
    CHECK(clash.keys(QStringLiteral("product.previous")) == QKeySequence(Qt::Key_PageUp));
    QStringList holders;
    for (const auto &a : clash.bindings())
        if (!clash.keys(a.id).isEmpty() && !clash.conflict(a.id, clash.keys(a.id)).isEmpty())
            holders.append(a.id);
    CHECK(holders.isEmpty());
}

TEST_CASE("hotkeys: a key invokes its action through the registry, as a hotkey, with what the window has selected", "[gui][hotkeys]")
{
    Actions actions;
    actions::ActionRegistry &registry = actions.show.session->actions();
    app::HotkeyMap keys(actions.bindings);
    QWidget window;
    keys.install(&window, registry);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(test::activateWindow(window.windowHandle()));
    QList<actions::Invocation> seen;
    QObject::connect(&registry, &actions::ActionRegistry::invoked, [&](const actions::Invocation &i) { seen.append(i); });
    QSignalSpy refused(&keys, &app::HotkeyMap::refused);

    registry.setDefaultParams(QStringLiteral("product.explain"), [] { return QJsonObject{{QStringLiteral("sku"), QStringLiteral("P2")}}; });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    CHECK(actions.show.session->live().onAirSku() == QStringLiteral("P2"));
    QTest::keyClick(&window, Qt::Key_PageDown);
    CHECK(actions.show.session->live().onAirSku() == QStringLiteral("P3"));
    REQUIRE(seen.size() == 2);
    CHECK(seen.at(0).actionId == QStringLiteral("product.explain"));
    CHECK(seen.at(0).caller.origin == actions::Origin::Hotkey);
    CHECK(seen.at(1).actionId == QStringLiteral("product.next"));
    // Not allowed now: refused with the reason, which the window shows.
    QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(0).toString() == keys.label(QStringLiteral("comment.clearPin")));
    CHECK(refused.at(0).at(1).toString().contains(QStringLiteral("no comment is pinned")));
    // New keys apply at once.
    QString error;
    REQUIRE(keys.set(QStringLiteral("product.previous"), QKeySequence(Qt::Key_F7), &error));
    QTest::keyClick(&window, Qt::Key_F7);
    CHECK(actions.show.session->live().onAirSku() == QStringLiteral("P2"));
}

TEST_CASE("hotkeys: the Settings tab refuses a clash as it is typed and returns the changed keys", "[gui][hotkeys]")
{
    Actions actions;
    core::UiSettings ui;
    app::SettingsDialog dialog(broadcast::BroadcastSettings{}, ui, actions.bindings, false);
    const app::HotkeyMap keys(actions.bindings);
    auto *next = dialog.findChild<QKeySequenceEdit *>(QStringLiteral("hotkey:product.next"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("hotkeyMessage"));
    REQUIRE(next);
    REQUIRE(message);
    next->setKeySequence(QKeySequence(Qt::Key_F9)); // streaming has it
    CHECK(message->text().contains(keys.label(QStringLiteral("output.stream"))));
    CHECK(next->keySequence() == QKeySequence(Qt::Key_PageDown));
    next->setKeySequence(QKeySequence(Qt::Key_F8));
    CHECK(message->text().isEmpty());
    CHECK(dialog.ui().hotkeys == QMap<QString, QString>{{QStringLiteral("product.next"), QStringLiteral("F8")}});

    // The picture for the README: the tab with a refused clash.
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    dialog.findChild<QKeySequenceEdit *>(QStringLiteral("hotkey:product.previous"))->setKeySequence(QKeySequence(Qt::Key_F8));
    dialog.resize(620, 640);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    CHECK(dialog.grab().save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/settings-hotkeys.png")));
}

TEST_CASE("hotkeys: a clash typed into the field is refused, the field keeps its key and OK saves it unchanged", "[gui][hotkeys]")
{
    Actions actions;
    core::UiSettings ui;
    app::SettingsDialog dialog(broadcast::BroadcastSettings{}, ui, actions.bindings, false);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *next = dialog.findChild<QKeySequenceEdit *>(QStringLiteral("hotkey:product.next"));
    REQUIRE(next);
    next->setFocus();
    // Typed, as a host does: the edit starts recording (and empties itself) first.
    QTest::keyClick(next, Qt::Key_F9);
    // The edit hands over what was typed once the typing pauses.
    const auto *message = dialog.findChild<QLabel *>(QStringLiteral("hotkeyMessage"));
    REQUIRE_EVENTUALLY(!message->text().isEmpty(), 10'000);
    CHECK(next->keySequence() == QKeySequence(Qt::Key_PageDown));
    dialog.accept();
    CHECK(dialog.ui().hotkeys.isEmpty()); // nothing changed, nothing cleared
}
