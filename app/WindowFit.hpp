#pragma once

#include <QMargins>
#include <QObject>
#include <QRect>

class QWidget;

namespace shopcast::app {

// Keeps every top-level window of the studio (main window, replay window,
// dialogs, message boxes, Qt's own file dialogs) inside the *available* area
// of its screen, frame included: on a 1366x768 laptop with a taskbar the
// title bar and the status bar must be reachable. Installed once on the
// application, so a window added later needs nothing of its own.
//
// A window is fitted when it is shown, when the window manager tells Qt its
// frame (the first moves after showing), and whenever it grows beyond the
// screen (a dock's minimum size rising must not push the window off-screen).
// A window the user moves partly off-screen later is left where it is.
class WindowFit : public QObject
{
    Q_OBJECT
public:
    explicit WindowFit(QObject *parent = nullptr);

    // The frame this window has, or a typical title bar and border when the
    // window manager has not said yet (a window not yet shown).
    static QMargins frameMargins(const QWidget *window);
    // Where the window (client area) goes so that its frame lies inside
    // `available`: the same place and size when it already fits.
    static QRect fitted(const QRect &client, const QMargins &frame, const QRect &available, const QSize &minimum);
    // Fits one window now; true when its geometry changed.
    static bool fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace shopcast::app
