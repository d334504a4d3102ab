#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shopcast::assembly {
class RemoteControl;
}

namespace shopcast::app {

// Settings → Remote control: the obs-websocket 5 port for control surfaces
// and the 场控 console. On or off, the port, "allow other devices on this
// network", the producer's and the viewer's passwords (generated; shown
// with a copy button; new ones on request) and the console's address with
// a QR code a phone scans (it carries the producer's password in the
// address' fragment, which the browser never sends). apply() is the
// dialog's OK.
class RemoteControlPage : public QWidget
{
    Q_OBJECT
public:
    explicit RemoteControlPage(assembly::RemoteControl &remote, QWidget *parent = nullptr);

    // False with the reason when the port cannot open or the settings not be saved.
    bool apply(QString *error);

private:
    void refresh();
    void showQr();

    assembly::RemoteControl &m_remote;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_otherDevices = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_producer = nullptr;
    QLineEdit *m_viewer = nullptr;
    QComboBox *m_urls = nullptr;
    QComboBox *m_qrRole = nullptr;
    QLabel *m_qr = nullptr;
};

} // namespace shopcast::app
