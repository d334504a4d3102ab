#include "ChatFilterModel.hpp"

#include "ChatModel.hpp"

namespace shopcast::chat {

void ChatFilterModel::setText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

void ChatFilterModel::setShowModerated(bool show)
{
    m_showModerated = show;
    invalidateRowsFilter();
}

bool ChatFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showModerated && !index.data(ChatModel::ModerationRole).toString().isEmpty())
        return false;
    return m_text.isEmpty() || index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace shopcast::chat
