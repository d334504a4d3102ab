#pragma once

#include "Product.hpp"

#include <QList>
#include <QString>

#include <optional>

namespace shopcast::catalog {

class CatalogDatabase;

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
    explicit ProductRepository(CatalogDatabase &db);

    struct SaveResult
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
    };
    // All or nothing: one transaction for the whole list.
    std::optional<SaveResult> saveAll(const QList<Product> &products, const QString &source, QString *error);
    bool save(Product &product, const QString &source, QString *error);
    bool remove(const QString &sku, QString *error);

    std::optional<Product> findBySku(const QString &sku) const;
    QList<Product> all() const;
    // Case-insensitive match on SKU, title and tags; every word must match.
    QList<Product> search(const QString &query, int limit = 200) const;
    int count() const;
    QList<ProductChange> history(const QString &sku) const;

private:
    bool saveOne(const Product &product, const QString &source, SaveResult &result, QString *error);

    CatalogDatabase &m_db;
};

} // namespace shopcast::catalog
