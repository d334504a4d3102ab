#pragma once

#include <QRect>
#include <QtGlobal>

namespace shopcast::test {

// The frame the window manager has put around the X window `windowId` (a
// QWidget's winId()), as the X server has it: the client's place on the root
// window widened by the window manager's _NET_FRAME_EXTENTS. Empty while the window manager has not framed it yet.
// Qt's own frameGeometry() is a cache refreshed by geometry events; the tour
// judges fits by what is on the screen.
QRect x11FrameGeometry(quintptr windowId);

} // namespace shopcast::test
