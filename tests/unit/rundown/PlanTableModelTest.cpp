// The producer's plan as a table model, under QAbstractItemModelTester: every
// edit the Plan dock makes (a new plan, add, remove, move, drag and drop, an
// edited length) keeps the model consistent for the views.
#include "CatchQt.hpp"

#include "rundown/PlanTableModel.hpp"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

#include <memory>

using namespace shopcast::rundown;

TEST_CASE("plan table model: every edit keeps the model consistent, and the plan follows it", "[rundown][plan][model]")
{
    PlanTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ShowPlan plan;
    plan.title = QStringLiteral("周五专场");
    plan.slotList = {{SlotKind::Product, 180'000, QStringLiteral("P1")}, {SlotKind::Product, 180'000, QStringLiteral("P2")}, {SlotKind::Lottery, 120'000}};
    model.setPlan(plan);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == PlanTableModel::ColumnCount);
    CHECK(model.data(model.index(0, PlanTableModel::Sku)).toString() == QStringLiteral("P1"));
    CHECK(model.data(model.index(0, PlanTableModel::Planned)).toString() == QStringLiteral("3:00"));

    model.addSlot(SlotKind::Poll, 1);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.plan().slotList.at(1).kind == SlotKind::Poll);
    REQUIRE(model.moveSlot(1, 3));
    CHECK(model.plan().slotList.at(3).kind == SlotKind::Poll);
    CHECK(model.plan().slotList.at(1).sku == QStringLiteral("P2"));
    CHECK_FALSE(model.moveSlot(0, 9)); // out of range: nothing moves
    REQUIRE(model.removeSlot(3));
    CHECK_FALSE(model.removeSlot(7));
    REQUIRE(model.rowCount() == 3);

    // Edited in place as the table does; a bad length is refused.
    REQUIRE(model.setData(model.index(1, PlanTableModel::Planned), QStringLiteral("4:00")));
    CHECK(model.plan().slotList.at(1).plannedMs == 240'000);
    CHECK_FALSE(model.setData(model.index(1, PlanTableModel::Planned), QStringLiteral("soon")));
    CHECK(model.plan().slotList.at(1).plannedMs == 240'000);
    CHECK_FALSE(model.violations().isEmpty()); // 4:00 is over the 3:00 pitch

    // Dragging the lottery to the top, through the model's drag-and-drop path.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(2, 0)}));
    REQUIRE(mime);
    // False by design: the model moved the row itself, the view must not remove it.
    CHECK_FALSE(model.dropMimeData(mime.get(), Qt::MoveAction, 0, 0, {}));
    CHECK(model.plan().slotList.at(0).kind == SlotKind::Lottery);
    CHECK(model.rowCount() == 3);

    // A new plan replaces the rows in one reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setPlan(ShowPlan{});
    CHECK(model.rowCount() == 0);
    CHECK(reset.count() == 1);
}
