#include "SourcesDock.hpp"

#include "dialogs/AddSourceDialog.hpp"
#include "dialogs/FiltersDialog.hpp"
#include "dialogs/ItemGeometryDialog.hpp"

#include "broadcast/PreviewEditController.hpp"
#include "broadcast/ProgramView.hpp"
#include "broadcast/SceneEditor.hpp"
#include "broadcast/SourceCatalog.hpp"

#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcast::app {

using namespace shopcast::broadcast;

SourcesDock::SourcesDock(SceneEditor &scenes, ProgramView &program, PreviewEditController &editing, QWidget *parent)
    : QDockWidget(tr("Sources"), parent)
    , m_scenes(scenes)
    , m_program(program)
    , m_editing(editing)
{
    setObjectName(QStringLiteral("sourcesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("sourceList"));
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(body);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add source"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    // Two entries may share a libobs id (the studio's overlays differ by role): keep the entry.
    for (const SourceKind &kind : SourceCatalog::kinds())
        menu->addAction(kind.label, this, [this, kind] { addSource(kind); });
    add->setMenu(menu);
    auto *remove = new QToolButton(body);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove source"));
    auto *up = new QToolButton(body);
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Move up (towards the front)"));
    auto *down = new QToolButton(body);
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Move down (towards the back)"));
    auto *geometry = new QToolButton(body);
    geometry->setText(tr("Position…"));
    geometry->setToolTip(tr("Position and size in canvas pixels (or double-click the source)"));
    auto *filters = new QToolButton(body);
    filters->setObjectName(QStringLiteral("editFilters"));
    filters->setText(tr("Filters…"));
    filters->setToolTip(tr("Filters of the source: green screen, colour correction, LUT, crop and more"));
    for (QToolButton *b : {add, remove, up, down, geometry, filters})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(body);

    connect(remove, &QToolButton::clicked, this, &SourcesDock::removeSelected);
    connect(geometry, &QToolButton::clicked, this, &SourcesDock::editGeometry);
    connect(filters, &QToolButton::clicked, this, &SourcesDock::editFilters);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &SourcesDock::editGeometry);
    connect(up, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(down, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_list, &QListWidget::itemChanged, this, &SourcesDock::onItemChanged);
    // The preview's scene and selection: a source clicked in the preview is
    // selected here, one selected here is selected there.
    connect(&m_editing, &PreviewEditController::itemsChanged, this, &SourcesDock::refresh);
    connect(&m_editing, &PreviewEditController::selectionChanged, this, &SourcesDock::showSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_editing.setSelection({modelIndexOfRow(row)});
    });
    refresh();
}

void SourcesDock::showSelection()
{
    const QList<int> selection = m_editing.selection();
    if (selection.isEmpty())
        return;
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(m_list->count() - 1 - selection.last());
}

int SourcesDock::modelIndexOfRow(int row) const
{
    // The list shows the top of the stack first; the model stores render order.
    return m_list->count() - 1 - row;
}

void SourcesDock::refresh()
{
    const int selected = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const SceneSpec *scene = m_scenes.collection().findScene(m_editing.sceneName());
    if (!scene)
        return;
    for (auto it = scene->items.crbegin(); it != scene->items.crend(); ++it) {
        auto *item = new QListWidgetItem(it->sourceName, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(it->visible ? Qt::Checked : Qt::Unchecked);
        if (const SourceSpec *source = m_scenes.collection().findSource(it->sourceName))
            if (const SourceKind *kind = SourceCatalog::find(source->kind))
                item->setToolTip(kind->label);
    }
    if (selected >= 0 && selected < m_list->count())
        m_list->setCurrentRow(selected);
    showSelection();
}

void SourcesDock::report(const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Sources"), error);
}

void SourcesDock::addSource(const SourceKind &sourceKind)
{
    const SourceKind *kind = &sourceKind;
    AddSourceDialog dialog(*kind, m_scenes.collection().uniqueSourceName(kind->baseName), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SourceSpec source = dialog.source();
    SceneItemSpec item;
    item.sourceName = source.name;
    const CanvasSpec canvas = m_program.canvas();
    if (kind->input == SourceKind::Input::Color) {
        item.boundsWidthPx = canvas.widthPx;
        item.boundsHeightPx = canvas.heightPx;
    } else if (kind->id == QLatin1String("shopcast_overlay")) {
        // Lower left, where the price card belongs; adjust in the scene later.
        item.xPx = canvas.widthPx * 0.03;
        item.yPx = canvas.heightPx * 0.68;
        item.boundsWidthPx = canvas.widthPx * 0.6;
        item.boundsHeightPx = canvas.heightPx * 0.3;
    }
    QString error;
    if (!m_scenes.addItem(m_editing.sceneName(), source, item, &error))
        report(error);
}

void SourcesDock::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QString error;
    if (!m_scenes.removeItem(m_editing.sceneName(), modelIndexOfRow(row), &error))
        report(error);
}

void SourcesDock::moveSelected(int towardsTop)
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const int from = modelIndexOfRow(row);
    const int to = from + towardsTop;
    if (to < 0 || to >= m_list->count())
        return;
    QString error;
    if (!m_scenes.moveItem(m_editing.sceneName(), from, to, &error)) {
        report(error);
        return;
    }
    m_list->setCurrentRow(row - towardsTop);
}

void SourcesDock::editGeometry()
{
    const int row = m_list->currentRow();
    const SceneSpec *scene = m_scenes.collection().findScene(m_editing.sceneName());
    if (row < 0 || !scene)
        return;
    const int index = modelIndexOfRow(row);
    ItemGeometryDialog dialog(scene->items.at(index), m_program.canvas(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SceneItemSpec item = dialog.item();
    QString error;
    if (!m_scenes.setItemGeometry(m_editing.sceneName(), index, item.xPx, item.yPx, item.boundsWidthPx, item.boundsHeightPx, &error))
        report(error);
}

void SourcesDock::onItemChanged(QListWidgetItem *item)
{
    QString error;
    if (!m_scenes.setItemVisible(m_editing.sceneName(), modelIndexOfRow(m_list->row(item)), item->checkState() == Qt::Checked, &error))
        report(error);
}

void SourcesDock::editFilters()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return report(tr("Select a source first."));
    FiltersDialog::open(m_scenes, m_program, item->text(), window());
}

} // namespace shopcast::app
