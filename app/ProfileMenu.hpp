#pragma once

#include "storage/ProfileLibrary.hpp"

#include <QMenu>

#include <functional>

namespace shopcast::app {

// OBS's Profile menu: new, duplicate, rename, remove, import (a .zip or a
// folder), export (a .zip), and the profiles to switch to, the current one
// checked. The work is ProfileLibrary's, on the media pool (a profile's
// database can be large); this asks for names and files and says how it went.
// A switch is refused while live; otherwise it is asked of the window, which
// quits and starts the studio again on that profile (libobs is started once
// per process, as OBS does it, and a profile holds the whole studio).
class ProfileMenu : public QMenu
{
    Q_OBJECT
public:
    // busyReason: why the profile cannot be left now (streaming, recording),
    // or empty.
    ProfileMenu(const QString &root, const QString &currentDir, std::function<QString()> busyReason, QWidget *parent = nullptr);

    const storage::ProfileLibrary &library() const { return m_library; }
    bool isWorking() const { return m_working; }

signals:
    void message(const QString &text, bool isError);
    // Quit and start again on the profile in profileDir.
    void switchRequested(const QString &profileDir);
    // A copy, import or export finished (tests wait for it).
    void workFinished();

private:
    void rebuild();
    void create();
    void duplicateCurrent();
    void renameOne();
    void removeOne();
    void importArchive();
    void importFolder();
    void importFrom(const QString &source, const QString &name);
    void exportCurrent();
    void switchTo(const QString &name);
    // job on the media pool; then done(ok, error) here.
    void runLater(std::function<bool(QString *)> job, std::function<void(bool, const QString &)> done);
    QString currentLabel() const;

    storage::ProfileLibrary m_library;
    std::function<QString()> m_busyReason;
    bool m_working = false;
};

} // namespace shopcast::app
