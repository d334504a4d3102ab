#pragma once

#include "CatalogImporter.hpp"
#include "ProductRepository.hpp"

namespace shopcast::catalog {

// Parse a file, and only if it has no error, store every product in one
// transaction. Shared by `shopcast-cli catalog import` and the window.
struct CatalogImport
{
    ImportResult parsed;
    std::optional<ProductRepository::SaveResult> saved;
    QString storeError;

    static CatalogImport run(const QString &path, ProductRepository &repository);
    bool ok() const { return parsed.ok() && saved.has_value(); }
    // "products.csv (GB18030): 3 added, 1 updated, 0 unchanged"
    QString summary(const QString &path) const;
};

} // namespace shopcast::catalog
