#pragma once

#include <QMutex>

namespace shopcast::broadcast {

class ObsCanvasView;

// Where the previews of the second canvas find it. The studio makes and
// drops the canvas on the Qt thread (and makes it anew on a change of the
// main canvas, which frees every libobs mix); its previews draw it on
// libobs's graphics thread. The studio clears view under lock before it
// destroys the canvas, so a draw never outlives it and the canvas is never
// destroyed on the graphics thread; a preview that outlives one canvas draws
// the next.
struct ObsCanvasSlot
{
    QMutex lock;
    const ObsCanvasView *view = nullptr; // guarded by lock
};

} // namespace shopcast::broadcast
