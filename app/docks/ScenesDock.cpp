#include "ScenesDock.hpp"

#include "dialogs/FiltersDialog.hpp"

#include "broadcast/ProgramView.hpp"
#include "broadcast/SceneEditor.hpp"
#include "broadcast/StudioMode.hpp"
#include "broadcast/TransitionCatalog.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QSpinBox>

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcast::app {

ScenesDock::ScenesDock(broadcast::SceneEditor &scenes, broadcast::StudioMode &studioMode, broadcast::ProgramView &program, QWidget *parent)
    : QDockWidget(tr("Scenes"), parent)
    , m_scenes(scenes)
    , m_studioMode(studioMode)
    , m_program(program)
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
    auto *filters = new QToolButton(body);
    filters->setObjectName(QStringLiteral("editSceneFilters"));
    filters->setText(tr("Filters…"));
    filters->setToolTip(tr("Filters of the whole scene: a colour grade, a LUT, sharpen"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(filters);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *transitionRow = new QHBoxLayout;
    m_transition = new QComboBox(body);
    m_transition->setObjectName(QStringLiteral("transition"));
    m_transition->setToolTip(tr("How the program changes to the scene clicked"));
    for (const broadcast::TransitionCatalog::Kind &kind : broadcast::TransitionCatalog::kinds())
        m_transition->addItem(kind.label, kind.id);
    // The longest name ("Stinger (a video over the switch)") would widen the
    // whole bottom row; the list opens full width anyway.
    m_transition->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_transition->setMinimumContentsLength(6);
    m_durationMs = new QSpinBox(body);
    m_durationMs->setObjectName(QStringLiteral("transitionDuration"));
    m_durationMs->setRange(50, broadcast::TransitionSpec::kMaxDurationMs);
    m_durationMs->setSingleStep(50);
    m_durationMs->setSuffix(tr(" ms"));
    m_durationMs->setToolTip(tr("How long the transition takes"));
    transitionRow->addWidget(m_transition, 1);
    transitionRow->addWidget(m_durationMs);
    layout->addLayout(transitionRow);
    setWidget(body);
    connect(m_transition, &QComboBox::activated, this, &ScenesDock::changeTransition);
    connect(m_durationMs, &QSpinBox::editingFinished, this, &ScenesDock::changeTransition);

    connect(add, &QToolButton::clicked, this, &ScenesDock::addScene);
    connect(remove, &QToolButton::clicked, this, &ScenesDock::removeScene);
    connect(filters, &QToolButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            FiltersDialog::open(m_scenes, m_program, item->text(), window());
    });
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty() || name == m_studioMode.previewScene())
            return;
        QString error;
        if (!m_studioMode.setPreviewScene(name, &error))
            QMessageBox::warning(this, tr("Scenes"), error);
    });
    // Which scene the second canvas shows, when there is one.
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QListWidgetItem *item = m_list->itemAt(pos);
        if (!item || !m_program.secondCanvas())
            return;
        QMenu menu(this);
        QAction *show = menu.addAction(tr("Show on the second canvas (%1)").arg(m_program.secondCanvas()->sizeText()));
        show->setObjectName(QStringLiteral("showOnSecondCanvas"));
        show->setEnabled(item->text() != m_scenes.collection().secondCanvasScene());
        const QString name = item->text();
        connect(show, &QAction::triggered, this, [this, name] {
            QString error;
            if (!m_scenes.setSecondCanvasScene(name, &error))
                QMessageBox::warning(this, tr("Scenes"), error);
        });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    connect(&m_program, &broadcast::ProgramView::secondCanvasChanged, this, &ScenesDock::refresh);
    connect(&m_scenes, &broadcast::SceneEditor::collectionChanged, this, &ScenesDock::refresh);
    connect(&m_studioMode, &broadcast::StudioMode::previewSceneChanged, this, &ScenesDock::refresh);
    refresh();
}

void ScenesDock::changeTransition()
{
    broadcast::TransitionSpec spec = m_scenes.collection().transition();
    const QString kind = m_transition->currentData().toString();
    const int durationMs = kind == QLatin1String("cut_transition") ? 0 : m_durationMs->value();
    if (kind == spec.kind && durationMs == spec.durationMs)
        return;
    if (kind == QLatin1String(broadcast::TransitionSpec::kStinger)) {
        // The video first; for a stinger the length is when the scene changes under it.
        QString path = kind == spec.kind ? spec.settings.value(QStringLiteral("path")).toString() : QString();
        if (path.isEmpty())
            path = QFileDialog::getOpenFileName(this, tr("Stinger video"), {}, tr("Videos (*.mp4 *.mov *.webm *.mkv *.flv)"));
        if (path.isEmpty()) {
            refresh(); // cancelled: the choice goes back
            return;
        }
        spec.settings = {{QStringLiteral("path"), path}, {QStringLiteral("transition_point"), durationMs}, {QStringLiteral("hw_decode"), false}};
    } else if (kind != spec.kind) {
        spec.settings = {}; // another kind's settings mean nothing to this one
    }
    spec.kind = kind;
    spec.durationMs = durationMs;
    QString error;
    if (!m_scenes.setTransition(spec, &error))
        QMessageBox::warning(this, tr("Scenes"), error);
}

void ScenesDock::refresh()
{
    {
        const broadcast::TransitionSpec &spec = m_scenes.collection().transition();
        const QSignalBlocker quietKind(m_transition);
        const QSignalBlocker quietLength(m_durationMs);
        int index = m_transition->findData(spec.kind);
        if (index < 0) { // a kind from a plugin or a hand-edited file: shown as its id
            m_transition->addItem(spec.kind, spec.kind);
            index = m_transition->count() - 1;
        }
        m_transition->setCurrentIndex(index);
        m_durationMs->setEnabled(spec.kind != QLatin1String("cut_transition"));
        m_durationMs->setToolTip(spec.kind == QLatin1String(broadcast::TransitionSpec::kStinger) ? tr("When the scene changes under the stinger's video")
                                                                                                 : tr("How long the transition takes"));
        if (spec.durationMs > 0)
            m_durationMs->setValue(spec.durationMs);
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const std::optional<broadcast::CanvasSpec> second = m_program.secondCanvas();
    for (const auto &scene : m_scenes.collection().scenes()) {
        m_list->addItem(scene.name);
        if (second && scene.name == m_scenes.collection().secondCanvasScene()) {
            QListWidgetItem *row = m_list->item(m_list->count() - 1);
            QFont font = row->font();
            font.setItalic(true);
            row->setFont(font);
            row->setToolTip(tr("On the second canvas (%1)").arg(second->sizeText()));
        }
        if (scene.name == m_studioMode.previewScene())
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
