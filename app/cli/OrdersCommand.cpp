#include "OrdersCommand.hpp"

#include "CliReport.hpp"
#include "sales/OrderFileReader.hpp"
#include "sales/OrderImport.hpp"
#include "storage/Database.hpp"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace shopcast::cli {

using namespace shopcast::sales;

int OrdersCommand::run(const QStringList &arguments)
{
    const QString usage = tr("usage: shopcast-cli orders import FILE --db PATH [--show ID] [--format douyin|taobao|kuaishou] [--map SPEC]");
    if (arguments.value(1) != QLatin1String("import")) {
        CliReport::error(usage);
        return 2;
    }
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.setApplicationDescription(
        tr("Import a platform's order export (CSV, UTF-8 or GB18030): 抖店, 千牛 and 快手小店 are recognised by their header; any other "
           "file through --map. Lines are assigned to the show they were paid in (or --show), a line already stored is a duplicate "
           "unless its status changed (a refund), refused lines are named. Stored in one transaction: all or nothing."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Studio database file."), tr("PATH"));
    const QCommandLineOption showOption(QStringLiteral("show"), tr("Assign every line to this show."), tr("ID"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("douyin (抖店), taobao (千牛) or kuaishou (快手小店)."), tr("NAME"));
    const QCommandLineOption mapOption(QStringLiteral("map"), tr("Columns of another export: orderId=订单号,quantity=数量,paid=实付,paidAt=付款时间[,sku=..]"),
                                       tr("SPEC"));
    parser.addOptions({dbOption, showOption, formatOption, mapOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the order export, .csv"));
    if (const auto stop = CliReport::parse(parser, rest))
        return *stop;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dbOption) || (parser.isSet(formatOption) && parser.isSet(mapOption))) {
        CliReport::error(usage);
        return 2;
    }
    std::optional<OrderExportFormat> format;
    if (parser.isSet(formatOption)) {
        format = OrderExportFormat::byId(parser.value(formatOption));
        if (!format) {
            CliReport::error(tr("'%1' is not an export format (douyin, taobao, kuaishou)").arg(parser.value(formatOption)));
            return 2;
        }
    } else if (parser.isSet(mapOption)) {
        QString why;
        format = OrderExportFormat::fromMapping(parser.value(mapOption), &why);
        if (!format) {
            CliReport::error(tr("--map: %1").arg(why));
            return 2;
        }
    }
    std::optional<qint64> showId;
    if (parser.isSet(showOption)) {
        bool ok = false;
        showId = parser.value(showOption).toLongLong(&ok);
        if (!ok || *showId <= 0) {
            CliReport::error(tr("--show: '%1' is not a show id").arg(parser.value(showOption)));
            return 2;
        }
    }
    const QString file = parser.positionalArguments().constFirst();
    std::unique_ptr<storage::Database> db;
    bool opened = true;
    const OrderImport result = OrderImport::run(file, format, showId, [&] {
        db = CliReport::openDatabase(parser.value(dbOption), true);
        opened = db != nullptr;
        return db.get();
    });
    const OrderFileReader::Result &read = result.read;
    if (!read.error.isEmpty()) {
        CliReport::error(result.summary(file));
        return 1;
    }
    if (!opened)
        return 1; // openDatabase said why
    const QString &error = result.storeError;
    // Compiler-style "file:line: reason", as editors jump to it.
    for (const OrderFileReader::Refused &r : read.refused)
        CliReport::error(tr("%1:%2: refused: %3").arg(file).arg(r.line).arg(r.reason));
    if (!result.saved) {
        CliReport::error(tr("%1: %2").arg(file, error));
        return 1;
    }
    if (!result.saved->unmatchedSkus.isEmpty())
        CliReport::error(tr("%1: not in the catalog (kept, in no product's figures): %2").arg(file, result.saved->unmatchedSkus.join(QStringLiteral(", "))));
    std::printf("%s\n", result.summary(file).toUtf8().constData());
    return 0;
}

} // namespace shopcast::cli
