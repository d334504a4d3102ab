#pragma once

#include "AudienceRanking.hpp"

#include <QAbstractTableModel>

namespace shopcast::replay {

// The KOC candidates table: rank, viewer, platform, score and what it is made of.
class AudienceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Name, Platform, Score, Comments, Questions, LotteryEntries, DaysActive, Orders, Spend, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMembers(const QList<AudienceMember> &members);
    const QList<AudienceMember> &members() const { return m_members; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AudienceMember> m_members;
};

} // namespace shopcast::replay
