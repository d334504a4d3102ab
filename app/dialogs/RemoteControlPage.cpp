#include "RemoteControlPage.hpp"

#include "widgets/QrCode.hpp"

#include "assembly/RemoteControl.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace shopcast::app {

namespace {

// A read-only password with Show and Copy beside it.
QWidget *passwordRow(QLineEdit *&field, const QString &name, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field = new QLineEdit(row);
    field->setObjectName(name);
    field->setReadOnly(true);
    field->setEchoMode(QLineEdit::Password);
    auto *show = new QPushButton(RemoteControlPage::tr("Show"), row);
    show->setCheckable(true);
    auto *copy = new QPushButton(RemoteControlPage::tr("Copy"), row);
    copy->setObjectName(name + QStringLiteral("Copy"));
    QLineEdit *f = field;
    QObject::connect(show, &QPushButton::toggled, f, [f](bool on) { f->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    QObject::connect(copy, &QPushButton::clicked, f, [f] { QApplication::clipboard()->setText(f->text()); });
    layout->addWidget(field, 1);
    layout->addWidget(show);
    layout->addWidget(copy);
    return row;
}

} // namespace

RemoteControlPage::RemoteControlPage(assembly::RemoteControl &remote, QWidget *parent)
    : QWidget(parent)
    , m_remote(remote)
{
    setObjectName(QStringLiteral("remoteControlPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Lets the producer (场控) run the show from a phone, tablet or second PC, and control surfaces such as "
                                "Stream Deck, Touch Portal or Bitfocus Companion drive the studio (the obs-websocket 5 protocol)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_enabled = new QCheckBox(tr("Allow remote control"), this);
    m_enabled->setObjectName(QStringLiteral("remoteEnabled"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("remotePort"));
    m_port->setRange(1024, 65535);
    m_otherDevices = new QCheckBox(tr("Allow other devices on this network (phones, tablets); otherwise this computer only"), this);
    m_otherDevices->setObjectName(QStringLiteral("remoteOtherDevices"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("remoteStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_enabled);
    form->addRow(tr("Port:"), m_port);
    form->addRow(m_otherDevices);
    form->addRow(tr("Producer password:"), passwordRow(m_producer, QStringLiteral("remoteProducerPassword"), this));
    form->addRow(tr("Viewer password (read only):"), passwordRow(m_viewer, QStringLiteral("remoteViewerPassword"), this));
    auto *renew = new QPushButton(tr("New passwords"), this);
    renew->setObjectName(QStringLiteral("remoteNewPasswords"));
    renew->setToolTip(tr("Every console and control surface must log in again."));
    form->addRow(QString(), renew);
    form->addRow(tr("Status:"), m_status);
    layout->addLayout(form);

    auto *consoleRow = new QHBoxLayout;
    auto *consoleColumn = new QVBoxLayout;
    m_urls = new QComboBox(this);
    m_urls->setObjectName(QStringLiteral("remoteConsoleUrl"));
    m_qrRole = new QComboBox(this);
    m_qrRole->setObjectName(QStringLiteral("remoteQrRole"));
    m_qrRole->addItem(tr("QR code logs in as the producer"));
    m_qrRole->addItem(tr("QR code logs in read only (for the merchant)"));
    auto *hint = new QLabel(tr("Scan with the phone's camera, or open the address in a browser and enter a password."), this);
    hint->setWordWrap(true);
    consoleColumn->addWidget(new QLabel(tr("The producer's console:"), this));
    consoleColumn->addWidget(m_urls);
    consoleColumn->addWidget(m_qrRole);
    consoleColumn->addWidget(hint);
    consoleColumn->addStretch(1);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("remoteQr"));
    m_qr->setFixedSize(200, 200);
    m_qr->setScaledContents(true);
    consoleRow->addLayout(consoleColumn, 1);
    consoleRow->addWidget(m_qr);
    layout->addLayout(consoleRow);
    layout->addStretch(1);

    const assembly::RemoteControl::Settings &s = remote.settings();
    m_enabled->setChecked(s.enabled);
    m_port->setValue(s.port);
    m_otherDevices->setChecked(s.allowOtherDevices);
    connect(renew, &QPushButton::clicked, &remote, &assembly::RemoteControl::regeneratePasswords);
    connect(&remote, &assembly::RemoteControl::changed, this, &RemoteControlPage::refresh);
    connect(m_urls, &QComboBox::currentIndexChanged, this, &RemoteControlPage::showQr);
    connect(m_qrRole, &QComboBox::currentIndexChanged, this, &RemoteControlPage::showQr);
    refresh();
}

bool RemoteControlPage::apply(QString *error)
{
    assembly::RemoteControl::Settings s;
    s.enabled = m_enabled->isChecked();
    s.port = quint16(m_port->value());
    s.allowOtherDevices = m_otherDevices->isChecked();
    return m_remote.apply(s, error);
}

void RemoteControlPage::refresh()
{
    m_producer->setText(m_remote.producerPassword());
    m_viewer->setText(m_remote.viewerPassword());
    if (!m_remote.passwordsReady())
        m_status->setText(tr("Reading the passwords from the keyring…"));
    else if (m_remote.fromLaunchFlags())
        m_status->setText(tr("On for this run (launch flags): port %1.").arg(m_remote.listeningPort()));
    else if (m_remote.isListening())
        m_status->setText(m_remote.settings().allowOtherDevices ? tr("On: port %1, open to this network.").arg(m_remote.listeningPort())
                                                                : tr("On: port %1, this computer only.").arg(m_remote.listeningPort()));
    else
        m_status->setText(tr("Off."));
    const QString current = m_urls->currentText();
    m_urls->clear();
    m_urls->addItems(m_remote.consoleUrls());
    if (const int i = m_urls->findText(current); i >= 0)
        m_urls->setCurrentIndex(i);
    showQr();
}

void RemoteControlPage::showQr()
{
    const QString password = m_qrRole->currentIndex() == 0 ? m_remote.producerPassword() : m_remote.viewerPassword();
    if (m_urls->currentText().isEmpty() || password.isEmpty()) {
        m_qr->clear();
        return;
    }
    const QString url = m_urls->currentText() + QStringLiteral("#p=") + QString::fromLatin1(QUrl::toPercentEncoding(password));
    m_qr->setPixmap(QPixmap::fromImage(QrCode::render(url)));
    m_qr->setToolTip(m_urls->currentText());
}

} // namespace shopcast::app
