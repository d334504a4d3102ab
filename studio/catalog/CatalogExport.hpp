#pragma once

#include "Product.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace shopcast::catalog {

class ProductRepository;

// Every product to a file the importer reads back unchanged: JSON when the
// name ends in .json, CSV otherwise. Shared by the window's Export and tests.
struct CatalogExport
{
    Q_DECLARE_TR_FUNCTIONS(CatalogExport)
public:
    int count = 0;
    QString error; // empty: the whole file was written (atomically)

    bool ok() const { return error.isEmpty(); }

    static CatalogExport write(const QString &path, const QList<Product> &products);
    // The same without blocking the calling (GUI) thread: the products are
    // read on the storage writer's connection, the file made and written on
    // a worker, and done called on the context's thread (never after the
    // context is gone).
    static void start(const QString &path, const ProductRepository &repository, QObject *context, std::function<void(const CatalogExport &)> done);
};

} // namespace shopcast::catalog
