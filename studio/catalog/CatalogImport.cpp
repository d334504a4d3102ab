#include "CatalogImport.hpp"

#include "work/Work.hpp"

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

void CatalogImport::start(const QString &path, ProductRepository &repository, QObject *context, std::function<void(const CatalogImport &)> done)
{
    work::Work::run(
        work::Pool::Compute, context, [path] { return CatalogImporter::parseFile(path); },
        [path, &repository, context, done = std::move(done)](ImportResult parsed) {
            CatalogImport result;
            result.parsed = std::move(parsed);
            if (!result.parsed.ok()) {
                done(result);
                return;
            }
            repository.saveAllLater(result.parsed.products, QStringLiteral("import %1").arg(QFileInfo(path).fileName()), context,
                                    [result, done](std::optional<ProductRepository::SaveResult> saved, const QString &error) mutable {
                                        result.saved = saved;
                                        result.storeError = error;
                                        done(result);
                                    });
        });
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
