#pragma once

#include <QColor>
#include <QPalette>

namespace shopcast::style {

// What a coloured text means, not its colour: each tone has a shade for a
// light and one for a dark palette, every one at least 4.5:1 (WCAG AA)
// against the palette's Window and Base (the test checks it).
enum class Tone { Danger, Success, Warning, Muted };

class Tones
{
public:
    static bool isDark(const QPalette &palette);
    // This tone on this palette (the application's when not given).
    static QColor text(Tone tone, const QPalette &palette);
    static QColor text(Tone tone);
    // "color:#rrggbb" for a style sheet.
    static QString css(Tone tone);
    // White text on it: banners, a live button.
    static QColor alarmBackground() { return {0xc6, 0x28, 0x28}; }
    // The WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace shopcast::style
