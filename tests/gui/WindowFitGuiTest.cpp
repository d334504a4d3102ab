// Small pieces of the first five minutes: where a window is put so its frame
// fits the available area, the wheel over a panel's numbers, the failure banner.
#include "CatchQt.hpp"
#include "WindowActivation.hpp"

#include "WindowFit.hpp"
#include "widgets/NoticeBanner.hpp"
#include "widgets/WheelGuard.hpp"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace shopcast;
using app::WindowFit;

TEST_CASE("window fit: the frame comes inside the available area, the title bar stays on the screen", "[gui][fit]")
{
    const QRect available(0, 0, 1366, 728); // a 1366x768 screen less a 40-pixel taskbar
    const QMargins frame(4, 30, 4, 4);
    // The main window as it opened before: client 1366x772 at the top left.
    const QRect fitted = WindowFit::fitted({0, 0, 1366, 772}, frame, available, {800, 480});
    CHECK(fitted == QRect(4, 30, 1358, 694));
    CHECK(available.contains(fitted.marginsAdded(frame)));
    // Already inside: left where it is.
    CHECK(WindowFit::fitted({200, 100, 600, 400}, frame, available, {}) == QRect(200, 100, 600, 400));
    // Off to the bottom right (saved on a larger screen): moved in, same size.
    CHECK(WindowFit::fitted({1200, 600, 600, 400}, frame, available, {}) == QRect(1366 - 4 - 600, 728 - 4 - 400, 600, 400));
    // A minimum larger than the screen: the minimum wins, but the title bar is on the screen.
    const QRect tooBig = WindowFit::fitted({0, 0, 2000, 1000}, frame, available, {1800, 900});
    CHECK(tooBig.size() == QSize(1800, 900));
    CHECK(tooBig.top() - frame.top() == available.top());
    CHECK(tooBig.left() - frame.left() == available.left());
}

TEST_CASE("wheel guard: the wheel over an unfocused spin box scrolls the panel, not the number", "[gui][wheel]")
{
    QScrollArea area;
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    auto *spin = new QSpinBox(body);
    spin->setRange(0, 100);
    spin->setValue(50);
    layout->addWidget(spin);
    for (int i = 0; i < 40; ++i)
        layout->addWidget(new QLabel(QStringLiteral("row %1").arg(i), body));
    area.setWidget(body);
    area.setWidgetResizable(true);
    area.resize(300, 200);
    app::WheelGuard::guardChildren(body);
    area.show();
    REQUIRE(QTest::qWaitForWindowExposed(&area));
    REQUIRE(area.verticalScrollBar()->maximum() > 0);

    auto wheel = [spin](int steps) {
        const QPointF at(spin->width() / 2.0, spin->height() / 2.0);
        QWheelEvent event(at, spin->mapToGlobal(at), QPoint(), QPoint(0, -120 * steps), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(spin, &event);
    };
    wheel(2);
    CHECK(spin->value() == 50);
    CHECK(area.verticalScrollBar()->value() > 0); // the panel went down instead
    REQUIRE(test::activateWindow(area.windowHandle()));
    spin->setFocus();
    REQUIRE_EVENTUALLY(spin->hasFocus(), 5'000);
    wheel(-2); // clicked into, it is the spin box's again
    CHECK(spin->value() != 50);
}

TEST_CASE("notice banner: stays until dismissed, the same failure once, the newest on top", "[gui][banner]")
{
    app::NoticeBanner banner;
    CHECK(banner.isHidden());
    banner.post(QStringLiteral("抖音主号: 无法连接服务器"));
    banner.post(QStringLiteral("快手: 推流码已失效"));
    banner.post(QStringLiteral("抖音主号: 无法连接服务器"));
    CHECK_FALSE(banner.isHidden());
    REQUIRE(banner.notices().size() == 2);
    CHECK(banner.notices().first() == QStringLiteral("抖音主号: 无法连接服务器"));
    banner.post(QString(100'000, QLatin1Char('x'))); // a huge message is cut, not shown whole
    CHECK(banner.notices().first().size() <= 600);
    banner.dismiss();
    CHECK(banner.isHidden());
    CHECK(banner.notices().isEmpty());
}
