#pragma once

#include <QString>

class QApplication;

namespace shopcast::app {

// Light and dark looks for the whole studio, on Qt's Fusion style (the same
// on every desktop, crisp at any scale: it is drawn, not bitmaps). Dark is
// the default: a host works in a dim room at night and the preview is what
// should stand out.
class Theme
{
public:
    static void apply(QApplication &app, const QString &theme);
};

} // namespace shopcast::app
