#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace shopcast::app {

// Light and dark looks for the whole studio, on Qt's Fusion style (the same
// on every desktop, crisp at any scale: it is drawn, not bitmaps). Dark is
// the default: a host works in a dim room at night and the preview is what
// should stand out. Every text role of both palettes reads at 4.5:1 or more
// against its background (WCAG AA; the contrast test checks it).
class Theme
{
public:
    static void apply(QApplication &app, const QString &theme);
    // The palette apply() sets for this theme ("dark" or anything else for light).
    static QPalette palette(const QString &theme);
};

} // namespace shopcast::app
