#include "LineupModel.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "ProductRepository.hpp"

#include <QColor>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::catalog {

namespace {
const QString kMime = QStringLiteral("application/x-shopcast-lineup-rows");
}

LineupModel::LineupModel(storage::Database &db, ProductRepository &products, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_products(products)
{}

bool LineupModel::load(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT sku, sold_out FROM lineup_items ORDER BY position"))) {
        *error = q.lastError().text();
        return false;
    }
    beginResetModel();
    m_items.clear();
    while (q.next())
        if (auto p = m_products.findBySku(q.value(0).toString()))
            m_items.append({*p, q.value(1).toBool()});
    endResetModel();
    return true;
}

bool LineupModel::persist()
{
    // A snapshot of the order, written by the storage writer: reordering or
    // marking sold out during the show never waits on the disk.
    QList<QPair<QString, bool>> rows;
    for (const Item &item : std::as_const(m_items))
        rows.append({item.product.sku, item.soldOut});
    m_db.writer().submit(
        [rows](QSqlDatabase &db, QString *error) {
            QSqlQuery clear(db);
            if (!clear.exec(QStringLiteral("DELETE FROM lineup_items"))) {
                *error = clear.lastError().text();
                return false;
            }
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO lineup_items (position, sku, sold_out) VALUES (?, ?, ?)"));
            for (int i = 0; i < rows.size(); ++i) {
                insert.addBindValue(i);
                insert.addBindValue(rows.at(i).first);
                insert.addBindValue(rows.at(i).second ? 1 : 0);
                if (!insert.exec()) {
                    *error = insert.lastError().text();
                    return false;
                }
            }
            return true;
        },
        QStringLiteral("lineup"));
    return true;
}

bool LineupModel::addProduct(const QString &sku, QString *error)
{
    if (rowOfSku(sku) >= 0) {
        *error = tr("%1 is already in the lineup").arg(sku);
        return false;
    }
    const auto product = m_products.findBySku(sku);
    if (!product) {
        *error = tr("no product with SKU %1 in the catalog").arg(sku);
        return false;
    }
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append({*product, false});
    endInsertRows();
    return persist();
}

bool LineupModel::removeAt(int row)
{
    if (row < 0 || row >= m_items.size())
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    return persist();
}

bool LineupModel::move(int from, int to)
{
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool LineupModel::moveRows(const QModelIndex &, int sourceRow, int count, const QModelIndex &, int destinationChild)
{
    if (count != 1 || sourceRow < 0 || sourceRow >= m_items.size() || destinationChild < 0 || destinationChild > m_items.size() || destinationChild == sourceRow
        || destinationChild == sourceRow + 1)
        return false;
    beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild);
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_items.move(sourceRow, to);
    endMoveRows();
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    return persist();
}

void LineupModel::emitRow(int row)
{
    if (row >= 0 && row < m_items.size())
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LineupModel::onAirRow() const
{
    return m_onAirSku.isEmpty() ? -1 : rowOfSku(m_onAirSku);
}

void LineupModel::markOnAir(const QString &sku)
{
    if (sku == m_onAirSku)
        return;
    const int previous = onAirRow();
    m_onAirSku = sku;
    const int row = onAirRow();
    emitRow(previous);
    emitRow(row);
    if (previous >= 0)
        emit headerDataChanged(Qt::Vertical, previous, previous);
    if (row >= 0)
        emit headerDataChanged(Qt::Vertical, row, row);
    emit onAirRowChanged(row);
}

bool LineupModel::setSoldOut(int row, bool soldOut)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).soldOut == soldOut)
        return false;
    m_items[row].soldOut = soldOut;
    emitRow(row);
    emit soldOutChanged(row, soldOut);
    return persist();
}

int LineupModel::rowOfSku(const QString &sku) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).product.sku == sku)
            return i;
    return -1;
}

int LineupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LineupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    const Product &p = item.product;
    const bool current = !m_onAirSku.isEmpty() && m_items.at(index.row()).product.sku == m_onAirSku;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Title: return p.title;
        case Sku: return p.sku;
        case Price: return p.price.toString();
        case LivePrice: return p.promoPrice ? p.promoPrice->toString() : QString();
        case Stock: return p.stock ? QVariant(*p.stock) : QVariant(QString());
        case SoldOut: return {};
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == SoldOut)
            return item.soldOut ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::FontRole:
        if (current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::BackgroundRole:
        if (current)
            return QColor(0xff, 0xe0, 0xb2);
        if (item.soldOut)
            return QColor(0xee, 0xee, 0xee);
        break;
    case Qt::ForegroundRole:
        // Dark text on the light marks, whatever the theme's text colour.
        if (item.soldOut)
            return QColor(0x61, 0x61, 0x61); // 5.3:1 on the grey above
        if (current)
            return QColor(0x21, 0x21, 0x21);
        break;
    case Qt::ToolTipRole:
        // The whole title (the cell elides it) and the selling points.
        return p.sellingPoints.isEmpty() ? p.title : p.title + QLatin1Char('\n') + p.sellingPoints.join(QStringLiteral(" · "));
    case IsCurrentRole: return current;
    case SkuRole: return p.sku;
    }
    return {};
}

QVariant LineupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == onAirRow() ? QStringLiteral("▶ %1").arg(section + 1) : QString::number(section + 1);
    switch (section) {
    case Sku: return tr("SKU");
    case Title: return tr("Product");
    case Price: return tr("Price");
    case LivePrice: return tr("Live price");
    case Stock: return tr("Stock");
    case SoldOut: return tr("Sold out");
    }
    return {};
}

Qt::ItemFlags LineupModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDragEnabled;
    if (index.column() == LivePrice || index.column() == Stock)
        f |= Qt::ItemIsEditable;
    if (index.column() == SoldOut)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool LineupModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_items.size())
        return false;
    if (index.column() == SoldOut && role == Qt::CheckStateRole)
        return setSoldOut(index.row(), value.toInt() == Qt::Checked);
    if (role != Qt::EditRole)
        return false;
    Product edited = m_items.at(index.row()).product;
    const QString text = value.toString().trimmed();
    if (index.column() == LivePrice) {
        if (text.isEmpty()) {
            edited.promoPrice.reset();
        } else {
            QString reason;
            const auto money = Money::parse(text, &reason);
            if (!money) {
                emit errorOccurred(tr("Live price '%1' %2").arg(text, reason));
                return false;
            }
            edited.promoPrice = *money;
        }
    } else if (index.column() == Stock) {
        bool ok = text.isEmpty();
        const int stock = text.toInt(&ok);
        if (text.isEmpty()) {
            edited.stock.reset();
        } else if (!ok || stock < 0) {
            emit errorOccurred(tr("Stock '%1' is not a whole number of items").arg(text));
            return false;
        } else {
            edited.stock = stock;
        }
    } else {
        return false;
    }
    m_products.saveLater(edited, QStringLiteral("lineup edit"));
    m_items[index.row()].product = edited;
    emitRow(index.row());
    emit productEdited(index.row());
    return true;
}

Qt::DropActions LineupModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList LineupModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *LineupModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << indexes.first().row();
    mime->setData(kMime, bytes);
    return mime;
}

bool LineupModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(kMime))
        return false;
    QDataStream in(data->data(kMime));
    int from = -1;
    in >> from;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    moveRows({}, from, 1, {}, to);
    return false; // the move is done; the view must not remove the source row
}

} // namespace shopcast::catalog
