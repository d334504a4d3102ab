#pragma once

#include "widgets/WheelGuard.hpp"

#include <QDockWidget>
#include <QFrame>
#include <QScrollArea>

namespace shopcast::app {

// A dock whose form scrolls rather than growing its column: the first window
// must fit a 1366x768 screen whatever the docks hold.
inline void setScrollingBody(QDockWidget *dock, QWidget *body)
{
    auto *scroll = new QScrollArea(dock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    dock->setWidget(scroll);
    WheelGuard::guardChildren(body);
}

} // namespace shopcast::app
