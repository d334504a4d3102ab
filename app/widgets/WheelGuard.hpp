#pragma once

#include <QObject>

class QWidget;

namespace shopcast::app {

// In a panel that scrolls, the wheel scrolls the panel: a spin box or a combo
// box under the pointer takes it only once clicked into (focused). Without
// this, scrolling the lottery panel changed its numbers.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Guards every spin box and combo box inside `body` (now, not later additions).
    static void guardChildren(QWidget *body);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace shopcast::app
