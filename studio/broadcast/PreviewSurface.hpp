#pragma once

#include <QSize>

namespace shopcast::broadcast {

// A live view of the program output drawn into a native window the UI owns.
class PreviewSurface
{
public:
    virtual ~PreviewSurface() = default;
    virtual void resize(QSize sizePx) = 0;
};

} // namespace shopcast::broadcast
