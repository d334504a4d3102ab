#include "CatalogCommand.hpp"
#include "ChatCommand.hpp"
#include "LotteryCommand.hpp"
#include "ModerateCommand.hpp"
#include "OrdersCommand.hpp"
#include "OverlayCommand.hpp"
#include "RenderCommand.hpp"
#include "PlanCommand.hpp"
#include "ReviewCommand.hpp"
#include "ScenesCommand.hpp"
#include "StreamCommand.hpp"

#include "core/StudioPaths.hpp"
#include "core/Translations.hpp"

#include <QGuiApplication>
#include <QLocale>
#include <QElapsedTimer>

#include <cstdio>

namespace {

QString usage()
{
    return QCoreApplication::translate("cli", "usage: shopcast-cli <command> [options]\n"
                                              "\n"
                                              "commands:\n"
                                              "  stream    push the scene to RTMP/RTMPS destinations and/or record it\n"
                                              "  catalog   import or export products (catalog import|export)\n"
                                              "  overlay   render a product card to PNG (overlay render)\n"
                                              "  render    render one frame of a scene collection, filters and all, to PNG\n"
                                              "  scenes    bring an OBS Studio scene collection over (scenes import-obs|list-obs)\n"
                                              "  plan      check or generate a show plan (plan lint|generate)\n"
                                              "  chat      decode a raw comment capture to JSON lines (chat decode)\n"
                                              "  moderate  run the moderation rules over comments in JSON lines\n"
                                              "  lottery   draw winners verifiably, or check a draw (lottery draw|verify)\n"
                                              "  orders    import a platform's order export (orders import FILE --db PATH)\n"
                                              "  report    write a past show's HTML report (report --show ID --db PATH --out DIR)\n"
                                              "  clips     cut a clip per product pitch of a show (clips --show ID --db PATH --out DIR)\n"
                                              "  pack      write a show's hot-product pack: top products with clip, card and copy\n"
                                              "\n"
                                              "Run 'shopcast-cli <command> --help' for the options of a command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer processClock;
    processClock.start();
    // Cards are drawn with QPainter and need Qt's font database, not a screen:
    // the offscreen platform gives both without touching X. libobs opens its
    // own X connection when a command streams.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("shopcast-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShopCast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPCAST_VERSION));
    // The command line follows the system's language (LANG); SHOPCAST_LANGUAGE overrides it.
    shopcast::core::Translations translations;
    QString warning;
    const QString language = shopcast::core::Translations::resolve(qEnvironmentVariable("SHOPCAST_LANGUAGE"), QLocale::system().name(), &warning);
    if (!translations.install(language, shopcast::core::StudioPaths::translationsDir(), &warning) || !warning.isEmpty())
        std::fprintf(stderr, "shopcast-cli: %s\n", qPrintable(warning));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        std::fputs(qPrintable(usage()), args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("-v")) {
        std::printf("shopcast-cli %s\n", SHOPCAST_VERSION);
        return 0;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("stream"))
        return shopcast::cli::StreamCommand(processClock).run(args);
    if (command == QLatin1String("catalog"))
        return shopcast::cli::CatalogCommand().run(args);
    if (command == QLatin1String("overlay"))
        return shopcast::cli::OverlayCommand().run(args);
    if (command == QLatin1String("render"))
        return shopcast::cli::RenderCommand().run(args);
    if (command == QLatin1String("scenes"))
        return shopcast::cli::ScenesCommand().run(args);
    if (command == QLatin1String("plan"))
        return shopcast::cli::PlanCommand().run(args);
    if (command == QLatin1String("chat"))
        return shopcast::cli::ChatCommand().run(args);
    if (command == QLatin1String("lottery"))
        return shopcast::cli::LotteryCommand().run(args);
    if (command == QLatin1String("report"))
        return shopcast::cli::ReviewCommand().runReport(args);
    if (command == QLatin1String("clips"))
        return shopcast::cli::ReviewCommand().runClips(args);
    if (command == QLatin1String("pack"))
        return shopcast::cli::ReviewCommand().runPack(args);
    if (command == QLatin1String("orders"))
        return shopcast::cli::OrdersCommand().run(args);
    if (command == QLatin1String("moderate"))
        return shopcast::cli::ModerateCommand().run(args);

    std::fprintf(stderr, "%s\n%s", qPrintable(QCoreApplication::translate("cli", "shopcast-cli: unknown command '%1'").arg(command)), qPrintable(usage()));
    return 2;
}
