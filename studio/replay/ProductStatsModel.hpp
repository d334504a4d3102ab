#pragma once

#include "ShowReview.hpp"

#include <QAbstractTableModel>

namespace shopcast::replay {

// The per-product table of the review: time on air, comments and questions
// during its pitches, flash sales, what it sold (GMV, orders, units, refunds,
// average order, GMV attributed to its pitches), the questions asked most.
class ProductStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Sku,
        Title,
        OnAir,
        Comments,
        Questions,
        FlashSales,
        Gmv,
        Orders,
        Units,
        Refunds,
        AverageOrder,
        Attributed,
        PitchViews,
        PitchGpm,
        TopQuestions,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProducts(const QList<ProductStats> &products);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProductStats> m_products;
};

} // namespace shopcast::replay
