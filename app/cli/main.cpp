#include "CatalogCommand.hpp"
#include "ChatCommand.hpp"
#include "LotteryCommand.hpp"
#include "ModerateCommand.hpp"
#include "OverlayCommand.hpp"
#include "PlanCommand.hpp"
#include "ReviewCommand.hpp"
#include "StreamCommand.hpp"

#include <QGuiApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

constexpr const char *kUsage =
    "usage: shopcast-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  stream    push the scene to RTMP/RTMPS destinations and/or record it\n"
    "  catalog   import or export products (catalog import|export)\n"
    "  overlay   render a product card to PNG (overlay render)\n"
    "  plan      check or generate a show plan (plan lint|generate)\n"
    "  chat      decode a raw comment capture to JSON lines (chat decode)\n"
    "  moderate  run the moderation rules over comments in JSON lines\n"
    "  lottery   draw winners verifiably, or check a draw (lottery draw|verify)\n"
    "  report    write a past show's HTML report (report --show ID --db PATH --out DIR)\n"
    "  clips     cut a clip per product pitch of a show (clips --show ID --db PATH --out DIR)\n"
    "\n"
    "Run 'shopcast-cli <command> --help' for the options of a command.\n";

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

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") || args.at(1) == QLatin1String("-h")) {
        std::fputs(kUsage, args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    const QString command = args.takeAt(1);
    if (command == QLatin1String("stream"))
        return shopcast::cli::StreamCommand(processClock).run(args);
    if (command == QLatin1String("catalog"))
        return shopcast::cli::CatalogCommand().run(args);
    if (command == QLatin1String("overlay"))
        return shopcast::cli::OverlayCommand().run(args);
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
    if (command == QLatin1String("moderate"))
        return shopcast::cli::ModerateCommand().run(args);

    std::fprintf(stderr, "shopcast-cli: unknown command '%s'\n%s", command.toUtf8().constData(), kUsage);
    return 2;
}
