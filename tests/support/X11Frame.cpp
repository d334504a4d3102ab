#include "X11Frame.hpp"

#include <X11/Xatom.h>
#include <X11/Xlib.h>

#include <memory>

namespace shopcast::test {

QRect x11FrameGeometry(quintptr windowId)
{
    // A connection of its own: Qt's is not Xlib's, and a round trip here
    // must not wait behind Qt's event handling.
    const std::unique_ptr<Display, int (*)(Display *)> display(XOpenDisplay(nullptr), XCloseDisplay);
    if (!display)
        return {};
    Display *d = display.get();
    const auto client = static_cast<Window>(windowId);
    const Atom extentsAtom = XInternAtom(d, "_NET_FRAME_EXTENTS", True);
    if (extentsAtom == None)
        return {};
    Atom type = None;
    int format = 0;
    unsigned long count = 0;
    unsigned long after = 0;
    unsigned char *data = nullptr;
    if (XGetWindowProperty(d, client, extentsAtom, 0, 4, False, XA_CARDINAL, &type, &format, &count, &after, &data) != Success || !data) {
        return {};
    }
    const std::unique_ptr<unsigned char, int (*)(void *)> owned(data, XFree);
    if (count < 4 || format != 32)
        return {};
    // Xlib hands 32-bit properties back as longs: left, right, top, bottom.
    const auto *extents = reinterpret_cast<const long *>(data);
    XWindowAttributes attributes{};
    int x = 0;
    int y = 0;
    Window child = None;
    if (!XGetWindowAttributes(d, client, &attributes) || !XTranslateCoordinates(d, client, DefaultRootWindow(d), 0, 0, &x, &y, &child))
        return {};
    const int left = int(extents[0]);
    const int right = int(extents[1]);
    const int top = int(extents[2]);
    const int bottom = int(extents[3]);
    if (left + right + top + bottom == 0)
        return {};
    return {x - left, y - top, attributes.width + left + right, attributes.height + top + bottom};
}

} // namespace shopcast::test
