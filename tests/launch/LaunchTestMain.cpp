// Catch2 runner for the launch tests with a plain QCoreApplication: these
// tests only start the studio binary (on an X server of each test's own) and
// read what it left, so the test process opens no display and sets no Qt
// platform that the studio would inherit.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
