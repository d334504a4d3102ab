#pragma once

#include "style/Tones.hpp"

#include <QObject>
#include <QString>

class QWidget;

namespace shopcast::app {

// Colours a widget's text by what it means (style::Tone) and keeps the colour
// right when the theme changes: Settings switches the application palette
// while windows are open, and a colour picked once at build time would stay
// the old theme's (dark red on the dark theme). It lives as a child of the
// widget it colours, so nothing outlives the widget; the application object
// tells it when the palette changed.
class TonedText : public QObject
{
    Q_OBJECT
public:
    // Sets the tone (and further declarations, e.g. "font-weight:bold") as
    // the widget's style sheet; calling it again replaces both. With a
    // selector ("QStatusBar") the rule leaves the widget's children alone.
    static void apply(QWidget *widget, style::Tone tone, const QString &extraCss = {}, const QString &selector = {});
    // Back to the palette's own text colour, keeping nothing of a tone.
    static void clear(QWidget *widget);

private:
    explicit TonedText(QWidget *widget);
    void refresh();

    QWidget *m_widget;
    style::Tone m_tone = style::Tone::Danger;
    QString m_extraCss;
    QString m_selector;
};

} // namespace shopcast::app
