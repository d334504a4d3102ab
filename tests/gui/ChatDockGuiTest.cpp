// The Comments dock as a real widget: it follows the chat, stops following
// when the host scrolls up ("N new" instead), and filters.
#include "CatchQt.hpp"
#include "SecretWait.hpp"

#include "chat/CommentSources.hpp"
#include "dialogs/CommentSourcesDialog.hpp"
#include "docks/ChatDock.hpp"

#include "chat/ChatModel.hpp"
#include "chat/CommentHub.hpp"
#include "core/MonotonicClock.hpp"
#include "core/SecretStore.hpp"
#include "FreePort.hpp"

#include <QSignalSpy>
#include <QJsonObject>
#include <QJsonDocument>
#include <QJsonArray>
#include <QComboBox>
#include <QLabel>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

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
    chat::CommentSources sources(hub);
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

TEST_CASE("connected comment sources are remembered in the profile, tokens only in the secret store", "[gui][chat][sources]")
{
    QTemporaryDir profile;
    core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), profile.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true); // as a user who chose the file when asked
    core::ManualClock clock;
    chat::CommentHub hub(clock);
    const quint16 port = test::freeLoopbackPort();
    const QString token = QStringLiteral("bridge-token-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        chat::CommentSources sources(hub, profile.path(), &secrets);
        QString error;
        REQUIRE(sources.startSource(QStringLiteral("bridge"), {{QStringLiteral("port"), port}, {QStringLiteral("token"), token}}, &error));
        CHECK(sources.sourceLines().first().startsWith(QStringLiteral("Local bridge")));
        CHECK(sources.sourceLines().first().contains(QStringLiteral(": live")));
        QFile saved(profile.filePath(QStringLiteral("comment-sources.json")));
        REQUIRE(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        CHECK(json.contains("\"bridge\""));
        CHECK_FALSE(json.contains(token.toUtf8())); // the token is not in the profile file
        // The store answers later: the token is there once it has.
        const QString id = QJsonDocument::fromJson(json).array().at(0).toObject().value(QStringLiteral("id")).toString();
        REQUIRE_EVENTUALLY(test::readSecret(secrets, QStringLiteral("comments/%1/token").arg(id)) == token, 30'000);
    }
    chat::CommentSources again(hub, profile.path(), &secrets);
    QSignalSpy restored(&again, &chat::CommentSources::restored);
    CHECK(again.restore().isEmpty());
    REQUIRE_EVENTUALLY(restored.count() == 1, 10'000); // after the keyring's answer
    REQUIRE(again.sourceLines().size() == 1);
    {
        // What the host sees: the running bridge and the form for Twitch.
        app::CommentSourcesDialog dialog(again);
        // The form is built from the plugin's declared settings; the token field is masked.
        auto *plugin = dialog.findChild<QComboBox *>(QStringLiteral("sourcePlugin"));
        REQUIRE(plugin);
        plugin->setCurrentIndex(plugin->findData(QStringLiteral("twitch")));
        auto *channel = dialog.findChild<QLineEdit *>(QStringLiteral("source_channel"));
        auto *oauth = dialog.findChild<QLineEdit *>(QStringLiteral("source_oauth"));
        REQUIRE(channel);
        REQUIRE(oauth);
        CHECK(oauth->echoMode() == QLineEdit::Password);
        CHECK_FALSE(dialog.findChild<QWidget *>(QStringLiteral("source_host"))); // advanced settings stay hidden
        // A bad value is refused with the declared rule's reason, nothing starts.
        channel->setText(QStringLiteral("has space"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("sourceConnect")), Qt::LeftButton);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("sourceError"))->text().contains(QStringLiteral("channel")));
        CHECK(again.sourceLines().size() == 1);
        channel->clear();
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
        dialog.grab().save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/comment-sources.png"));
    }
    REQUIRE(again.sourceLines().size() == 1);
    CHECK(again.sourceLines().first().contains(QStringLiteral("127.0.0.1:%1").arg(port)));
    again.forget(0);
    CHECK(again.sourceLines().isEmpty());
    chat::CommentSources third(hub, profile.path(), &secrets);
    third.restore();
    CHECK(third.sourceLines().isEmpty());
}
