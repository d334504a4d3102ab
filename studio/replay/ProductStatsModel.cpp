#include "ProductStatsModel.hpp"

#include "ChapterModel.hpp"

#include "catalog/Money.hpp"

namespace shopcast::replay {

void ProductStatsModel::setProducts(const QList<ProductStats> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

int ProductStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_products.size())
        return {};
    const ProductStats &p = m_products.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= OnAir && index.column() <= Attributed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Sku: return p.sku;
    case Title: return p.title;
    case OnAir: return ChapterModel::formatMs(p.onAirMs);
    case Comments: return p.comments;
    case Questions: return p.questions;
    case FlashSales: return p.flashSales;
    case Gmv: return catalog::Money::fromCents(p.gmvCents).toString();
    case Orders: return p.orders;
    case Units: return p.units;
    case Refunds: return p.refunds;
    case AverageOrder: return catalog::Money::fromCents(p.averageOrderCents()).toString();
    case Attributed: return catalog::Money::fromCents(p.attributedCents).toString();
    // Blank where no platform reported the room's size: unknown, not zero.
    case PitchViews: return p.pitchViews ? QVariant(*p.pitchViews) : QVariant(QString());
    case PitchGpm: {
        const std::optional<qint64> gpm = p.pitchGpmCents();
        return gpm ? catalog::Money::fromCents(*gpm).toString() : QString();
    }
    case TopQuestions: {
        QStringList lines;
        for (const auto &q : p.topQuestions)
            lines.append(QStringLiteral("%1 ×%2").arg(q.first).arg(q.second));
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant ProductStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku: return tr("SKU");
    case Title: return tr("Product");
    case OnAir: return tr("On air");
    case Comments: return tr("Comments");
    case Questions: return tr("Questions");
    case FlashSales: return tr("Flash sales");
    case Gmv: return tr("GMV");
    case Orders: return tr("Orders");
    case Units: return tr("Units");
    case Refunds: return tr("Refunds");
    case AverageOrder: return tr("Average order");
    case Attributed: return tr("From its pitches");
    case PitchViews: return tr("Views in its pitches");
    case PitchGpm: return tr("GPM of its pitches");
    case TopQuestions: return tr("Asked most");
    }
    return {};
}

} // namespace shopcast::replay
