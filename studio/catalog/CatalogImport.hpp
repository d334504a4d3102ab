#pragma once

#include "CatalogImporter.hpp"
#include "ProductRepository.hpp"

#include <functional>

namespace shopcast::catalog {

// Parse a file, and only if it has no error, store every product in one
// transaction. Shared by `shopcast-cli catalog import` and the window.
struct CatalogImport
{
    ImportResult parsed;
    std::optional<ProductRepository::SaveResult> saved;
    QString storeError;

    static CatalogImport run(const QString &path, ProductRepository &repository);
    // The same without blocking the calling (GUI) thread: the file is read
    // and parsed on a worker, the products stored by the storage writer, and
    // done called on the context's thread.
    static void start(const QString &path, ProductRepository &repository, QObject *context, std::function<void(const CatalogImport &)> done);
    bool ok() const { return parsed.ok() && saved.has_value(); }
    // "products.csv (GB18030): 3 added, 1 updated, 0 unchanged"
    QString summary(const QString &path) const;
};

} // namespace shopcast::catalog
