#pragma once

// For the file of a GUI test program that defines CATCH_CONFIG_RUNNER.
#include "CatchQt.hpp"
#include "XvfbServer.hpp"

#include <QApplication>

namespace shopcast::test {

// main() of a GUI test program: an X display of its own (or the one given),
// xcb, a QApplication, then Catch.
inline int runGuiTests(int argc, char *argv[])
{
    XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}

} // namespace shopcast::test
