#include "FirstRunSetup.hpp"
#include "MainWindow.hpp"
#include "Theme.hpp"
#include "WindowFit.hpp"
#include "dialogs/FirstRunWizard.hpp"
#include "LaunchFlags.hpp"
#include "StudioTray.hpp"
#include "Studio.hpp"

#include "broadcast/BroadcastController.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "show/ShowSession.hpp"

#include "core/CrashReport.hpp"
#include "core/StudioPaths.hpp"
#include "core/Translations.hpp"
#include "core/UiSettings.hpp"
#include "core/UnixSignalWatcher.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QTimer>

#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <cstdlib>

namespace {

struct Options
{
    QCommandLineOption profile{QStringLiteral("profile-dir"), QCoreApplication::translate("main", "Profile folder (settings, scenes, layout)."),
                               QStringLiteral("DIR")};
    QCommandLineOption demo{QStringLiteral("demo"), QCoreApplication::translate("main", "Start from the demo show instead of the saved scenes.")};
    QCommandLineOption resume{QStringLiteral("resume"),
                              QCoreApplication::translate("main", "If the last run stopped in the middle of a show, go on with it without asking.")};
    QCommandLineOption noResume{QStringLiteral("no-resume"),
                                QCoreApplication::translate("main", "If the last run stopped in the middle of a show, close that show without asking.")};
    QCommandLineOption runPlan{
        QStringLiteral("run-plan"),
        QCoreApplication::translate("main", "Load the show plan FILE and run it at once: the rhythm timer starts, each slot ends at its planned length."),
        QStringLiteral("FILE")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a screenshot of the window to FILE a moment after the first frame, then quit."),
                                  QStringLiteral("FILE")};
};

void describe(QCommandLineParser &parser, const Options &options, const shopcast::app::LaunchFlags &launch)
{
    QCoreApplication::setApplicationName(QStringLiteral("ShopCast Studio"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShopCast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPCAST_VERSION));
    parser.setApplicationDescription(QCoreApplication::translate("main", "Live-commerce broadcast studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.profile, options.demo, options.resume, options.noResume, options.runPlan, options.screenshot});
    parser.addOptions(launch.options());
}

// The profile is needed before the options are parsed: its ui.json names the
// language every option's help is written in.
QString profileDirFromArguments(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--profile-dir" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--profile-dir="))
            return QString::fromLocal8Bit(arg.mid(int(qstrlen("--profile-dir="))));
    }
    return shopcast::core::StudioPaths::profileDir();
}

// Installs the profile's language (or the system's); problems are said once
// the window is up, or on stderr without one.
QStringList installLanguage(shopcast::core::Translations &translations, const shopcast::core::UiSettings &ui)
{
    QStringList warnings;
    QString warning;
    const QString language = shopcast::core::Translations::resolve(ui.language, QLocale::system().name(), &warning);
    if (!warning.isEmpty())
        warnings.append(warning);
    warning.clear();
    if (!translations.install(language, shopcast::core::StudioPaths::translationsDir(), &warning))
        warnings.append(warning);
    return warnings;
}

