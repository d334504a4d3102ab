#include "PlanEditorDock.hpp"
#include "widgets/TonedText.hpp"
#include "ScrollingBody.hpp"

#include "PlanTimeBar.hpp"
#include "dialogs/SlotPresetDialog.hpp"

#include "catalog/LineupModel.hpp"
#include "rundown/PlanGenerator.hpp"
#include "rundown/PlanTableModel.hpp"
#include "show/PlanRepository.hpp"
#include "show/RundownSession.hpp"

#include "style/Tones.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcast::app {

using namespace shopcast::rundown;

PlanEditorDock::PlanEditorDock(PlanTableModel &model, show::RundownSession &session, show::PlanRepository &plans, catalog::LineupModel &lineup, QWidget *parent)
    : QDockWidget(tr("Show plan"), parent)
    , m_model(model)
    , m_session(session)
    , m_plans(plans)
    , m_lineup(lineup)
{
    setObjectName(QStringLiteral("planDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);

    auto *top = new QHBoxLayout;
    m_title = new QLineEdit(body);
    m_title->setPlaceholderText(tr("Show title"));
    m_rule = new QComboBox(body);
    m_rule->setObjectName(QStringLiteral("planRule"));
    m_rule->addItem(tr("322 (3 min · 2 products · 2 min)"), QStringLiteral("322"));
    m_rule->addItem(tr("332 (3 min · 3 products · 2 min)"), QStringLiteral("332"));
    m_rule->addItem(tr("Custom"), QStringLiteral("custom"));
    auto spin = [body](int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(body);
        s->setRange(min, max);
        s->setSuffix(suffix);
        return s;
    };
    m_pitch = spin(10, 3600, tr(" s pitch"));
    m_block = spin(1, 50, tr(" per block"));
    m_interlude = spin(10, 3600, tr(" s interlude"));
    m_length = spin(0, 24 * 60, tr(" min show"));
    m_length->setSpecialValueText(tr("no length"));
    top->addWidget(m_title, 1);
    top->addWidget(m_rule);
    for (QSpinBox *s : {m_pitch, m_block, m_interlude, m_length})
        top->addWidget(s);
    layout->addLayout(top);

    layout->addWidget(new PlanTimeBar(m_model, body));
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->horizontalHeader()->setSectionResizeMode(PlanTableModel::Notes, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PlanTableModel::Countdown, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PlanTableModel::Preset, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_violations = new QLabel(body);
    m_violations->setObjectName(QStringLiteral("planViolations"));
    m_violations->setWordWrap(true);
    layout->addWidget(m_violations);

    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(body);
    add->setText(tr("Add slot"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (const QString &id : SlotKinds::allIds()) {
        const SlotKind kind = *SlotKinds::fromId(id);
        menu->addAction(SlotKinds::label(kind), this, [this, kind] {
            const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + 1 : -1;
            m_model.addSlot(kind, row);
        });
    }
    add->setMenu(menu);
    auto *remove = new QPushButton(tr("Remove"), body);
    auto *up = new QPushButton(tr("▲"), body);
    auto *down = new QPushButton(tr("▼"), body);
    auto *preset = new QPushButton(tr("Lottery / poll…"), body);
    preset->setObjectName(QStringLiteral("planSlotPreset"));
    preset->setToolTip(tr("What the selected lottery or poll slot opens when the rhythm timer reaches it"));
    auto *generate = new QPushButton(tr("Generate from lineup"), body);
    generate->setObjectName(QStringLiteral("planGenerate"));
    auto *importButton = new QPushButton(tr("Import…"), body);
    auto *exportButton = new QPushButton(tr("Export…"), body);
    auto *use = new QPushButton(tr("Use for the show"), body);
    use->setObjectName(QStringLiteral("planUse"));
    use->setStyleSheet(QStringLiteral("font-weight:bold"));
    buttons->addWidget(add);
    for (QPushButton *b : {remove, up, down, preset, generate, importButton, exportButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(use);
    layout->addLayout(buttons);
    // The editor is wide (its table and the rule's figures); on a small
    // screen it scrolls rather than widening the window.
    setScrollingBody(this, body);

    connect(remove, &QPushButton::clicked, this, [this] { m_model.removeSlot(m_table->currentIndex().row()); });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (m_model.moveSlot(row, row - 1))
            m_table->selectRow(row - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (m_model.moveSlot(row, row + 1))
            m_table->selectRow(row + 1);
    });
    connect(preset, &QPushButton::clicked, this, &PlanEditorDock::editSlotPreset);
    connect(generate, &QPushButton::clicked, this, &PlanEditorDock::generate);
    connect(importButton, &QPushButton::clicked, this, &PlanEditorDock::importPlan);
    connect(exportButton, &QPushButton::clicked, this, &PlanEditorDock::exportPlan);
    connect(use, &QPushButton::clicked, this, &PlanEditorDock::useForShow);
    connect(m_title, &QLineEdit::textEdited, &m_model, &PlanTableModel::setTitle);
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        const QString name = m_rule->currentData().toString();
        if (name == QLatin1String("322"))
            m_model.setRule(RhythmRule::preset322());
        else if (name == QLatin1String("332"))
            m_model.setRule(RhythmRule::preset332());
        else
            applyRuleFromControls();
        syncRuleControls();
    });
    for (QSpinBox *s : {m_pitch, m_block, m_interlude})
        connect(s, &QSpinBox::valueChanged, this, &PlanEditorDock::applyRuleFromControls);
    connect(m_length, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_model.setPlannedLength(minutes > 0 ? std::optional<qint64>(qint64(minutes) * 60'000) : std::nullopt); });
    connect(&m_model, &PlanTableModel::planEdited, this, &PlanEditorDock::showViolations);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &PlanEditorDock::syncRuleControls);
    connect(&m_model, &PlanTableModel::editRejected, m_violations, &QLabel::setText);
    syncRuleControls();
    showViolations();
}

void PlanEditorDock::syncRuleControls()
{
    const ShowPlan &plan = m_model.plan();
    const QSignalBlocker b1(m_rule), b2(m_pitch), b3(m_block), b4(m_interlude), b5(m_length), b6(m_title);
    m_title->setText(plan.title);
    const int index = m_rule->findData(plan.rule.name);
    m_rule->setCurrentIndex(index >= 0 ? index : m_rule->findData(QStringLiteral("custom")));
    m_pitch->setValue(int(plan.rule.maxPitchMs / 1000));
    m_block->setValue(plan.rule.productsPerBlock);
    m_interlude->setValue(int(plan.rule.interludeMs / 1000));
    m_length->setValue(int(plan.plannedLengthMs.value_or(0) / 60'000));
    const bool custom = m_rule->currentData().toString() == QLatin1String("custom");
    for (QSpinBox *s : {m_pitch, m_block, m_interlude})
        s->setEnabled(custom);
}

void PlanEditorDock::applyRuleFromControls()
{
    if (m_rule->currentData().toString() != QLatin1String("custom"))
        return;
    RhythmRule rule = m_model.plan().rule;
    rule.name = QStringLiteral("custom");
    rule.maxPitchMs = qint64(m_pitch->value()) * 1000;
    rule.productsPerBlock = m_block->value();
    rule.interludeMs = qint64(m_interlude->value()) * 1000;
    m_model.setRule(rule);
}

void PlanEditorDock::showViolations()
{
    const auto &violations = m_model.violations();
    if (violations.isEmpty()) {
        TonedText::apply(m_violations, style::Tone::Success);
        m_violations->setText(m_model.rowCount() == 0 ? tr("The plan is empty.") : tr("✔ The plan follows the %1 rule.").arg(m_model.plan().rule.name));
        return;
    }
    QStringList lines;
    for (const PlanViolation &v : violations)
        lines.append(QStringLiteral("• ") + v.message);
    TonedText::apply(m_violations, style::Tone::Danger);
    m_violations->setText(lines.join(QLatin1Char('\n')));
}

void PlanEditorDock::generate()
{
    QStringList skus;
    for (int r = 0; r < m_lineup.rowCount(); ++r)
        skus.append(m_lineup.productAt(r).sku);
    if (skus.isEmpty()) {
        m_violations->setText(tr("The lineup is empty: add products to the lineup first."));
        return;
    }
    m_model.setPlan(PlanGenerator::generate(skus, m_model.plan().rule, {m_title->text(), 300'000, 180'000}));
}

void PlanEditorDock::importPlan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import show plan"), {}, tr("Show plans (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const auto plan = ShowPlan::load(path, &error);
    if (!plan) {
        // The plan being edited stays as it was.
        QMessageBox::warning(this, tr("Import show plan"), error);
        return;
    }
    m_model.setPlan(*plan);
}

void PlanEditorDock::exportPlan()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export show plan"), QStringLiteral("show-plan.json"), tr("Show plans (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_model.plan().save(path, &error))
        QMessageBox::warning(this, tr("Export show plan"), error);
}

void PlanEditorDock::useForShow()
{
    const auto state = m_session.clock().state();
    if (state.started && !state.finished) {
        const auto answer = QMessageBox::question(this, tr("Show plan"), tr("The show is running on the current plan. Replace it and start over?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_plans.save(m_model.plan());
    m_session.setPlan(m_model.plan());
}

void PlanEditorDock::editSlotPreset()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model.plan().slotList.size())
        return;
    const rundown::PlanSlot &slot = m_model.plan().slotList.at(row);
    if (slot.kind != SlotKind::Lottery && slot.kind != SlotKind::Poll) {
        m_violations->setText(tr("Select a lottery or poll slot to set what it opens."));
        return;
    }
    SlotPresetDialog dialog(slot.kind, slot.preset, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model.setSlotPreset(row, dialog.preset());
}

} // namespace shopcast::app
