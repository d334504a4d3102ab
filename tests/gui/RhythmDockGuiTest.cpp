// The Rhythm dock and the plan editor as real widgets under X. Time comes from
// an injected manual clock, so the colour states are exact.
#include "CatchQt.hpp"

#include "dialogs/SlotPresetDialog.hpp"
#include "docks/PlanEditorDock.hpp"
#include "docks/RhythmDock.hpp"

#include "actions/ActionRegistry.hpp"
#include "storage/Database.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"
#include "core/MonotonicClock.hpp"
#include "rundown/PlanTableModel.hpp"
#include "show/PlanRepository.hpp"
#include "show/RundownSession.hpp"
#include "show/ShowActions.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace shopcast;
using rundown::SlotKind;

namespace {

QColor chunkColour(QProgressBar *bar)
{
    const QImage shot = bar->grab().toImage();
    return shot.pixelColor(6, shot.height() / 2); // inside the filled part
}

bool near(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 40;
}

void saveArtifact(QWidget &widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    widget.grab().save(QDir(QStringLiteral(SHOPCAST_TEST_ARTIFACTS)).filePath(name));
}

} // namespace

TEST_CASE("the rhythm dock shows normal, amber and red at 79, 80 and 101 percent", "[gui][rhythm]")
{
    core::ManualClock clock;
    show::RundownSession session(clock, nullptr);
    session.setPolling(false);
    rundown::ShowPlan plan;
    plan.title = QStringLiteral("周五专场");
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("DEMO-CUP"), QStringLiteral("先讲材质，再讲保温")},
                     {SlotKind::Product, 180'000, QStringLiteral("DEMO-LIP"), {}},
                     {SlotKind::Product, 180'000, QStringLiteral("DEMO-NUT"), {}},
                     {SlotKind::Lottery, 120'000, {}, {}}};
    session.setPlan(plan);
    actions::ActionRegistry registry; // the dock's buttons invoke the rhythm actions
    show::ShowActions::registerRhythm(registry, session);
    app::RhythmDock dock(session, registry);
    dock.resize(420, 380);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));
    auto *progress = dock.findChild<QProgressBar *>(QStringLiteral("rhythmProgress"));
    auto *countdown = dock.findChild<QLabel *>(QStringLiteral("rhythmCountdown"));
    auto *cue = dock.findChild<QLabel *>(QStringLiteral("rhythmCue"));
    auto *start = dock.findChild<QPushButton *>(QStringLiteral("rhythmStart"));
    auto *advance = dock.findChild<QPushButton *>(QStringLiteral("rhythmAdvance"));
    REQUIRE(progress);
    REQUIRE(start);

    QTest::mouseClick(start, Qt::LeftButton);
    struct Step
    {
        qint64 atMs;
        const char *level;
        QColor colour;
        const char *countdown;
    };
    const Step steps[] = {{142'200, "normal", QColor(0x2e, 0x7d, 0x32), "0:38"},
                          {144'000, "amber", QColor(0xf9, 0xa8, 0x25), "0:36"},
                          {181'800, "red", QColor(0xc6, 0x28, 0x28), "+0:01"}};
    for (const Step &step : steps) {
        INFO(step.level);
        clock.setMs(step.atMs);
        session.clock().update();
        dock.refresh();
        QCoreApplication::processEvents();
        CHECK(progress->property("level").toString() == QString::fromLatin1(step.level));
        CHECK(near(chunkColour(progress), step.colour));
        CHECK(countdown->text() == QString::fromLatin1(step.countdown));
        saveArtifact(dock, QStringLiteral("rhythm-%1.png").arg(QString::fromLatin1(step.level)));
    }
    CHECK(countdown->styleSheet().contains(QStringLiteral("#c62828"))); // overrun counts up in red

    // During the third product in a row the interlude is announced; it goes
    // away once the lottery is on.
    CHECK(cue->isHidden());
    QTest::mouseClick(advance, Qt::LeftButton);
    clock.advanceMs(170'000);
    QTest::mouseClick(advance, Qt::LeftButton);
    clock.advanceMs(60'000);
    session.clock().update();
    dock.refresh();
    CHECK(cue->isVisible());
    CHECK(cue->text().contains(QStringLiteral("Interlude after this product (3 in a row)")));
    saveArtifact(dock, QStringLiteral("rhythm-interlude-next.png"));
    QTest::mouseClick(advance, Qt::LeftButton);
    CHECK(cue->isHidden());
}

TEST_CASE("the plan editor generates from the lineup and marks violations in place", "[gui][plan]")
{
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    catalog::ProductRepository products(*db);
    QList<catalog::Product> list;
    for (int i = 1; i <= 5; ++i) {
        catalog::Product p;
        p.sku = QStringLiteral("P%1").arg(i);
        p.title = QStringLiteral("商品%1").arg(i);
        p.price = catalog::Money::fromCents(100);
        list.append(p);
    }
    REQUIRE(products.saveAll(list, QStringLiteral("t"), &error));
    catalog::LineupModel lineup(*db, products);
    for (const auto &p : list)
        REQUIRE(lineup.addProduct(p.sku, &error));
    core::ManualClock clock;
    show::RundownSession session(clock, nullptr);
    session.setPolling(false);
    show::PlanRepository plans(*db);
    rundown::PlanTableModel model;
    app::PlanEditorDock dock(model, session, plans, lineup);
    dock.resize(900, 500);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));

    QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("planGenerate")), Qt::LeftButton);
    REQUIRE(model.rowCount() == 1 + 5 + 1 + 1); // warm-up, 5 products, 1 interlude, closing (332)
    auto *violations = dock.findChild<QLabel *>(QStringLiteral("planViolations"));
    CHECK(violations->text().startsWith(QStringLiteral("✔")));

    // The producer stretches a pitch to 4:00: the row turns red with the reason.
    auto *table = dock.findChild<QTableView *>(QStringLiteral("planTable"));
    REQUIRE(model.setData(model.index(2, rundown::PlanTableModel::Planned), QStringLiteral("4:00")));
    CHECK(model.data(model.index(2, 0), Qt::BackgroundRole).value<QColor>() == QColor(0xff, 0xcd, 0xd2));
    CHECK(model.data(model.index(2, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("over the 3:00 limit")));
    CHECK(violations->text().contains(QStringLiteral("4:00")));
    CHECK_FALSE(model.setData(model.index(2, rundown::PlanTableModel::Planned), QStringLiteral("0:00"))); // zero-length refused
    saveArtifact(dock, QStringLiteral("plan-editor.png"));
    // Drag the lottery up one row, through the model's drag-and-drop path.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(4, 0)}));
    model.dropMimeData(mime.get(), Qt::MoveAction, 3, 0, {});
    CHECK(model.plan().slotList.at(3).kind == SlotKind::Lottery);
    Q_UNUSED(table);

    // Use for the show: saved in the database and handed to the rhythm clock.
    QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("planUse")), Qt::LeftButton);
    CHECK(session.plan() == model.plan());
    CHECK(plans.current(&error) == model.plan());
}

TEST_CASE("the plan editor gives a lottery slot its own preset and a slot the countdown on stream", "[gui][plan]")
{
    QTemporaryDir dir;
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    catalog::ProductRepository products(*db);
    catalog::LineupModel lineup(*db, products);
    core::ManualClock clock;
    show::RundownSession session(clock, nullptr);
    session.setPolling(false);
    show::PlanRepository plans(*db);
    rundown::PlanTableModel model;
    rundown::ShowPlan plan;
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("P1")}, {SlotKind::Lottery, 120'000}};
    model.setPlan(plan);
    app::PlanEditorDock dock(model, session, plans, lineup);
    dock.resize(1100, 500);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));
    auto *table = dock.findChild<QTableView *>(QStringLiteral("planTable"));
    REQUIRE(table);
    CHECK(model.data(model.index(1, rundown::PlanTableModel::Preset)).toString() == QStringLiteral("(the show's default)"));
    CHECK(model.data(model.index(0, rundown::PlanTableModel::Preset)).toString().isEmpty()); // a pitch has none

    // The countdown column is a check box.
    REQUIRE(model.setData(model.index(0, rundown::PlanTableModel::Countdown), Qt::Checked, Qt::CheckStateRole));
    CHECK(model.plan().slotList.at(0).countdown);

    // The dialog is modal: fill it in from a timer while exec() runs.
    table->selectRow(1);
    bool filled = false;
    QTimer::singleShot(200, &dock, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<app::SlotPresetDialog *>(w);
            if (!dialog || !dialog->isVisible())
                continue;
            dialog->findChild<QCheckBox *>()->setChecked(false); // not the show's default
            dialog->findChild<QLineEdit *>(QStringLiteral("lotteryPrize"))->setText(QStringLiteral("保温杯"));
            dialog->findChild<QLineEdit *>(QStringLiteral("lotteryKeyword"))->setText(QStringLiteral("要杯子"));
            dialog->findChild<QSpinBox *>(QStringLiteral("lotteryWinners"))->setValue(2);
            saveArtifact(*dialog, QStringLiteral("slot-preset.png"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            filled = true;
        }
    });
    QTest::mouseClick(dock.findChild<QPushButton *>(QStringLiteral("planSlotPreset")), Qt::LeftButton);
    REQUIRE(filled);
    const QJsonObject preset = model.plan().slotList.at(1).preset;
    CHECK(preset.value(QStringLiteral("prize")).toString() == QStringLiteral("保温杯"));
    CHECK(preset.value(QStringLiteral("keyword")).toString() == QStringLiteral("要杯子"));
    CHECK(preset.value(QStringLiteral("winners")).toInt() == 2);
    CHECK(model.data(model.index(1, rundown::PlanTableModel::Preset)).toString() == QStringLiteral("保温杯 × 2 · 要杯子"));
    saveArtifact(dock, QStringLiteral("plan-editor-presets.png"));
    // The plan file keeps both.
    const auto back = rundown::ShowPlan::fromJson(model.plan().toJson(), &error);
    REQUIRE(back);
    CHECK(back->slotList.at(1).preset == preset);
    CHECK(back->slotList.at(0).countdown);
}
