#include "OverlayCommand.hpp"

#include "CliReport.hpp"
#include "broadcast/CanvasSpec.hpp"
#include "storage/Database.hpp"
#include "catalog/ProductRepository.hpp"
#include "overlay/ProductCardRenderer.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>

#include <cstdio>

namespace shopcast::cli {

namespace {} // namespace

int OverlayCommand::run(const QStringList &arguments)
{
    if (arguments.value(1) != QLatin1String("render")) {
        CliReport::error(OverlayCommand::tr("usage: shopcast-cli overlay render --db PATH --sku SKU --out card.png [--template NAME] [--canvas WxH]"));
        return 2;
    }
    QStringList args = arguments;
    args.removeAt(1);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), OverlayCommand::tr("Catalog database file."), OverlayCommand::tr("PATH"));
    const QCommandLineOption skuOption(QStringLiteral("sku"), OverlayCommand::tr("Product SKU."), OverlayCommand::tr("SKU"));
    const QCommandLineOption outOption(QStringLiteral("out"), OverlayCommand::tr("PNG file to write."), OverlayCommand::tr("FILE"));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            OverlayCommand::tr("Card template: %1.").arg(overlay::ProductCardRenderer::templates().join(QStringLiteral(", "))),
                                            OverlayCommand::tr("NAME"), QStringLiteral("light"));
    const QCommandLineOption canvasOption(QStringLiteral("canvas"), OverlayCommand::tr("Canvas the card is sized for."), OverlayCommand::tr("WxH"),
                                          QStringLiteral("1280x720"));
    parser.addOptions({dbOption, skuOption, outOption, templateOption, canvasOption});
    if (const auto stop = CliReport::parse(parser, args))
        return *stop;
    QStringList errors;
    for (const auto &option : {dbOption, skuOption, outOption})
        if (!parser.isSet(option))
            errors.append(OverlayCommand::tr("--%1 is required").arg(option.names().first()));
    if (!overlay::ProductCardRenderer::isTemplate(parser.value(templateOption)))
        errors.append(OverlayCommand::tr("--template must be one of: %1").arg(overlay::ProductCardRenderer::templates().join(QStringLiteral(", "))));
    QString canvasError;
    const auto canvas = broadcast::CanvasSpec::parseSize(parser.value(canvasOption), &canvasError);
    if (!canvas)
        errors.append(OverlayCommand::tr("--canvas: %1").arg(canvasError));
    if (!errors.isEmpty()) {
        for (const QString &e : errors)
            CliReport::error(e);
        return 2;
    }
    auto db = CliReport::openDatabase(parser.value(dbOption), true);
    if (!db)
        return 1;
    const auto product = catalog::ProductRepository(*db).findBySku(parser.value(skuOption));
    if (!product) {
        CliReport::error(OverlayCommand::tr("no product with SKU '%1' in %2").arg(parser.value(skuOption), parser.value(dbOption)));
        return 1;
    }
    if (!product->imagePath.isEmpty() && !QFileInfo::exists(product->imagePath))
        CliReport::error(OverlayCommand::tr("warning: image %1 not found; the card shows a placeholder").arg(product->imagePath));
    overlay::ProductCardState state;
    state.product = *product;
    const QImage card = overlay::ProductCardRenderer::render(state, parser.value(templateOption),
                                                             overlay::ProductCardRenderer::defaultSize({canvas->widthPx, canvas->heightPx}));
    QImageWriter writer(parser.value(outOption), "png");
    if (!writer.write(card)) {
        CliReport::error(OverlayCommand::tr("cannot write %1: %2").arg(parser.value(outOption), writer.errorString()));
        return 1;
    }
    return 0;
}

} // namespace shopcast::cli
