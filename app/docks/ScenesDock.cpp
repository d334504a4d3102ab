#include "ScenesDock.hpp"

#include "broadcast/SceneEditor.hpp"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcast::app {

ScenesDock::ScenesDock(broadcast::SceneEditor &scenes, QWidget *parent)
    : QDockWidget(tr("Scenes"), parent)
    , m_scenes(scenes)
{
    setObjectName(QStringLiteral("scenesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(body);
    m_list->setObjectName(QStringLiteral("sceneList"));
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(body);
    add->setText(QStringLiteral("+"));
    add->setToolTip(tr("Add scene"));
    auto *remove = new QToolButton(body);
    remove->setText(QStringLiteral("−"));
    remove->setToolTip(tr("Remove scene"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(body);

    connect(add, &QToolButton::clicked, this, &ScenesDock::addScene);
    connect(remove, &QToolButton::clicked, this, &ScenesDock::removeScene);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty() || name == m_scenes.collection().currentScene())
            return;
        QString error;
        if (!m_scenes.setCurrentScene(name, &error))
            QMessageBox::warning(this, tr("Scenes"), error);
    });
    connect(&m_scenes, &broadcast::SceneEditor::collectionChanged, this, &ScenesDock::refresh);
    refresh();
}

void ScenesDock::refresh()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const auto &scene : m_scenes.collection().scenes()) {
        m_list->addItem(scene.name);
        if (scene.name == m_scenes.collection().currentScene())
            m_list->setCurrentRow(m_list->count() - 1);
    }
}

void ScenesDock::addScene()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add scene"), tr("Scene name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_scenes.addScene(name.trimmed(), &error))
        QMessageBox::warning(this, tr("Add scene"), error);
}

void ScenesDock::removeScene()
{
    auto *item = m_list->currentItem();
    if (!item)
        return;
    QString error;
    if (!m_scenes.removeScene(item->text(), &error))
        QMessageBox::warning(this, tr("Remove scene"), error);
}

} // namespace shopcast::app
