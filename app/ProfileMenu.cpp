#include "ProfileMenu.hpp"

#include "work/Work.hpp"

#include <QActionGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace shopcast::app {

ProfileMenu::ProfileMenu(const QString &root, const QString &currentDir, std::function<QString()> busyReason, QWidget *parent)
    : QMenu(tr("&Profile"), parent)
    , m_library(root, currentDir)
    , m_busyReason(std::move(busyReason))
{
    setObjectName(QStringLiteral("profileMenu"));
    connect(this, &QMenu::aboutToShow, this, &ProfileMenu::rebuild);
    rebuild();
}

QString ProfileMenu::currentLabel() const
{
    return m_library.current().isEmpty() ? QFileInfo(m_library.currentDir()).fileName() : m_library.current();
}

void ProfileMenu::rebuild()
{
    clear();
    const auto add = [this](const QString &text, const char *name, auto slot) {
        QAction *a = addAction(text, this, slot);
        a->setObjectName(QString::fromLatin1(name));
        a->setEnabled(!m_working);
        return a;
    };
    add(tr("&New…"), "profileNew", &ProfileMenu::create);
    add(tr("&Duplicate…"), "profileDuplicate", &ProfileMenu::duplicateCurrent);
    add(tr("&Rename…"), "profileRename", &ProfileMenu::renameOne);
    add(tr("Re&move…"), "profileRemove", &ProfileMenu::removeOne);
    addSeparator();
    add(tr("&Import a profile archive (.zip)…"), "profileImport", &ProfileMenu::importArchive);
    add(tr("Import a profile &folder…"), "profileImportFolder", &ProfileMenu::importFolder);
    add(tr("&Export this profile (.zip)…"), "profileExport", &ProfileMenu::exportCurrent);
    addSeparator();
    if (m_library.current().isEmpty()) {
        // A --profile-dir folder outside the profiles' folder: shown, not one of them.
        QAction *outside = addAction(tr("%1 (a folder given at start)").arg(QDir::toNativeSeparators(m_library.currentDir())));
        outside->setCheckable(true);
        outside->setChecked(true);
        outside->setEnabled(false);
    }
    auto *group = new QActionGroup(this);
    for (const QString &name : m_library.names()) {
        QAction *a = addAction(name);
        a->setCheckable(true);
        a->setChecked(name == m_library.current());
        a->setObjectName(QStringLiteral("profile:") + name);
        a->setEnabled(!m_working);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            switchTo(name);
            rebuild(); // the check stays on the profile in use until the studio restarts
        });
    }
}

void ProfileMenu::switchTo(const QString &name)
{
    if (name == m_library.current())
        return;
    const QString busy = m_busyReason ? m_busyReason() : QString();
    if (!busy.isEmpty()) {
        emit message(tr("The profile stays %1: %2").arg(currentLabel(), busy), true);
        return;
    }
    emit switchRequested(m_library.pathOf(name));
}

void ProfileMenu::runLater(std::function<bool(QString *)> job, std::function<void(bool, const QString &)> done)
{
    m_working = true;
    rebuild();
    work::Work::run(
        work::Pool::Media, this,
        [job = std::move(job)] {
            QString error;
            const bool ok = job(&error);
            return std::make_pair(ok, error);
        },
        [this, done = std::move(done)](const std::pair<bool, QString> &result) {
            m_working = false;
            rebuild();
            done(result.first, result.second);
            emit workFinished();
        });
}

void ProfileMenu::create()
{
    bool accepted = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("New profile"),
                                               tr("Name (a new profile starts empty; the first-run setup asks for its camera and microphone):"),
                                               QLineEdit::Normal, m_library.uniqueName(tr("Profile")), &accepted);
    if (!accepted)
        return;
    QString error;
    if (!m_library.create(name, &error))
        return emit message(error, true);
    emit message(tr("Profile %1 made").arg(name.trimmed()), false);
    switchTo(name.trimmed());
}

