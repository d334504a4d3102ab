#pragma once

#include "sales/OrderExportFormat.hpp"

#include <QMainWindow>

#include <optional>

class QDockWidget;
class QLabel;

namespace shopcast::broadcast {
struct StatusSnapshot;
}

namespace shopcast::app {

class NoticeBanner;
class PreviewWidget;
class Studio;
class StudioTray;

// Assembles the preview, the docks and the status bar around a Studio. Feature
// logic lives in the controllers the docks receive.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Studio &studio, QWidget *parent = nullptr);
    ~MainWindow() override;

    PreviewWidget *preview() const { return m_preview; }
    NoticeBanner *banner() const { return m_banner; }
    StudioTray &tray() const { return *m_tray; }
    // The profile to start again on once the studio has closed (Profile
    // menu), or empty.
    const QString &nextProfileDir() const { return m_nextProfileDir; }

protected:
    void closeEvent(QCloseEvent *event) override;
    // Minimized with "minimize to tray" on: hidden to the tray.
    void changeEvent(QEvent *event) override;

public:
    void closeForSignal(int signalNumber);
    // File → Import orders…: path empty asks for the file; format none:
    // recognised from the header, else the mapping dialog asks for columns.
    void importOrders(QString path, const std::optional<sales::OrderExportFormat> &format);
    // Closes the studio to start it again on the profile in profileDir.
    void switchProfile(const QString &profileDir);
    // In the banner over the preview (an error stays until dismissed).
    void showMessage(const QString &text, bool isError);

private:
    struct Docks
    {
        QDockWidget *lineup, *notes, *rhythm, *chat, *scenes, *sources, *mixer, *controls;
    };
    void fitToScreen(const Docks &docks);
    // Why the profile cannot be left now, or empty.
    QString busyReason() const;
    void showStatus(const broadcast::StatusSnapshot &snapshot);
    // Which sources on air are muted, in red in the status bar.
    void showMuted();
    void editDestinations();
    void editSettings();
    void editSettingsAt(bool remotePage);
    void editModeration();
    void openShowLibrary();
    void importProducts();
    void exportProducts();
    QString layoutFile() const;

    Studio &m_studio;
    QString m_quitReason; // set when a signal asks the studio to quit
    QString m_nextProfileDir;
    bool m_closing = false; // the studio is shutting down; the window is hidden
    bool m_closed = false;  // it has; the close goes through
    PreviewWidget *m_preview = nullptr;
    NoticeBanner *m_banner = nullptr;
    StudioTray *m_tray = nullptr;
    QLabel *m_mutedLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_statsLabel = nullptr;
    QLabel *m_recordLabel = nullptr;
};

} // namespace shopcast::app