// Help, version and bad options are answered without a display: the GUI
// application object would abort on a machine with no X server.
void answerWithoutDisplay(int argc, char *argv[])
{
    bool textOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        textOnly |= arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" || arg == "--version";
    }
    const bool noDisplay
        = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (!textOnly && !noDisplay)
        return;
    QCoreApplication app(argc, argv);
    shopcast::core::Translations translations;
    QString uiProblem;
    const shopcast::core::UiSettings ui = shopcast::core::UiSettings::load(shopcast::core::UiSettings::path(profileDirFromArguments(argc, argv)), &uiProblem);
    for (const QString &warning : installLanguage(translations, ui) + (uiProblem.isEmpty() ? QStringList() : QStringList{uiProblem}))
        std::fprintf(stderr, "shopcast: %s\n", qPrintable(warning));
    QCommandLineParser parser;
    const Options options;
    const shopcast::app::LaunchFlags launch;
    describe(parser, options, launch);
    parser.process(app); // exits for help, version and unknown options
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "shopcast: no display. ShopCast Studio needs an X11 desktop (or run it under xvfb-run).")));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    // Stream keys and tokens are in this process's memory for the whole
    // show: no core file may carry them off (and no other process of the
    // user may read this one's memory).
    const struct rlimit noCore
    {
        0, 0
    };
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    // Read once for the look and the language; a broken file is said by the
    // studio once it is up (it reads the file for itself).
    QString uiProblem;
    const shopcast::core::UiSettings ui = shopcast::core::UiSettings::load(shopcast::core::UiSettings::path(profileDirFromArguments(argc, argv)), &uiProblem);
    shopcast::app::Theme::apply(app, ui.theme);
    // Every window the studio opens (dialogs and Qt's own too) fits the screen.
    shopcast::app::WindowFit windowFit;
    app.installEventFilter(&windowFit);
    shopcast::core::Translations translations;
    const QStringList languageWarnings = installLanguage(translations, ui);
    for (const QString &warning : languageWarnings)
        std::fprintf(stderr, "shopcast: %s\n", qPrintable(warning));
    QCommandLineParser parser;
    const Options cli;
    shopcast::app::LaunchFlags launch;
    describe(parser, cli, launch);
    parser.process(app);
    launch.read(parser);

    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        QMessageBox::critical(nullptr, QStringLiteral("ShopCast Studio"),
                              QApplication::translate("main", "ShopCast Studio needs an X11 session (or XWayland with QT_QPA_PLATFORM=xcb)."));
        return 1;
    }
    auto *x11 = app.nativeInterface<QNativeInterface::QX11Application>();

    shopcast::app::StudioOptions options;
    QStringList profileProblems; // said once the window is up, as the other flags' problems
    options.profileDir = launch.profileDir(parser.isSet(cli.profile) ? parser.value(cli.profile) : shopcast::core::StudioPaths::profileDir(),
                                           parser.isSet(cli.profile), shopcast::core::StudioPaths::profilesRoot(), &profileProblems);
    options.freshDemo = parser.isSet(cli.demo);
    options.verboseLog = launch.verbose();
    options.warnings = languageWarnings;
    if (parser.isSet(cli.resume) && parser.isSet(cli.noResume)) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "shopcast: --resume and --no-resume exclude each other.")));
        return 2;
    }
    options.resume = parser.isSet(cli.resume)     ? shopcast::app::StudioOptions::Resume::Always
                     : parser.isSet(cli.noResume) ? shopcast::app::StudioOptions::Resume::Never
                                                  : shopcast::app::StudioOptions::Resume::Ask;
    options.runPlanPath = parser.value(cli.runPlan);
    options.collection = launch.collectionName();
    options.remoteControl = launch.remoteControl(&profileProblems);
    options.x11Display = x11 ? x11->display() : nullptr;
    options.language = translations.language();
    // Decided before the studio writes anything into the profile.
    const bool firstRun = !options.freshDemo && !parser.isSet(cli.screenshot) && shopcast::app::FirstRunSetup::isFirstRun(options.profileDir);
    // Into the profile this run uses, before libobs, the window and the show
    // start; the folder is made only by a crash.
    shopcast::core::CrashReport::install(options.profileDir);
    QString error;
    auto studio = shopcast::app::Studio::create(options, &error);
    if (!studio) {
        QMessageBox::critical(nullptr, QStringLiteral("ShopCast Studio"), error);
        return 1;
    }
    if (firstRun) {
        shopcast::app::FirstRunWizard wizard(studio->engine().scenes(), &studio->engine().audio(), translations.language(),
                                             [&translations](const QString &language) {
                                                 QString ignored; // a damaged catalogue leaves English, as at start
                                                 translations.install(language, shopcast::core::StudioPaths::translationsDir(), &ignored);
                                             });
        const QStringList problems
            = wizard.exec() == QDialog::Accepted ? shopcast::app::FirstRunSetup::apply(*studio, wizard.choices()) : shopcast::app::FirstRunSetup::skip(*studio);
        for (const QString &problem : problems)
            std::fprintf(stderr, "shopcast: %s\n", qPrintable(problem));
    }

    int rc = 0;
    QString nextProfileDir;
    {
        shopcast::app::MainWindow window(*studio);
        window.show();
        // SIGTERM, SIGINT and SIGHUP (logout) close the window as Quit does:
        // outputs stop, the recording is finished into its MP4, the show ends.
        shopcast::core::UnixSignalWatcher signalWatcher;
        QObject::connect(&signalWatcher, &shopcast::core::UnixSignalWatcher::terminationRequested, &window, &shopcast::app::MainWindow::closeForSignal);
        // Closing the window starts the studio's shutdown; the process ends when it is done.
        QObject::connect(studio.get(), &shopcast::app::Studio::shutdownFinished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
        // OBS's launch flags: the scene now, going live and recording once the program is up.
        const auto say = [&window](const QStringList &problems) {
            for (const QString &problem : problems) {
                std::fprintf(stderr, "shopcast: %s\n", qPrintable(problem));
                window.showMessage(problem, true);
            }
        };
        say(profileProblems + launch.unsupported() + launch.applyAtStart(studio->show().actions()));
        if (const shopcast::remote::RemoteServer *remote = studio->remoteServer())
            std::fprintf(stderr, "shopcast: remote control (obs-websocket 5) listening on port %u\n", unsigned(remote->port()));
        if (launch.minimizeToTray() && !window.tray().hideWindow())
            say({shopcast::app::LaunchFlags::tr("--minimize-to-tray: this desktop has no system tray; the window stays open.")});
        QObject::connect(
            &studio->engine().program(), &shopcast::broadcast::ProgramView::firstFrameRendered, &window,
            [&studio, &launch, say] { say(launch.applyOnFirstFrame(studio->show().actions())); }, Qt::SingleShotConnection);
        if (parser.isSet(cli.screenshot)) {
            const QString file = parser.value(cli.screenshot);
            QObject::connect(&studio->engine().program(), &shopcast::broadcast::ProgramView::firstFrameRendered, &window, [&window, file] {
                QTimer::singleShot(
                    qEnvironmentVariableIntValue("SHOPCAST_SCREENSHOT_DELAY_MS") > 0 ? qEnvironmentVariableIntValue("SHOPCAST_SCREENSHOT_DELAY_MS") : 1500,
                    &window, [&window, file] {
                        // The preview is a GL child window: grab the screen, not the widget tree.
                        const QRect area = window.frameGeometry();
                        window.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(file);
                        QApplication::quit();
                    });
            });
        }
        rc = app.exec();
        nextProfileDir = window.nextProfileDir();
    }
    if (!nextProfileDir.isEmpty()) {
        // Profile menu: the studio starts again on the other profile once this
        // one has let go of its database and libobs.
        studio.reset();
        QStringList arguments{QStringLiteral("--profile-dir"), nextProfileDir};
        if (launch.verbose())
            arguments.append(QStringLiteral("--verbose"));
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "shopcast: could not start again on the profile %1").arg(nextProfileDir)));
            return 1;
        }
    }
    return rc;
}
