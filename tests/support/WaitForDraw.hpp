#pragma once

#include "interact/LotteryController.hpp"

#include <QSignalSpy>

namespace shopcast::test {

// The draw runs on a worker thread: start it and wait until it is done.
inline bool drawAndWait(interact::LotteryController &lottery, QString *error, int timeoutMs = 30'000)
{
    QSignalSpy states(&lottery, &interact::LotteryController::stateChanged);
    if (!lottery.draw(error))
        return false;
    while (lottery.state() == interact::LotteryController::State::Drawing)
        if (!states.wait(timeoutMs))
            break;
    return lottery.state() == interact::LotteryController::State::Drawn;
}

} // namespace shopcast::test
