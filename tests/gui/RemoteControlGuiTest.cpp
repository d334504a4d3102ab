// Settings → Remote control and the producer's note, in the studio's own
// window: the page opens the port the console is served on (a real HTTP
// GET), shows the generated passwords with Copy and a QR code; a note from a
// remote producer is on the host's banner until the host clicks Got it.
#include "CatchQt.hpp"
#include "GuiStudio.hpp"

#include "MainWindow.hpp"
#include "Studio.hpp"
#include "dialogs/RemoteControlPage.hpp"

#include "actions/ActionRegistry.hpp"
#include "assembly/RemoteControl.hpp"
#include "core/SecretStore.hpp"
#include "remote/RemoteServer.hpp"
#include "show/ProducerNotes.hpp"
#include "show/ShowSession.hpp"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace shopcast;

namespace {

QByteArray httpGet(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10'000))
        return {};
    socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n\r\n");
    QByteArray reply;
    const bool closed = QTest::qWaitFor(
        [&] {
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        10'000);
    return closed ? reply + socket.readAll() : reply + "(no close)";
}

} // namespace

TEST_CASE("Settings → Remote control opens the console's port with generated passwords and a QR code, a producer's note is on the host's banner",
          "[gui][remote]")
{
    QTemporaryDir profile;
    auto studio = test::makeGuiStudio(profile.path(), true);
    studio->secrets().setFileFallbackAllowed(true); // no keyring here; the user said yes
    app::MainWindow window(*studio);
    window.show();
    assembly::RemoteControl &remote = studio->remoteControl();
    REQUIRE_EVENTUALLY(remote.passwordsReady(), 30'000);
    CHECK_FALSE(remote.isListening()); // off by default
    CHECK(studio->remoteServer() == nullptr);

    app::RemoteControlPage page(remote);
    auto *enabled = page.findChild<QCheckBox *>(QStringLiteral("remoteEnabled"));
    auto *portBox = page.findChild<QSpinBox *>(QStringLiteral("remotePort"));
    auto *producer = page.findChild<QLineEdit *>(QStringLiteral("remoteProducerPassword"));
    auto *qr = page.findChild<QLabel *>(QStringLiteral("remoteQr"));
    REQUIRE(enabled);
    REQUIRE(portBox);
    REQUIRE(producer);
    REQUIRE(qr);
    CHECK(producer->text() == remote.producerPassword());
    CHECK(producer->echoMode() == QLineEdit::Password);
    page.findChild<QPushButton *>(QStringLiteral("remoteProducerPasswordCopy"))->click();
    CHECK(QGuiApplication::clipboard()->text() == remote.producerPassword());

    // On, on a port that is free now (another process may take it between
    // the probe and the listen: then the next one).
    QString error;
    bool applied = false;
    for (int attempt = 0; attempt < 5 && !applied; ++attempt) {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 free = probe.serverPort();
        probe.close();
        if (free < 1024)
            continue;
        enabled->setChecked(true);
        portBox->setValue(free);
        applied = page.apply(&error);
    }
    INFO(error.toStdString());
    REQUIRE(applied);
    REQUIRE(studio->remoteServer());
    CHECK(studio->remoteServer()->port() == portBox->value());
    CHECK_FALSE(studio->remoteServer()->options().allowOtherDevices);
    CHECK(studio->remoteServer()->options().passwords.producer == remote.producerPassword());
    CHECK(page.findChild<QLabel *>(QStringLiteral("remoteStatus"))->text().contains(QString::number(portBox->value())));
    const QString url = page.findChild<QComboBox *>(QStringLiteral("remoteConsoleUrl"))->currentText();
    CHECK(url == QStringLiteral("http://127.0.0.1:%1/").arg(portBox->value()));
    REQUIRE(qr->pixmap().width() > 100); // the console's address (and the producer's password) for a phone's camera
    const QByteArray page200 = httpGet(quint16(portBox->value()));
    CHECK(page200.startsWith("HTTP/1.1 200 OK"));
    CHECK(page200.contains("console.js"));

    // A remote producer's note: on the banner over the preview, and in the status bar.
    auto *banner = window.findChild<QWidget *>(QStringLiteral("producerNoteBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    const actions::Caller console{actions::Origin::Remote, actions::Permission::Host, QStringLiteral("192.168.1.20")};
    REQUIRE(studio->show().actions().invoke(QStringLiteral("host.note"), {{QStringLiteral("text"), QStringLiteral("讲优惠")}}, console).ok);
    CHECK(banner->isVisible());
    CHECK(window.findChild<QLabel *>(QStringLiteral("producerNoteText"))->text() == QStringLiteral("讲优惠"));
    CHECK(window.findChild<QLabel *>(QStringLiteral("producerNoteFrom"))->text().contains(QStringLiteral("192.168.1.20")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("192.168.1.20")));
    window.findChild<QPushButton *>(QStringLiteral("producerNoteDismiss"))->click();
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(studio->show().producerNotes().current());

    // New passwords reopen the port with them; off closes it.
    const QString before = remote.producerPassword();
    page.findChild<QPushButton *>(QStringLiteral("remoteNewPasswords"))->click();
    CHECK(producer->text() != before);
    REQUIRE(studio->remoteServer());
    CHECK(studio->remoteServer()->options().passwords.producer == producer->text());
    enabled->setChecked(false);
    REQUIRE(page.apply(&error));
    CHECK(studio->remoteServer() == nullptr);
    CHECK(page.findChild<QLabel *>(QStringLiteral("remoteStatus"))->text() == app::RemoteControlPage::tr("Off."));
}
