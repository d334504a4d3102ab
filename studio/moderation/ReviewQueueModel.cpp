#include "ReviewQueueModel.hpp"

#include <QDateTime>

#include <algorithm>

namespace shopcast::moderation {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<ReviewQueueModel::Item> ReviewQueueModel::add(const QList<Item> &items)
{
    QList<Item> overflow;
    if (items.isEmpty())
        return overflow;
    const int excess = int(m_items.size() + items.size()) - kCapacity;
    if (excess > 0) {
        const int fromExisting = std::min(excess, int(m_items.size()));
        if (fromExisting > 0) {
            beginRemoveRows({}, 0, fromExisting - 1);
            overflow = m_items.mid(0, fromExisting);
            m_items.remove(0, fromExisting);
            endRemoveRows();
        }
    }
    QList<Item> kept = items;
    if (kept.size() > kCapacity) {
        overflow += kept.mid(0, kept.size() - kCapacity);
        kept = kept.mid(kept.size() - kCapacity);
    }
    for (Item &item : kept)
        item.key = m_nextKey++;
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + kept.size()) - 1);
    m_items += kept;
    endInsertRows();
    return overflow;
}

int ReviewQueueModel::rowOfKey(quint64 key) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).key == key)
            return row;
    return -1;
}

QList<ReviewQueueModel::Item> ReviewQueueModel::take(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Item> out;
    for (int row : std::as_const(rows))
        if (row >= 0 && row < m_items.size())
            out.append(m_items.at(row));
    // Remove from the bottom so the row numbers stay valid.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (*it < 0 || *it >= m_items.size())
            continue;
        beginRemoveRows({}, *it, *it);
        m_items.removeAt(*it);
        endRemoveRows();
    }
    return out;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    if (role == KeyRole)
        return item.key;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: return item.event.sentAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(item.event.sentAtMs).toString(QStringLiteral("HH:mm:ss")) : QString();
        case User: return item.event.userName;
        case Comment: return role == Qt::DisplayRole ? item.event.text.left(200) : item.event.text.left(2000);
        case Reason: return Verdicts::describe(item.decision.rule, item.decision.detail);
        }
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Comment: return tr("Comment");
    case Reason: return tr("Held by");
    }
    return {};
}

} // namespace shopcast::moderation
