#pragma once

#include "Product.hpp"

#include <QByteArray>
#include <QList>

namespace shopcast::catalog {

// Writes products in the formats the importer reads back unchanged.
class CatalogExporter
{
public:
    // UTF-8 with BOM (so Excel opens Chinese text right), English headers,
    // RFC 4180 quoting, "|" between list items.
    static QByteArray toCsv(const QList<Product> &products);
    static QByteArray toJson(const QList<Product> &products);
};

} // namespace shopcast::catalog
