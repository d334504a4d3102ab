#pragma once

#include "broadcast/SceneCollectionImport.hpp"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace shopcast::app {

// File → Import → OBS scene collection: the collections in OBS's own config
// folder, or any JSON file, read on a worker (a big one takes a moment); what
// came over and the report of what did not, before anything changes. OK
// hands the collection back; the caller makes it a scene collection.
class ObsImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ObsImportDialog(const QString &obsConfigDir, QWidget *parent = nullptr);
    // After OK: what was read.
    const std::optional<broadcast::SceneCollectionImport::Result> &result() const { return m_result; }
    // The collection's name as OBS shows it (its file's name).
    const QString &name() const { return m_name; }
    // Reads this file (as picking it in the list or through Other file… does).
    void read(const QString &path);

signals:
    // A read finished (the report is shown), for tests and the status bar.
    void readFinished(bool ok);

private:
    QListWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_ok = nullptr;
    std::optional<broadcast::SceneCollectionImport::Result> m_result;
    QString m_name;
    int m_generation = 0; // a later pick wins over a read still running
};

} // namespace shopcast::app
