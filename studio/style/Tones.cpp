#include "Tones.hpp"

#include <QGuiApplication>

#include <cmath>

namespace shopcast::style {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool Tones::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor Tones::text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Danger: return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    case Tone::Success: return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x27, 0x6b, 0x2b);
    case Tone::Warning: return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa1, 0x5c, 0x00);
    case Tone::Muted: return dark ? QColor(0xb0, 0xb3, 0xb8) : QColor(0x6b, 0x6b, 0x6b);
    }
    return palette.color(QPalette::WindowText);
}

QColor Tones::text(Tone tone)
{
    return text(tone, QGuiApplication::palette());
}

QString Tones::css(Tone tone)
{
    return QStringLiteral("color:%1").arg(text(tone).name());
}

double Tones::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace shopcast::style
