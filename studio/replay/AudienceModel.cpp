#include "AudienceModel.hpp"

#include "catalog/Money.hpp"

#include "chat/Platforms.hpp"

namespace shopcast::replay {

void AudienceModel::setMembers(const QList<AudienceMember> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

int AudienceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int AudienceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AudienceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size() || role != Qt::DisplayRole)
        return {};
    const AudienceMember &m = m_members.at(index.row());
    switch (index.column()) {
    case Rank: return index.row() + 1;
    case Name: return m.userName;
    case Platform: return chat::Platforms::label(m.platform);
    case Score: return qRound(m.score);
    case Comments: return m.comments;
    case Questions: return m.questions;
    case LotteryEntries: return m.lotteryEntries;
    case DaysActive: return m.daysActive;
    case Orders: return m.orders;
    case Spend: return catalog::Money::fromCents(m.spendCents).toString();
    }
    return {};
}

QVariant AudienceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("#");
    case Name: return tr("Viewer");
    case Platform: return tr("Platform");
    case Score: return tr("Score");
    case Comments: return tr("Comments");
    case Questions: return tr("Questions");
    case LotteryEntries: return tr("Lottery entries");
    case DaysActive: return tr("Days active");
    case Orders: return tr("Orders");
    case Spend: return tr("Spend ¥");
    }
    return {};
}

} // namespace shopcast::replay
