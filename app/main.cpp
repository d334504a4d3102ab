#include "MainWindow.hpp"
#include "Studio.hpp"

#include "core/StudioPaths.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ShopCast Studio"));
    QApplication::setOrganizationName(QStringLiteral("ShopCast"));
    QApplication::setApplicationVersion(QStringLiteral(SHOPCAST_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Live-commerce broadcast studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile-dir"), QApplication::translate("main", "Profile folder (settings, scenes, layout)."), QStringLiteral("DIR"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QApplication::translate("main", "Start from the demo show instead of the saved scenes."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QApplication::translate("main", "Save a screenshot of the window to FILE a moment after the first frame, then quit."), QStringLiteral("FILE"));
    parser.addOptions({profileOption, demoOption, screenshotOption});
    parser.process(app);

    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        QMessageBox::critical(nullptr, QStringLiteral("ShopCast Studio"),
                              QApplication::translate("main", "ShopCast Studio needs an X11 session (or XWayland with QT_QPA_PLATFORM=xcb)."));
        return 1;
    }
    auto *x11 = app.nativeInterface<QNativeInterface::QX11Application>();

    shopcast::app::StudioOptions options;
    options.profileDir = parser.isSet(profileOption) ? parser.value(profileOption) : shopcast::core::StudioPaths::profileDir();
    options.freshDemo = parser.isSet(demoOption);
    options.x11Display = x11 ? x11->display() : nullptr;
    QString error;
    auto studio = shopcast::app::Studio::create(options, &error);
    if (!studio) {
        QMessageBox::critical(nullptr, QStringLiteral("ShopCast Studio"), error);
        return 1;
    }

    int rc = 0;
    {
        shopcast::app::MainWindow window(*studio);
        window.show();
        if (parser.isSet(screenshotOption)) {
            const QString file = parser.value(screenshotOption);
            QObject::connect(&studio->engine(), &shopcast::broadcast::BroadcastEngine::firstFrameRendered, &window, [&window, file] {
                QTimer::singleShot(qEnvironmentVariableIntValue("SHOPCAST_SCREENSHOT_DELAY_MS") > 0 ? qEnvironmentVariableIntValue("SHOPCAST_SCREENSHOT_DELAY_MS") : 1500, &window, [&window, file] {
                    // The preview is a GL child window: grab the screen, not the widget tree.
                    const QRect area = window.frameGeometry();
                    window.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(file);
                    QApplication::quit();
                });
            });
        }
        rc = app.exec();
    }
    return rc;
}
