// The Destinations dialog with the keyring's answers coming later: the saved
// keys fill in when they arrive (OK waits for them), OK stores the keys one
// after the other and closes when the last is stored, a removed destination's
// key goes too — and nothing on the way waits.
#include "CatchQt.hpp"
#include "SecretWait.hpp"

#include "broadcast/BroadcastSettings.hpp"
#include "core/SecretStore.hpp"
#include "dialogs/DestinationsDialog.hpp"
#include "broadcast/ServiceCatalog.hpp"
#include "work/GuiThreadCheck.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

using namespace shopcast;

using test::readSecret;
using test::writeSecret;

TEST_CASE("destinations dialog: saved keys arrive later, OK stores every key and forgets a removed one", "[gui][destinations][secrets]")
{
    QTemporaryDir profile;
    core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), profile.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true); // as a user who chose the file when asked
    const broadcast::DestinationEntry douyin{QStringLiteral("a"), QStringLiteral("抖音"), QStringLiteral("rtmp://127.0.0.1/live"), true};
    const broadcast::DestinationEntry kuaishou{QStringLiteral("b"), QStringLiteral("快手"), QStringLiteral("rtmp://127.0.0.1/ks"), true};
    REQUIRE(writeSecret(secrets, douyin.secretKey(), QStringLiteral("key-a")));
    REQUIRE(writeSecret(secrets, kuaishou.secretKey(), QStringLiteral("key-b")));

    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    app::DestinationsDialog dialog({douyin, kuaishou}, secrets);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(ok);
    REQUIRE(table);
    CHECK_FALSE(ok->isEnabled()); // the keys are still on their way
    REQUIRE_EVENTUALLY(ok->isEnabled(), 30'000);
    auto keyAt = [&](int row) { return qobject_cast<QLineEdit *>(table->cellWidget(row, 3)); };
    CHECK(keyAt(0)->text() == QStringLiteral("key-a"));
    CHECK(keyAt(1)->text() == QStringLiteral("key-b"));

    // A new key for the first, the second removed: OK stores, then closes.
    keyAt(0)->setText(QStringLiteral("key-a2"));
    table->removeRow(1);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted); // not yet: the store answers later
    REQUIRE_EVENTUALLY(dialog.result() == QDialog::Accepted, 30'000);
    CHECK(dialog.entries().size() == 1);
    CHECK(readSecret(secrets, douyin.secretKey()) == QStringLiteral("key-a2"));
    REQUIRE_EVENTUALLY(!readSecret(secrets, kuaishou.secretKey()).has_value(), 30'000);
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);
}

TEST_CASE("destinations dialog: a row's error goes as soon as the row is fixed", "[gui][destinations]")
{
    QTemporaryDir profile;
    core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), profile.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true);
    app::DestinationsDialog dialog({}, secrets);
    auto *table = dialog.findChild<QTableWidget *>();
    auto *platforms = dialog.findChild<QMenu *>(QStringLiteral("platforms"));
    REQUIRE(platforms);
    platforms->actions().constFirst()->trigger(); // Custom
    REQUIRE(table->rowCount() == 1);
    dialog.accept(); // empty server: refused, the row named
    auto *errors = dialog.findChild<QLabel *>(QStringLiteral("destinationErrors"));
    REQUIRE(errors);
    CHECK_FALSE(errors->text().isEmpty());
    CHECK_FALSE(dialog.result() == QDialog::Accepted);
    table->item(0, 2)->setText(QStringLiteral("rtmp://127.0.0.1/live"));
    qobject_cast<QLineEdit *>(table->cellWidget(0, 3))->setText(QStringLiteral("key"));
    CHECK(errors->text().isEmpty());
}

