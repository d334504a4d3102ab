#pragma once

#include <QCoreApplication>

#include "Product.hpp"

#include <QList>
#include <QString>

namespace shopcast::catalog {

struct ImportIssue
{
    int line = 0;   // 1-based line in the file (CSV) or item number (JSON)
    int column = 0; // 1-based CSV column, 0 when not about one cell
    QString message;
    QString toString() const; // "line 14, column 3: price '12,9O' is not a number"
};

struct ImportResult
{
    QList<Product> products;
    QList<ImportIssue> errors;   // any error: import nothing
    QList<ImportIssue> warnings; // imported anyway (unknown column, missing image)
    QString encoding;
    bool ok() const { return errors.isEmpty(); }
};

// Turns a merchant's CSV (English or Chinese headers) or JSON file into
// products, finding every problem at once: the file is imported whole or not
// at all, and every error names its line and column.
class CatalogImporter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)
public:
    static ImportResult parseFile(const QString &path);
    // baseDir resolves relative image paths.
    static ImportResult parseCsv(const QByteArray &bytes, const QString &baseDir);
    static ImportResult parseJson(const QByteArray &bytes, const QString &baseDir);
};

} // namespace shopcast::catalog
