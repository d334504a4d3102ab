#pragma once

#include "broadcast/BroadcastSettings.hpp"
#include "broadcast/ServiceCatalog.hpp"

#include <QDialog>

class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;

namespace shopcast::core {
class SecretStore;
}

namespace shopcast::app {

// Any number of push targets: a name, the server URL and the stream key. A
// full URL pasted into the server column is split into server and key. Keys go
// to the SecretStore on OK and are never shown in clear unless asked. Add
// offers the platforms (the per-show address ones first, then OBS's list)
// and Custom; a row made from a platform is checked against its limits.
class DestinationsDialog : public QDialog
{
    Q_OBJECT
public:
    // secondCanvas: each destination can carry it instead of the program.
    DestinationsDialog(QList<broadcast::DestinationEntry> entries, core::SecretStore &secrets, QWidget *parent = nullptr,
                       const std::optional<broadcast::CanvasSpec> &secondCanvas = std::nullopt);
    QList<broadcast::DestinationEntry> entries() const { return m_entries; }
    // The platforms Add offers (Custom always), and what the rows' platforms
    // are checked against: the Output settings and the canvases.
    void setServices(const broadcast::ServiceCatalog &services, const broadcast::EncoderSettings &encoder, const broadcast::CanvasSpec &program);

    void accept() override;

private:
    // The rows as entries and keys; the errors name the row.
    QStringList validate(QList<broadcast::DestinationEntry> &next, QList<QString> &keys) const;
    void recheck();
    void fillAddMenu();
    void addService(const broadcast::StreamingService &service, const QString &serverUrl);
    // The rows' platforms' recommendations the Output settings break.
    void checkLimits();
    void addRow(const broadcast::DestinationEntry &entry, const QString &key);
    void setBusy(bool busy, const QString &message);
    void storeKeys(const QList<broadcast::DestinationEntry> &next, const QList<QString> &keys, int index, bool retried);

    QList<broadcast::DestinationEntry> m_entries;
    core::SecretStore &m_secrets;
    std::optional<broadcast::CanvasSpec> m_secondCanvas;
    QTableWidget *m_table = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_limits = nullptr;
    QMenu *m_addMenu = nullptr;
    broadcast::ServiceCatalog m_services = broadcast::ServiceCatalog::builtIn();
    broadcast::EncoderSettings m_encoder;
    broadcast::CanvasSpec m_program;
    bool m_rowErrorsShown = false;
    QPushButton *m_ok = nullptr;
};

} // namespace shopcast::app
