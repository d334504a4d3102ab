#include "StudioStyle.hpp"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>

namespace shopcast::app {

namespace {

void drawTick(QPainter *painter, const QRectF &box)
{
    QPainterPath tick;
    tick.moveTo(box.left() + box.width() * 0.22, box.top() + box.height() * 0.52);
    tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72);
    tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.28);
    painter->setPen(QPen(Qt::white, std::max(1.5, box.width() / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(tick);
}

} // namespace

StudioStyle::StudioStyle(QStyle *fusion)
    : QProxyStyle(fusion)
{}

void StudioStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    const bool on = option->state & State_On;
    const bool enabled = option->state & State_Enabled;
    const QColor accent = option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Highlight);
    const QRectF box = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
    switch (element) {
    case PE_IndicatorRadioButton:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (on) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawEllipse(box);
            painter->setBrush(Qt::white);
            const double r = box.width() * 0.2;
            painter->drawEllipse(box.center(), r, r);
            painter->restore();
        }
        return;
    case PE_IndicatorCheckBox:
    case PE_IndicatorItemViewItemCheck:
        if (on) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(accent);
            painter->drawRoundedRect(box, 2, 2);
            drawTick(painter, box);
            painter->restore();
            return;
        }
        if (element == PE_IndicatorItemViewItemCheck && !(option->state & State_NoChange)) {
            // An outline in the row's own text colour, nothing filled.
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(option->palette.color(QPalette::Text), 1.2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box, 2, 2);
            painter->restore();
            return;
        }
        break;
    default: break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

} // namespace shopcast::app
