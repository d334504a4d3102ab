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
        quint64 key = 0; // unique in the queue, given by add(): what a remote console names
    };
    enum Role { KeyRole = Qt::UserRole + 1 };
    static constexpr int kCapacity = 2000;

    explicit ReviewQueueModel(QObject *parent = nullptr);

    // Returns the items pushed out by the capacity (usually none).
    QList<Item> add(const QList<Item> &items);
    // Removes and returns the items of these rows (any order, duplicates ignored).
    QList<Item> take(QList<int> rows);
    const Item &itemAt(int row) const { return m_items.at(row); }
    int rowOfKey(quint64 key) const; // -1: not (or no longer) in the queue

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Item> m_items;
    quint64 m_nextKey = 1;
};

} // namespace shopcast::moderation
