#include "CatalogImport.hpp"

#include <QCoreApplication>
#include <QFileInfo>

namespace shopcast::catalog {

CatalogImport CatalogImport::run(const QString &path, ProductRepository &repository)
{
    CatalogImport result;
    result.parsed = CatalogImporter::parseFile(path);
    if (!result.parsed.ok())
        return result;
    result.saved = repository.saveAll(result.parsed.products, QStringLiteral("import %1").arg(QFileInfo(path).fileName()), &result.storeError);
    return result;
}

QString CatalogImport::summary(const QString &path) const
{
    if (!parsed.ok())
        return QCoreApplication::translate("CatalogImport", "%1: %n error(s); nothing was imported", nullptr, int(parsed.errors.size())).arg(path);
    if (!saved)
        return QCoreApplication::translate("CatalogImport", "%1: the database refused the import, nothing was imported: %2").arg(path, storeError);
    return QCoreApplication::translate("CatalogImport", "%1 (%2): %3 added, %4 updated, %5 unchanged")
        .arg(path, parsed.encoding)
        .arg(saved->added)
        .arg(saved->updated)
        .arg(saved->unchanged);
}

} // namespace shopcast::catalog
