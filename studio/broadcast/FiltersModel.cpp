#include "FiltersModel.hpp"

#include "FilterCatalog.hpp"
#include "SceneEditor.hpp"

namespace shopcast::broadcast {

namespace {
// A rename or a new setting leaves the kinds as they were: rows change in place.
QStringList kindsOf(const SceneCollection &collection, const QString &source)
{
    QStringList kinds;
    if (const QList<FilterSpec> *filters = collection.filtersOf(source))
        for (const FilterSpec &f : *filters)
            kinds.append(f.kind);
    return kinds;
}
} // namespace

FiltersModel::FiltersModel(SceneEditor &editor, QObject *parent)
    : QAbstractListModel(parent)
    , m_editor(editor)
{
    connect(&editor, &SceneEditor::collectionChanged, this, &FiltersModel::follow);
}

void FiltersModel::setSource(const QString &sourceName)
{
    beginResetModel();
    m_source = sourceName;
    m_kinds = kindsOf(m_editor.collection(), m_source);
    endResetModel();
}

void FiltersModel::follow()
{
    const QStringList kinds = kindsOf(m_editor.collection(), m_source);
    if (kinds == m_kinds) {
        if (!kinds.isEmpty())
            emit dataChanged(index(0), index(int(kinds.size()) - 1));
        return;
    }
    beginResetModel();
    m_kinds = kinds;
    endResetModel();
}

const FilterSpec *FiltersModel::filterAt(int row) const
{
    const QList<FilterSpec> *filters = m_editor.collection().filtersOf(m_source);
    return filters && row >= 0 && row < filters->size() && row < m_kinds.size() ? &filters->at(row) : nullptr;
}

int FiltersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size());
}

QVariant FiltersModel::data(const QModelIndex &index, int role) const
{
    const FilterSpec *f = index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid) ? filterAt(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return f->name;
    case Qt::CheckStateRole: return f->enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: return FilterCatalog::labelOf(f->kind);
    case KindRole: return f->kind;
    default: return {};
    }
}

bool FiltersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const FilterSpec *f = index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid) ? filterAt(index.row()) : nullptr;
    if (!f)
        return false;
    QString error;
    bool ok = false;
    if (role == Qt::CheckStateRole)
        ok = m_editor.setFilterEnabled(m_source, index.row(), value.value<Qt::CheckState>() == Qt::Checked, &error);
    else if (role == Qt::EditRole)
        ok = value.toString().trimmed() == f->name || m_editor.renameFilter(m_source, index.row(), value.toString().trimmed(), &error);
    else
        return false;
    if (!ok)
        emit refused(error);
    return ok;
}

Qt::ItemFlags FiltersModel::flags(const QModelIndex &index) const
{
    if (!(index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid)))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace shopcast::broadcast
