#include "CatalogExport.hpp"

#include "CatalogExporter.hpp"
#include "ProductRepository.hpp"

#include "work/GuiThreadCheck.hpp"
#include "work/Work.hpp"

#include <QPointer>
#include <QSaveFile>

namespace shopcast::catalog {

CatalogExport CatalogExport::write(const QString &path, const QList<Product> &products)
{
    // The window exports on the media pool; the watchdog test counts this.
    work::GuiThreadCheck::expectWorker("CatalogExport::write");
    CatalogExport result;
    const QByteArray data = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? CatalogExporter::toJson(products) : CatalogExporter::toCsv(products);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        result.error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return result;
    }
    result.count = int(products.size());
    return result;
}

void CatalogExport::start(const QString &path, const ProductRepository &repository, QObject *context, std::function<void(const CatalogExport &)> done)
{
    auto deliver = [context = QPointer<QObject>(context), done = std::move(done)](const CatalogExport &result) {
        if (context)
            work::Work::post(context.data(), [done, result] { done(result); });
    };
    // On the writer's thread: hand the file to a worker at once, so the
    // writer goes on committing the show's chat log and timeline.
    repository.allLater([path, deliver](QList<Product> products, const QString &readError) {
        if (!readError.isEmpty()) {
            CatalogExport failed;
            failed.error = tr("the products could not be read: %1").arg(readError);
            deliver(failed);
            return;
        }
        work::Work::run(work::Pool::Media, [path, deliver, products = std::move(products)] { deliver(write(path, products)); });
    });
}

} // namespace shopcast::catalog
