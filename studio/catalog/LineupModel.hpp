#pragma once

#include "Product.hpp"

#include <QAbstractTableModel>

#include <optional>

namespace shopcast::storage {
class Database;
}

namespace shopcast::catalog {
class ProductRepository;

// The products of this show, in running order, with the one being presented
// (讲解) now marked. Drag to reorder, edit the live price and stock in place, mark
// sold out. The order and sold-out marks live in the studio database;
// price and stock edits go to the catalog (with history).
class LineupModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Row numbers are the vertical header: a column must not change on a move.
    enum Column { Title, Sku, Price, LivePrice, Stock, SoldOut, ColumnCount };
    enum Role { IsCurrentRole = Qt::UserRole + 1, SkuRole };

    LineupModel(storage::Database &db, ProductRepository &products, QObject *parent = nullptr);

    bool load(QString *error);
    bool addProduct(const QString &sku, QString *error);
    bool removeAt(int row);
    bool move(int from, int to);

    // The product on air is the show's business (show::ShowSession decides
    // it, whatever the trigger); the lineup only marks its row.
    int onAirRow() const;
    const QString &onAirSku() const { return m_onAirSku; }
    void markOnAir(const QString &sku);
    bool setSoldOut(int row, bool soldOut);

    const Product &productAt(int row) const { return m_items.at(row).product; }
    bool isSoldOut(int row) const { return m_items.at(row).soldOut; }
    int rowOfSku(const QString &sku) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent, int destinationChild) override;

signals:
    void onAirRowChanged(int row); // display only: the marked row moved or changed
    void soldOutChanged(int row, bool soldOut);
    void productEdited(int row);
    void errorOccurred(const QString &message);

private:
    struct Item
    {
        Product product;
        bool soldOut = false;
    };
    bool persist();
    void emitRow(int row);

    storage::Database &m_db;
    ProductRepository &m_products;
    QList<Item> m_items;
    QString m_onAirSku;
};

} // namespace shopcast::catalog
