#include "EditMenu.hpp"

#include "HotkeyMap.hpp"

#include "actions/ActionRegistry.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QShortcut>

namespace shopcast::app {

namespace {
const QString kUndo = QStringLiteral("scene.undo");
const QString kRedo = QStringLiteral("scene.redo");
} // namespace

EditMenu::EditMenu(broadcast::SceneEditor &scenes, actions::ActionRegistry &registry, HotkeyMap &hotkeys, QWidget *window)
    : QMenu(tr("&Edit"), window)
    , m_scenes(scenes)
    , m_hotkeys(hotkeys)
{
    // No shortcut on the menu entries themselves: the hotkey map owns the
    // keys, and a second shortcut on the same keys would make both ambiguous.
    m_undo = addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), this, [&registry] { registry.invoke(kUndo, actions::Origin::Menu); });
    m_redo = addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), QString(), this, [&registry] { registry.invoke(kRedo, actions::Origin::Menu); });
    const QKeySequence alternative(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (hotkeys.conflict(kRedo, alternative).isEmpty()) {
        auto *redoAlso = new QShortcut(alternative, window, nullptr, nullptr, Qt::ApplicationShortcut);
        redoAlso->setObjectName(QStringLiteral("hotkey:scene.redo:alternative"));
        connect(redoAlso, &QShortcut::activated, this, [&registry] { registry.invoke(kRedo, actions::Origin::Hotkey); });
    }
    connect(&scenes, &broadcast::SceneEditor::historyChanged, this, &EditMenu::refresh);
    connect(&hotkeys, &HotkeyMap::changed, this, &EditMenu::refresh);
    refresh();
}

void EditMenu::refresh()
{
    // The text after a tab is drawn where a menu shows an entry's keys.
    const auto keysOf = [this](const QString &id) {
        const QKeySequence keys = m_hotkeys.keys(id);
        return keys.isEmpty() ? QString() : QLatin1Char('\t') + keys.toString(QKeySequence::NativeText);
    };
    const QString undoStep = m_scenes.undoLabel();
    const QString redoStep = m_scenes.redoLabel();
    m_undo->setText((undoStep.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoStep)) + keysOf(kUndo));
    m_redo->setText((redoStep.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoStep)) + keysOf(kRedo));
    m_undo->setEnabled(m_scenes.canUndo());
    m_redo->setEnabled(m_scenes.canRedo());
}

} // namespace shopcast::app
