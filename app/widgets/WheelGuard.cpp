#include "WheelGuard.hpp"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

namespace shopcast::app {

void WheelGuard::guardChildren(QWidget *body)
{
    auto *guard = new WheelGuard(body);
    const auto guardOne = [guard](QWidget *w) {
        w->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: the wheel must not focus it either
        w->installEventFilter(guard);
    };
    for (QAbstractSpinBox *spin : body->findChildren<QAbstractSpinBox *>())
        guardOne(spin);
    for (QComboBox *combo : body->findChildren<QComboBox *>())
        guardOne(combo);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->hasFocus())
        return false;
    // Not for this box: the panel around it scrolls instead.
    for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget())
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            break;
        }
    return true;
}

} // namespace shopcast::app
