#pragma once

#include "CatchQt.hpp"

#include "broadcast/ProgramView.hpp"

#include <QImage>

namespace shopcast::test {

// The program's frame skipFrames frames from now, so an edit has reached
// libobs's graphics thread; waits for it in the event loop (tests only).
inline QImage programFrame(broadcast::ProgramView &program, int skipFrames = 3)
{
    QImage grabbed;
    QObject receiver;
    bool answered = false;
    program.grabFrame(skipFrames, &receiver, [&](const QImage &f) {
        grabbed = f;
        answered = true;
    });
    REQUIRE_EVENTUALLY(answered, 30'000);
    return grabbed;
}

} // namespace shopcast::test
