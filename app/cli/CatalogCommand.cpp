#include "CatalogCommand.hpp"

#include "CliReport.hpp"
#include "storage/Database.hpp"
#include "catalog/CatalogExporter.hpp"
#include "catalog/CatalogImport.hpp"
#include "catalog/ProductRepository.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace shopcast::cli {

using namespace shopcast::catalog;

namespace {} // namespace

int CatalogCommand::run(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == QLatin1String("import"))
        return runImport(rest);
    if (sub == QLatin1String("export"))
        return runExport(rest);
    CliReport::error(CatalogCommand::tr("usage: shopcast-cli catalog import FILE --db PATH | catalog export --db PATH --format csv|json [--out FILE]"));
    return 2;
}

int CatalogCommand::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.setApplicationDescription(CatalogCommand::tr("Import products from CSV (UTF-8 or GB18030, English or Chinese headers) or JSON. "
                                                        "A file with any error imports nothing."));
    const QCommandLineOption dbOption(QStringLiteral("db"), CatalogCommand::tr("Catalog database file."), CatalogCommand::tr("PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), CatalogCommand::tr("products.csv or products.json"));
    if (const auto stop = CliReport::parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dbOption)) {
        CliReport::error(CatalogCommand::tr("usage: shopcast-cli catalog import FILE --db PATH"));
        return 2;
    }
    const QString file = parser.positionalArguments().first();
    auto db = CliReport::openDatabase(parser.value(dbOption), false); // an import may start a new studio
    if (!db)
        return 1;
    ProductRepository repo(*db);
    const CatalogImport result = CatalogImport::run(file, repo);
    for (const ImportIssue &w : result.parsed.warnings)
        CliReport::error(CatalogCommand::tr("%1: warning: %2").arg(file, w.toString()));
    for (const ImportIssue &e : result.parsed.errors)
        CliReport::error(CatalogCommand::tr("%1: error: %2").arg(file, e.toString()));
    if (!result.ok()) {
        CliReport::error(result.summary(file));
        return 1;
    }
    std::printf("%s\n", CatalogCommand::tr("%1; %2 products in the catalog").arg(result.summary(file)).arg(repo.count()).toUtf8().constData());
    return 0;
}

int CatalogCommand::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), CatalogCommand::tr("Catalog database file."), CatalogCommand::tr("PATH"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CatalogCommand::tr("csv or json."), CatalogCommand::tr("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outOption(QStringLiteral("out"), CatalogCommand::tr("Write to FILE instead of standard output."), CatalogCommand::tr("FILE"));
    parser.addOptions({dbOption, formatOption, outOption});
    if (const auto stop = CliReport::parse(parser, arguments))
        return *stop;
    const QString format = parser.value(formatOption).toLower();
    if (!parser.isSet(dbOption) || (format != QLatin1String("csv") && format != QLatin1String("json"))) {
        CliReport::error(CatalogCommand::tr("usage: shopcast-cli catalog export --db PATH --format csv|json [--out FILE]"));
        return 2;
    }
    auto db = CliReport::openDatabase(parser.value(dbOption), true);
    if (!db)
        return 1;
    const QList<Product> products = ProductRepository(*db).all();
    const QByteArray data = format == QLatin1String("csv") ? CatalogExporter::toCsv(products) : CatalogExporter::toJson(products);
    if (parser.isSet(outOption)) {
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
            CliReport::error(CatalogCommand::tr("cannot write %1: %2").arg(out.fileName(), out.errorString()));
            return 1;
        }
    } else {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
    }
    return 0;
}

} // namespace shopcast::cli
