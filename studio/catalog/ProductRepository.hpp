#pragma once

#include "Product.hpp"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace shopcast::storage {
class Database;
}

namespace shopcast::catalog {

struct ProductChange
{
    QString changedAt; // ISO-8601 UTC
    QString source;    // "import products.csv", "lineup edit", ...
    Product before;
};

// Products by SKU. An update keeps the previous version in product_history, so
// a merchant can see what a price was before a re-import.
class ProductRepository
{
public:
    explicit ProductRepository(storage::Database &db);

    struct SaveResult
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };
    // All or nothing: one transaction for the whole list.
    std::optional<SaveResult> saveAll(const QList<Product> &products, const QString &source, QString *error);
    // The same all-or-nothing save as one job of the storage writer; done is
    // called on the context's thread with the figures, or none and the reason.
    void saveAllLater(const QList<Product> &products, const QString &source, QObject *context, std::function<void(std::optional<SaveResult>, QString)> done);
    bool save(Product &product, const QString &source, QString *error);
    // The same for one product edited live (price, stock), committed by the
    // storage writer: the GUI does not wait. Failures reach the writer's
    // writeFailed. Reads see the edit once the writer has committed it.
    void saveLater(const Product &product, const QString &source);
    bool remove(const QString &sku, QString *error);

    std::optional<Product> findBySku(const QString &sku) const;
    QList<Product> all() const;
    // The same read on the storage writer's connection, in its queue (so it
    // sees every edit submitted before): done runs on the writer's thread,
    // with the reason when the read failed.
    void allLater(std::function<void(QList<Product>, QString)> done) const;
    // Case-insensitive match on SKU, title and tags; every word must match.
    QList<Product> search(const QString &query, int limit = 200) const;
    int count() const;
    QList<ProductChange> history(const QString &sku) const;
    // Every product on a connection of the caller's (a worker's own reader).
    static bool allIn(const QSqlDatabase &db, QList<Product> &out, QString *error);

private:
    static std::optional<Product> findIn(const QSqlDatabase &db, const QString &sku);
    static bool saveOne(const QSqlDatabase &db, const Product &product, const QString &source, SaveResult &result, QString *error);

    storage::Database &m_db;
};

} // namespace shopcast::catalog
