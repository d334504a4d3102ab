// The Comments dock as a real widget: it follows the chat, stops following
// when the host scrolls up ("N new" instead), and filters.
#include "CatchQt.hpp"

#include "CommentSourcesController.hpp"
#include "docks/ChatDock.hpp"

#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "core/MonotonicClock.hpp"

#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>

using namespace shopcast;

namespace {
QList<chat::ChatEvent> comments(int from, int count)
{
    QList<chat::ChatEvent> out;
    for (int i = from; i < from + count; ++i) {
        chat::ChatEvent e;
        e.platform = QStringLiteral("bridge");
        e.id = QString::number(i);
        e.userId = e.userName = i % 10 == 0 ? QStringLiteral("李姐") : QStringLiteral("viewer%1").arg(i);
        e.text = QStringLiteral("comment %1").arg(i);
        out.append(e);
    }
    return out;
}
} // namespace

TEST_CASE("the comments dock follows the chat, pauses when scrolled up, and filters", "[gui][chat]")
{
    core::ManualClock clock;
    chat::CommentHub hub(clock);
    chat::ChatModel model(1000, 1'000'000);
    QObject::connect(&hub, &chat::CommentHub::accepted, &model, &chat::ChatModel::append);
    app::CommentSourcesController sources(hub);
    app::ChatDock dock(model, sources);
    dock.resize(360, 400);
    dock.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dock));
    auto *view = dock.findChild<QListView *>(QStringLiteral("chatView"));
    auto *newButton = dock.findChild<QPushButton *>(QStringLiteral("chatNewButton"));
    auto *filter = dock.findChild<QLineEdit *>(QStringLiteral("chatFilter"));
    REQUIRE(view);

    hub.ingest(comments(0, 200));
    model.flush();
    QCoreApplication::processEvents();
    QScrollBar *bar = view->verticalScrollBar();
    CHECK(bar->value() == bar->maximum()); // following
    CHECK(newButton->isHidden());

    bar->setValue(0); // the host scrolls up to read
    hub.ingest(comments(200, 30));
    model.flush();
    QCoreApplication::processEvents();
    CHECK(bar->value() == 0); // not yanked away
    CHECK(newButton->isVisible());
    CHECK(newButton->text() == QStringLiteral("30 new comment(s) ↓"));
    QTest::mouseClick(newButton, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(bar->value() == bar->maximum());
    CHECK(newButton->isHidden());

    filter->setText(QStringLiteral("李姐"));
    CHECK(view->model()->rowCount() == 23); // every 10th of 230
}
