#include "CentralView.hpp"

#include "PreviewWidget.hpp"
#include "broadcast/ProgramView.hpp"

#include <algorithm>

#include "actions/ActionRegistry.hpp"
#include "broadcast/PreviewEditController.hpp"
#include "broadcast/StudioMode.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopcast::app {

CentralView::CentralView(broadcast::ProgramView &program, broadcast::StudioMode &studioMode, broadcast::PreviewEditController &editing,
                         broadcast::PreviewEditController &secondEditing, actions::ActionRegistry &actions, QWidget *parent)
    : QWidget(parent)
    , m_programView(program)
    , m_studioMode(studioMode)
    , m_editing(editing)
    , m_secondEditing(secondEditing)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("centralView"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);

    auto *previewColumn = new QVBoxLayout;
    m_previewTitle = new QLabel(tr("Preview"), this);
    m_previewTitle->setAlignment(Qt::AlignCenter);
    m_preview = new PreviewWidget(program, this, {}, &editing);
    connect(m_preview, &PreviewWidget::message, this, &CentralView::message);
    previewColumn->addWidget(m_previewTitle);
    previewColumn->addWidget(m_preview, 1);
    row->addLayout(previewColumn, 1);

    m_transition = new QPushButton(tr("Transition"), this);
    m_transition->setObjectName(QStringLiteral("transitionButton"));
    m_transition->setToolTip(tr("Send the preview on air through the scene transition (Ctrl+T)"));
    connect(m_transition, &QPushButton::clicked, this, [this] {
        const actions::ActionResult result = m_actions.invoke(QStringLiteral("scene.transition"), actions::Origin::Dock);
        if (!result.ok)
            emit message(result.error);
    });
    row->addWidget(m_transition, 0, Qt::AlignVCenter);

    m_programColumn = new QWidget(this);
    auto *programColumn = new QVBoxLayout(m_programColumn);
    programColumn->setContentsMargins(0, 0, 0, 0);
    m_programTitle = new QLabel(tr("Program"), m_programColumn);
    m_programTitle->setAlignment(Qt::AlignCenter);
    programColumn->addWidget(m_programTitle);
    row->addWidget(m_programColumn, 1);

    // The second canvas (a portrait one beside a landscape program) as it goes out.
    m_secondColumn = new QWidget(this);
    auto *secondColumn = new QVBoxLayout(m_secondColumn);
    secondColumn->setContentsMargins(0, 0, 0, 0);
    m_secondTitle = new QLabel(m_secondColumn);
    m_secondTitle->setAlignment(Qt::AlignCenter);
    secondColumn->addWidget(m_secondTitle);
    row->addWidget(m_secondColumn, 0);
    connect(&m_programView, &broadcast::ProgramView::secondCanvasChanged, this, &CentralView::applySecondCanvas);
    applySecondCanvas();

    connect(&m_studioMode, &broadcast::StudioMode::enabledChanged, this, &CentralView::applyStudioMode);
    connect(&m_studioMode, &broadcast::StudioMode::previewSceneChanged, this, &CentralView::showPreviewScene);
    applyStudioMode(m_studioMode.isEnabled());
}

void CentralView::applySecondCanvas()
{
    const std::optional<broadcast::CanvasSpec> canvas = m_programView.secondCanvas();
    delete m_second; // its libobs display goes with it
    m_second = nullptr;
    m_secondColumn->setVisible(canvas.has_value());
    if (!canvas)
        return;
    m_secondTitle->setText(tr("Second canvas %1").arg(canvas->sizeText()));
    m_second = new PreviewWidget(m_programView, m_secondColumn, {}, &m_secondEditing);
    connect(m_second, &PreviewWidget::message, this, &CentralView::message);
    m_second->setObjectName(QStringLiteral("secondCanvasView"));
    m_second->showSecondCanvas();
    // As wide as the canvas' shape needs beside a preview of the window's height.
    m_second->setMinimumWidth(std::clamp(360 * canvas->widthPx / canvas->heightPx, 180, 360));
    static_cast<QVBoxLayout *>(m_secondColumn->layout())->addWidget(m_second, 1);
}

void CentralView::applyStudioMode(bool on)
{
    m_previewTitle->setVisible(on);
    m_transition->setVisible(on);
    m_programColumn->setVisible(on);
    if (on && !m_program) {
        // The program's own view: not editable, the transition as it plays.
        m_program = new PreviewWidget(m_programView, m_programColumn);
        m_program->setObjectName(QStringLiteral("programView"));
        static_cast<QVBoxLayout *>(m_programColumn->layout())->addWidget(m_program, 1);
    } else if (!on && m_program) {
        delete m_program; // its libobs display goes with it
        m_program = nullptr;
    }
    showPreviewScene(m_studioMode.previewScene());
}

void CentralView::showPreviewScene(const QString &scene)
{
    // Out of studio mode the preview draws the program itself (with the
    // cards above the transition); in it, the scene being prepared.
    const QString shown = m_studioMode.isEnabled() ? scene : QString();
    m_preview->showSource(shown);
    m_editing.setScene(shown);
}

} // namespace shopcast::app
