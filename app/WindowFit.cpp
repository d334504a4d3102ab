#include "WindowFit.hpp"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace shopcast::app {

namespace {

// Set from show until the window manager has told Qt the frame: the first
// fit uses a guessed frame, the one after it the real one.
constexpr char kPending[] = "shopcastFitPending";

bool isFittedKind(const QWidget *w)
{
    if (!w->isWindow() || w->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return false;
    const Qt::WindowType type = w->windowType();
    return type == Qt::Window || type == Qt::Dialog || type == Qt::Tool;
}

} // namespace

WindowFit::WindowFit(QObject *parent)
    : QObject(parent)
{}

QMargins WindowFit::frameMargins(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect client = window->geometry();
    const QMargins known(client.left() - frame.left(), client.top() - frame.top(), frame.right() - client.right(), frame.bottom() - client.bottom());
    if (!known.isNull() || window->windowFlags() & Qt::FramelessWindowHint)
        return known;
    // Not told yet: a usual title bar and border (openbox, xfwm, KWin and
    // Mutter are all within these), so the first fit is already close.
    return {4, 30, 4, 4};
}

QRect WindowFit::fitted(const QRect &client, const QMargins &frame, const QRect &available, const QSize &minimum)
{
    const int roomW = available.width() - frame.left() - frame.right();
    const int roomH = available.height() - frame.top() - frame.bottom();
    const int w = std::max(minimum.width(), std::min(client.width(), roomW));
    const int h = std::max(minimum.height(), std::min(client.height(), roomH));
    const int frameW = w + frame.left() + frame.right();
    const int frameH = h + frame.top() + frame.bottom();
    // The frame's top-left, moved only as far as needed to bring the frame in
    // (a window larger than the screen keeps its title bar on it).
    int x = client.x() - frame.left();
    int y = client.y() - frame.top();
    x = std::max(available.left(), std::min(x, available.left() + available.width() - frameW));
    y = std::max(available.top(), std::min(y, available.top() + available.height() - frameH));
    return {x + frame.left(), y + frame.top(), w, h};
}

bool WindowFit::fit(QWidget *window)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return false;
    const QRect client = window->geometry();
    const QMargins frame = frameMargins(window);
    const QRect target = fitted(client, frame, screen->availableGeometry(), window->minimumSize());
    if (target == client)
        return false;
    if (target.size() != client.size())
        window->resize(target.size());
    if (target.topLeft() != client.topLeft())
        window->move(target.topLeft() - QPoint(frame.left(), frame.top())); // move() places the frame
    return true;
}

bool WindowFit::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Show && type != QEvent::Move && type != QEvent::Resize)
        return false;
    auto *window = qobject_cast<QWidget *>(watched);
    if (!window || !isFittedKind(window))
        return false;
    if (type == QEvent::Show) {
        window->setProperty(kPending, true);
        fit(window);
    } else if (window->property(kPending).toBool()) {
        // The window manager has placed the frame: fit with the real one, once.
        if (!window->frameGeometry().isNull() && window->frameGeometry() != window->geometry())
            window->setProperty(kPending, false);
        fit(window);
    } else if (type == QEvent::Resize && window->isVisible()) {
        QScreen *screen = window->screen();
        const QSize frameSize = window->frameGeometry().size();
        if (screen && (frameSize.width() > screen->availableGeometry().width() || frameSize.height() > screen->availableGeometry().height()))
            fit(window);
    }
    return false;
}

} // namespace shopcast::app
