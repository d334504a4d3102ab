#include "CollectionMenu.hpp"

#include "dialogs/ObsImportDialog.hpp"

#include "assembly/StudioCore.hpp"
#include "broadcast/CollectionLibrary.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace shopcast::app {

CollectionMenu::CollectionMenu(assembly::StudioCore &studio, QWidget *parent)
    : QMenu(tr("Scene &Collection"), parent)
    , m_studio(studio)
{
    setObjectName(QStringLiteral("collectionMenu"));
    connect(this, &QMenu::aboutToShow, this, &CollectionMenu::rebuild);
    rebuild();
}

void CollectionMenu::rebuild()
{
    clear();
    addAction(tr("&New…"), this, [this] { create(false); });
    addAction(tr("&Duplicate…"), this, [this] { create(true); });
    addAction(tr("&Rename…"), this, &CollectionMenu::renameCurrent);
    addAction(tr("Re&move…"), this, &CollectionMenu::removeOne);
    addSeparator();
    addAction(tr("Import an &OBS scene collection…"), this, &CollectionMenu::importObs);
    addAction(tr("&Import…"), this, &CollectionMenu::importFile);
    addAction(tr("&Export…"), this, &CollectionMenu::exportCurrent);
    addSeparator();
    auto *group = new QActionGroup(this);
    for (const QString &name : m_studio.collections().names()) {
        QAction *a = addAction(name);
        a->setCheckable(true);
        a->setChecked(name == m_studio.collections().current());
        a->setObjectName(QStringLiteral("collection:") + name);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            QString error;
            report(m_studio.switchCollection(name, &error), tr("Scene collection: %1").arg(name), error);
            rebuild(); // the check follows what is current, switched or not
        });
    }
}

void CollectionMenu::report(bool ok, const QString &done, const QString &error)
{
    if (ok)
        emit message(done, false);
    else
        emit message(error, true);
}

void CollectionMenu::create(bool duplicate)
{
    const QString current = m_studio.collections().current();
    bool accepted = false;
    const QString name = QInputDialog::getText(parentWidget(), duplicate ? tr("Duplicate the scene collection") : tr("New scene collection"), tr("Name:"),
                                               QLineEdit::Normal, m_studio.collections().uniqueName(duplicate ? current : tr("Scenes")), &accepted);
    if (!accepted)
        return;
    QString error;
    QString added;
    std::optional<broadcast::SceneCollection> content;
    if (duplicate) {
        if (!m_studio.saveScenes(&error))
            return report(false, {}, error);
        content = m_studio.engine().scenes().collection();
    }
    report(m_studio.addCollection(name, content, true, &added, &error), tr("Scene collection: %1").arg(added), error);
}

void CollectionMenu::renameCurrent()
{
    const QString current = m_studio.collections().current();
    bool accepted = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Rename the scene collection"), tr("Name:"), QLineEdit::Normal, current, &accepted);
    if (!accepted)
        return;
    QString error;
    report(m_studio.renameCollection(current, name, &error), tr("Scene collection: %1").arg(name.trimmed()), error);
}

void CollectionMenu::removeOne()
{
    QStringList others = m_studio.collections().names();
    others.removeAll(m_studio.collections().current());
    if (others.isEmpty())
        return report(false, {}, tr("The scene collection in use cannot be removed, and there is no other."));
    bool accepted = false;
    const QString name
        = QInputDialog::getItem(parentWidget(), tr("Remove a scene collection"), tr("Remove (its scenes are deleted):"), others, 0, false, &accepted);
    if (!accepted)
        return;
    QString error;
    report(m_studio.removeCollection(name, &error), tr("Scene collection %1 removed").arg(name), error);
}

void CollectionMenu::importObs()
{
    ObsImportDialog dialog(broadcast::SceneCollectionImport::obsConfigDir(), parentWidget());
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return;
    QString error;
    QString added;
    report(m_studio.addCollection(dialog.name(), dialog.result()->collection, true, &added, &error),
           tr("The OBS scenes are the scene collection %1").arg(added), tr("The OBS scenes were not used: %1").arg(error));
}

void CollectionMenu::importFile()
{
    const QString path = QFileDialog::getOpenFileName(parentWidget(), tr("Import a scene collection"), {}, tr("Scene collection (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly) || file.size() > broadcast::SceneCollectionImport::kMaxFileBytes)
        return report(false, {}, tr("%1 cannot be read: %2").arg(path, file.isOpen() ? tr("too big") : file.errorString()));
    std::optional<broadcast::SceneCollection> collection = broadcast::SceneCollection::fromJson(file.readAll(), &error);
    if (!collection)
        return report(false, {},
                      tr("%1 is not a scene collection of this studio (%2); an OBS one is imported with Import an OBS scene collection.")
                          .arg(QDir::toNativeSeparators(path), error));
    QString added;
    report(m_studio.addCollection(QFileInfo(path).completeBaseName(), collection, true, &added, &error), tr("Scene collection: %1").arg(added), error);
}

void CollectionMenu::exportCurrent()
{
    const QString current = m_studio.collections().current();
    const QString path
        = QFileDialog::getSaveFileName(parentWidget(), tr("Export the scene collection"), current + QStringLiteral(".json"), tr("Scene collection (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_studio.saveScenes(&error))
        return report(false, {}, error);
    QFile::remove(path);
    const bool ok = QFile::copy(m_studio.collections().pathOf(current), path);
    report(ok, tr("Exported to %1").arg(QDir::toNativeSeparators(path)), tr("%1 cannot be written").arg(QDir::toNativeSeparators(path)));
}

} // namespace shopcast::app
