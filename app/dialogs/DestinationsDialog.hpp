#pragma once

#include "broadcast/BroadcastSettings.hpp"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shopcast::core {
class SecretStore;
}

namespace shopcast::app {

// Any number of push targets: a name, the server URL and the stream key. A
// full URL pasted into the server column is split into server and key. Keys go
// to the SecretStore on OK and are never shown in clear unless asked.
class DestinationsDialog : public QDialog
{
    Q_OBJECT
public:
    // secondCanvas: each destination can carry it instead of the program.
    DestinationsDialog(QList<broadcast::DestinationEntry> entries, core::SecretStore &secrets, QWidget *parent = nullptr,
                       const std::optional<broadcast::CanvasSpec> &secondCanvas = std::nullopt);
    QList<broadcast::DestinationEntry> entries() const { return m_entries; }

    void accept() override;

private:
    // The rows as entries and keys; the errors name the row.
    QStringList validate(QList<broadcast::DestinationEntry> &next, QList<QString> &keys) const;
    void recheck();
    void addRow(const broadcast::DestinationEntry &entry, const QString &key);
    void setBusy(bool busy, const QString &message);
    void storeKeys(const QList<broadcast::DestinationEntry> &next, const QList<QString> &keys, int index, bool retried);

    QList<broadcast::DestinationEntry> m_entries;
    core::SecretStore &m_secrets;
    std::optional<broadcast::CanvasSpec> m_secondCanvas;
    QTableWidget *m_table = nullptr;
    QLabel *m_errors = nullptr;
    bool m_rowErrorsShown = false;
    QPushButton *m_ok = nullptr;
};

} // namespace shopcast::app
