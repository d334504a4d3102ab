#pragma once

#include <QProxyStyle>

namespace shopcast::app {

// Fusion, with tick boxes and radio buttons that read at a glance: a checked
// one is filled with the accent colour and a white mark (Fusion draws a grey
// dot at 70 % alpha, barely visible on the dark theme), and a table's
// unticked box is an outline only (Fusion fills it with the base colour, so
// on the on-air row's orange it looked ticked).
class StudioStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit StudioStyle(QStyle *fusion);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget = nullptr) const override;
};

} // namespace shopcast::app