void ProfileMenu::duplicateCurrent()
{
    bool accepted = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Duplicate the profile"),
                                               tr("Name of the copy (settings, destinations, hotkeys, scene collections, catalog and past shows):"),
                                               QLineEdit::Normal, m_library.uniqueName(currentLabel()), &accepted);
    if (!accepted)
        return;
    QString error;
    if (!m_library.validName(name, &error))
        return emit message(error, true);
    const storage::ProfileLibrary library = m_library;
    const QString from = m_library.currentDir();
    const QString copy = name.trimmed();
    runLater([library, from, copy](QString *why) { return library.duplicate(from, copy, why); },
             [this, copy](bool ok, const QString &why) {
                 if (!ok)
                     return emit message(tr("The profile was not copied: %1").arg(why), true);
                 emit message(tr("Profile %1 made as a copy of %2").arg(copy, currentLabel()), false);
                 switchTo(copy);
             });
}

void ProfileMenu::renameOne()
{
    QStringList others = m_library.names();
    others.removeAll(m_library.current());
    if (others.isEmpty())
        return emit message(tr("The profile in use cannot be renamed while it is open, and there is no other."), true);
    bool accepted = false;
    const QString from
        = QInputDialog::getItem(parentWidget(), tr("Rename a profile"), tr("Profile (the one in use is renamed from another):"), others, 0, false, &accepted);
    if (!accepted)
        return;
    const QString to = QInputDialog::getText(parentWidget(), tr("Rename a profile"), tr("New name:"), QLineEdit::Normal, from, &accepted);
    if (!accepted)
        return;
    QString error;
    if (!m_library.rename(from, to, &error))
        return emit message(error, true);
    emit message(tr("Profile %1 is now %2").arg(from, to.trimmed()), false);
}

void ProfileMenu::removeOne()
{
    QStringList others = m_library.names();
    others.removeAll(m_library.current());
    if (others.isEmpty())
        return emit message(tr("The profile in use cannot be removed, and there is no other."), true);
    bool accepted = false;
    const QString name
        = QInputDialog::getItem(parentWidget(), tr("Remove a profile"), tr("Remove (moved to the trash, with its database):"), others, 0, false, &accepted);
    if (!accepted)
        return;
    QString error;
    if (!m_library.remove(name, &error))
        return emit message(error, true);
    emit message(tr("Profile %1 moved to the trash").arg(name), false);
}

void ProfileMenu::importArchive()
{
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Import a profile"), {}, tr("Profile archive (*.zip)"));
    if (!path.isEmpty())
        importFrom(path, QFileInfo(path).completeBaseName());
}

void ProfileMenu::importFolder()
{
    const QString path = QFileDialog::getExistingDirectory(parentWidget(), tr("Import a profile folder"));
    if (!path.isEmpty())
        importFrom(path, QFileInfo(path).fileName());
}

void ProfileMenu::importFrom(const QString &source, const QString &name)
{
    const storage::ProfileLibrary library = m_library;
    auto added = std::make_shared<QString>();
    runLater(
        [library, source, name, added](QString *why) {
            const std::optional<QString> got = library.importFrom(source, name, why);
            if (got)
                *added = *got;
            return got.has_value();
        },
        [this, source, added](bool ok, const QString &why) {
            if (!ok)
                return emit message(tr("Nothing was imported: %1").arg(why), true);
            emit message(tr("Profile %1 imported from %2; switch to it in this menu (stream keys are not in an archive: paste them again in Destinations).")
                             .arg(*added, QDir::toNativeSeparators(source)),
                         false);
        });
}

void ProfileMenu::exportCurrent()
{
    QString path
        = QFileDialog::getSaveFileName(parentWidget(), tr("Export the profile"), currentLabel() + QStringLiteral(".zip"), tr("Profile archive (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    const QString dir = m_library.currentDir();
    runLater([dir, path](QString *why) { return storage::ProfileLibrary::exportTo(dir, path, why); },
             [this, path](bool ok, const QString &why) {
                 if (!ok)
                     return emit message(tr("The profile was not exported: %1").arg(why), true);
                 emit message(tr("Profile exported to %1 (without stream keys)").arg(QDir::toNativeSeparators(path)), false);
             });
}

} // namespace shopcast::app
