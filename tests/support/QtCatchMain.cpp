// Catch2 runner with a QGuiApplication on the offscreen platform: tests use
// timers and events, and QPainter text needs Qt's font database, not a screen.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
