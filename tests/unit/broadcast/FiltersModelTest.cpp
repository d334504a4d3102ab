// The Filters dialog's list: one source's filters through the scene editor.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "broadcast/FilterCatalog.hpp"
#include "broadcast/FiltersModel.hpp"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace shopcast;
using namespace shopcast::broadcast;

namespace {
SceneCollection withFilters()
{
    SceneCollection c = SceneCollection::demo(CanvasSpec{1280, 720, 30}, QStringLiteral("/res"));
    REQUIRE(c.addFilter(QStringLiteral("Background"), {QStringLiteral("绿幕"), QStringLiteral("chroma_key_filter_v2"), true, {}}));
    REQUIRE(c.addFilter(QStringLiteral("Background"), {QStringLiteral("调色"), QStringLiteral("color_filter_v2"), false, {}}));
    return c;
}
} // namespace

TEST_CASE("the filters list shows a source's filters, turns them on and off and renames them as undoable edits", "[filters][models]")
{
    test::FakeSceneEditor editor;
    QString error;
    REQUIRE(editor.loadCollection(withFilters(), &error));
    FiltersModel model(editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setSource(QStringLiteral("Background"));
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), Qt::DisplayRole).toString() == QStringLiteral("绿幕"));
    CHECK(model.data(model.index(0), Qt::ToolTipRole).toString() == FilterCatalog::labelOf(QStringLiteral("chroma_key_filter_v2")));
    CHECK(model.data(model.index(1), Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Unchecked);
    CHECK(model.data(model.index(1), FiltersModel::KindRole).toString() == QStringLiteral("color_filter_v2"));

    REQUIRE(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    CHECK(editor.collection().findSource(QStringLiteral("Background"))->filters.at(1).enabled);
    CHECK(editor.undoLabel() == QStringLiteral("Turn on filter 调色"));
    REQUIRE(model.setData(model.index(0), QStringLiteral(" 抠像 "), Qt::EditRole));
    CHECK(model.data(model.index(0), Qt::DisplayRole).toString() == QStringLiteral("抠像"));

    // A name the other filter has is refused, with the reason.
    QSignalSpy refused(&model, &FiltersModel::refused);
    CHECK_FALSE(model.setData(model.index(0), QStringLiteral("调色"), Qt::EditRole));
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().first().toString().contains(QStringLiteral("调色")));
    CHECK(model.data(model.index(0), Qt::DisplayRole).toString() == QStringLiteral("抠像"));
}

TEST_CASE("the filters list changes rows in place for a setting and starts over for a new filter or an undo that removes one", "[filters][models]")
{
    test::FakeSceneEditor editor;
    QString error;
    REQUIRE(editor.loadCollection(withFilters(), &error));
    FiltersModel model(editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(QStringLiteral("Background"));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    // A slider dragged: the view's selection must survive every step.
    for (int similarity = 400; similarity < 410; ++similarity)
        REQUIRE(editor.setFilterSettings(QStringLiteral("Background"), 0, {{QStringLiteral("similarity"), similarity}}, &error, true));
    CHECK(resets.isEmpty());
    CHECK(changes.size() == 10);
    CHECK(editor.undoLabel() == QStringLiteral("Change filter 绿幕"));

    REQUIRE(editor.addFilter(QStringLiteral("Background"), {QStringLiteral("锐化"), QStringLiteral("sharpness_filter_v2"), true, {}}, &error));
    CHECK(resets.size() == 1);
    CHECK(model.rowCount() == 3);
    REQUIRE(editor.undo(&error));
    CHECK(model.rowCount() == 2);
    REQUIRE(editor.undo(&error)); // the whole drag, in one step
    CHECK(editor.collection().findSource(QStringLiteral("Background"))->filters.at(0).settings.isEmpty());

    // Rows outside the list are no filter.
    CHECK(model.filterAt(-1) == nullptr);
    CHECK(model.filterAt(2) == nullptr);
    CHECK_FALSE(model.setData(model.index(0), Qt::Checked, Qt::DisplayRole));
}

TEST_CASE("a new or pasted filter gets a name its source does not have yet", "[filters]")
{
    const QList<FilterSpec> filters{{QStringLiteral("锐化"), QStringLiteral("sharpness_filter_v2"), true, {}},
                                    {QStringLiteral("锐化 2"), QStringLiteral("sharpness_filter_v2"), true, {}}};
    CHECK(FilterCatalog::uniqueName(filters, QStringLiteral("调色")) == QStringLiteral("调色"));
    CHECK(FilterCatalog::uniqueName(filters, QStringLiteral("锐化")) == QStringLiteral("锐化 3"));
    CHECK(FilterCatalog::labelOf(QStringLiteral("some_plugin_filter")) == QStringLiteral("some_plugin_filter"));
    const FilterSpec back = FilterSpec::fromJson(filters.at(1).toJson());
    CHECK(back == filters.at(1));
    CHECK(FilterSpec::fromJson({{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("id"), QStringLiteral("y")}}).enabled);
}
