// Integration tests need an X display for libobs (EGL on X11): keep the one
// the environment has, or start a private Xvfb for the run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "XvfbServer.hpp"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    shopcast::test::XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    return Catch::Session().run(argc, argv);
}