TEST_CASE("destinations dialog: with a second canvas each destination picks its canvas, without one the column stays hidden", "[gui][destinations][canvas]")
{
    QTemporaryDir profile;
    core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), profile.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true);
    const broadcast::DestinationEntry bilibili{QStringLiteral("a"), QStringLiteral("B站"), QStringLiteral("rtmp://127.0.0.1/live"), true};
    const broadcast::DestinationEntry douyin{QStringLiteral("b"), QStringLiteral("抖音"), QStringLiteral("rtmp://127.0.0.1/dy"), true};
    REQUIRE(writeSecret(secrets, bilibili.secretKey(), QStringLiteral("key-a")));
    REQUIRE(writeSecret(secrets, douyin.secretKey(), QStringLiteral("key-b")));
    constexpr int kCanvasColumn = 4;
    {
        app::DestinationsDialog oneCanvas({bilibili, douyin}, secrets);
        CHECK(oneCanvas.findChild<QTableWidget *>()->isColumnHidden(kCanvasColumn));
    }

    app::DestinationsDialog dialog({bilibili, douyin}, secrets, nullptr, broadcast::CanvasSpec{720, 1280, 30});
    auto *table = dialog.findChild<QTableWidget *>();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(table);
    CHECK_FALSE(table->isColumnHidden(kCanvasColumn));
    REQUIRE_EVENTUALLY(ok->isEnabled(), 30'000);
    auto *canvas = qobject_cast<QComboBox *>(table->cellWidget(1, kCanvasColumn));
    REQUIRE(canvas);
    CHECK(canvas->currentIndex() == 0);
    CHECK(canvas->itemText(1).contains(QStringLiteral("720x1280")));
    canvas->setCurrentIndex(1);
    dialog.accept();
    REQUIRE_EVENTUALLY(dialog.result() == QDialog::Accepted, 30'000);
    REQUIRE(dialog.entries().size() == 2);
    CHECK(dialog.entries().at(0).canvas == 0);
    CHECK(dialog.entries().at(1).canvas == 1);
}

TEST_CASE("destinations dialog: Add lists the platforms, a row made from Twitch keeps its platform and names the limit Output breaks",
          "[gui][destinations][services]")
{
    QTemporaryDir profile;
    core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), profile.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true);
    app::DestinationsDialog dialog({}, secrets);
    broadcast::EncoderSettings encoder;
    encoder.videoBitrateKbps = 8000;
    dialog.setServices(broadcast::ServiceCatalog::load(broadcast::ServiceCatalog::defaultPath()), encoder, broadcast::CanvasSpec{1280, 720, 30});
    dialog.resize(900, 420);
    dialog.show();
    auto *platforms = dialog.findChild<QMenu *>(QStringLiteral("platforms"));
    REQUIRE(platforms);
    QStringList names;
    QMenu *twitchServers = nullptr;
    QAction *douyin = nullptr;
    for (QAction *a : platforms->actions()) {
        names.append(a->text());
        if (a->text() == QStringLiteral("Twitch"))
            twitchServers = a->menu();
        if (a->text() == QStringLiteral("Douyin"))
            douyin = a;
    }
    INFO(names.join(QStringLiteral(", ")).toStdString());
    REQUIRE(douyin);
    REQUIRE(twitchServers); // one entry per server
    CHECK(twitchServers->actions().size() > 10);
    auto *more = dialog.findChild<QMenu *>(QStringLiteral("morePlatforms"));
    REQUIRE(more);
    QStringList others;
    for (QAction *a : more->actions())
        others.append(a->text());
    CHECK(others.contains(QStringLiteral("Kuaishou Live")));

    auto *table = dialog.findChild<QTableWidget *>();
    auto *limits = dialog.findChild<QLabel *>(QStringLiteral("serviceLimits"));
    REQUIRE(limits);
    CHECK_FALSE(limits->isVisible());
    twitchServers->actions().constFirst()->trigger();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Twitch"));
    CHECK(table->item(0, 2)->text().startsWith(QStringLiteral("rtmp://live-")));
    CHECK(limits->isVisible());
    CHECK(limits->text().contains(QStringLiteral("6000")));
    // The per-show platform: no server yet, the whole address is pasted.
    douyin->trigger();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(1, 2)->text().isEmpty());
    table->item(1, 2)->setText(QStringLiteral("rtmp://push-rtmp-l11.douyincdn.com/third/stream-123?expire=1893456000&sign=abc"));
    qobject_cast<QLineEdit *>(table->cellWidget(0, 3))->setText(QStringLiteral("live_123"));
    dialog.accept();
    REQUIRE_EVENTUALLY(dialog.result() == QDialog::Accepted, 30'000);
    REQUIRE(dialog.entries().size() == 2);
    CHECK(dialog.entries().at(0).service == QStringLiteral("Twitch"));
    CHECK(dialog.entries().at(1).service == QStringLiteral("Douyin"));
    CHECK(dialog.entries().at(1).server == QStringLiteral("rtmp://push-rtmp-l11.douyincdn.com/third"));
}
