// The first five minutes as a laptop user meets them: the real windows on a
// 1366x768 X screen with a window manager (openbox) and a 40-pixel strip
// reserved for a taskbar, so frames, title bars and the available area are
// what they are on a desktop. Screenshots go to build/screenshots/.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Theme.hpp"
#include "WindowFit.hpp"
#include "WindowManager.hpp"
#include "XvfbServer.hpp"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Listing the tests (the build does) needs no screen.
    for (int i = 1; i < argc; ++i)
        if (qstrncmp(argv[i], "--list", 6) == 0)
            return Catch::Session().run(argc, argv);
    shopcast::test::XvfbServer xvfb;
    QString error;
    if (!xvfb.start(QSize(1366, 768), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    shopcast::test::WindowManager openbox;
    if (!openbox.start(xvfb.display(), 40, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The Chinese tour is a Chinese host's desktop: the system locale is
    // zh_CN too (Qt's own file dialog writes dates and sizes in the
    // system's locale, not the studio's language). ctest runs each case in
    // a process of its own, named on the command line.
    bool chinese = false;
    for (int i = 1; i < argc; ++i)
        chinese = chinese || QByteArray(argv[i]).contains("Chinese");
    qputenv("LC_ALL", chinese ? "zh_CN.UTF-8" : "en_US.UTF-8");
    qputenv("DISPLAY", xvfb.display().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    // As main() sets them up.
    shopcast::app::Theme::apply(app, QStringLiteral("dark"));
    shopcast::app::WindowFit fit;
    app.installEventFilter(&fit);
    return Catch::Session().run(argc, argv);
}
