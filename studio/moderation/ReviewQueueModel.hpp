#pragma once

#include "Moderator.hpp"

#include <QAbstractTableModel>

namespace shopcast::moderation {

// Comments moderation held for a person to decide (the 场控's review queue),
// oldest first, each with the rule that held it. Bounded: past the capacity
// the oldest is taken out (and the controller rejects it, logged).
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Comment, Reason, ColumnCount };
    struct Item
    {
        chat::ChatEvent event;
        Decision decision;
    };
    static constexpr int kCapacity = 2000;

    explicit ReviewQueueModel(QObject *parent = nullptr);

    // Returns the items pushed out by the capacity (usually none).
    QList<Item> add(const QList<Item> &items);
    // Removes and returns the items of these rows (any order, duplicates ignored).
    QList<Item> take(QList<int> rows);
    const Item &itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
};

} // namespace shopcast::moderation
