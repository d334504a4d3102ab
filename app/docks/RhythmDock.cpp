#include "RhythmDock.hpp"
#include "widgets/TonedText.hpp"
#include "ScrollingBody.hpp"

#include "actions/ActionRegistry.hpp"
#include "rundown/PlanTableModel.hpp"
#include "show/RundownSession.hpp"

#include "style/Tones.hpp"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopcast::app {

using rundown::PlanTableModel;
using rundown::RhythmClock;
using rundown::SlotKinds;

namespace {

// Large enough to read from the host's chair, small enough that the panel
// leaves room for the comments below it on a 768-pixel screen.
constexpr int kCountdownPx = 44;

QString levelName(RhythmClock::Level level)
{
    switch (level) {
    case RhythmClock::Level::Normal: return QStringLiteral("normal");
    case RhythmClock::Level::Amber: return QStringLiteral("amber");
    case RhythmClock::Level::Red: return QStringLiteral("red");
    }
    return {};
}

// The dock refreshes five times a second; setting a style sheet, even the
// same one, re-polishes the widget and re-lays out the window around it.
void setSheet(QWidget *widget, const QString &css)
{
    if (widget->styleSheet() != css)
        widget->setStyleSheet(css);
}

QString levelColour(RhythmClock::Level level)
{
    switch (level) {
    case RhythmClock::Level::Normal: return QStringLiteral("#2e7d32");
    case RhythmClock::Level::Amber: return QStringLiteral("#f9a825");
    case RhythmClock::Level::Red: return QStringLiteral("#c62828");
    }
    return {};
}

} // namespace

RhythmDock::RhythmDock(show::RundownSession &session, actions::ActionRegistry &actions, QWidget *parent)
    : QDockWidget(tr("Rhythm"), parent)
    , m_session(session)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("rhythmDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_slot = new QLabel(body);
    m_slot->setObjectName(QStringLiteral("rhythmSlot"));
    m_slot->setWordWrap(true);
    m_slot->setStyleSheet(QStringLiteral("font-size:18px;font-weight:bold"));
    m_countdown = new QLabel(body);
    m_countdown->setObjectName(QStringLiteral("rhythmCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(body);
    m_progress->setObjectName(QStringLiteral("rhythmProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMinimumHeight(22);
    m_cue = new QLabel(body);
    m_cue->setObjectName(QStringLiteral("rhythmCue"));
    m_cue->setAlignment(Qt::AlignCenter);
    m_cue->setStyleSheet(QStringLiteral("background:#bf360c;color:white;font-size:18px;font-weight:bold;padding:6px;border-radius:4px"));
    m_next = new QLabel(body);
    m_next->setWordWrap(true);
    m_show = new QLabel(body);
    m_show->setWordWrap(true);
    m_show->setObjectName(QStringLiteral("rhythmShow"));
    layout->addWidget(m_slot);
    layout->addWidget(m_countdown);
    layout->addWidget(m_progress);
    layout->addWidget(m_cue);
    layout->addWidget(m_next);
    layout->addWidget(m_show);

    // Two by two: the left column of a 1366-pixel screen is about 340 pixels.
    auto *buttons = new QGridLayout;
    m_start = new QPushButton(tr("Start timer"), body);
    m_start->setToolTip(tr("Starts the plan's first slot (and the show, if it is not running yet)"));
    m_start->setObjectName(QStringLiteral("rhythmStart"));
    auto *back = new QPushButton(tr("◀ Back"), body);
    m_pause = new QPushButton(tr("Pause"), body);
    auto *advance = new QPushButton(tr("Advance ▶"), body);
    advance->setObjectName(QStringLiteral("rhythmAdvance"));
    m_auto = new QCheckBox(tr("Auto-advance"), body);
    buttons->addWidget(m_start, 0, 0);
    buttons->addWidget(m_pause, 0, 1);
    buttons->addWidget(back, 1, 0);
    buttons->addWidget(advance, 1, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_auto); // its own line: the column is narrow on a laptop
    m_refused = new QLabel(body);
    m_refused->setObjectName(QStringLiteral("rhythmRefused"));
    m_refused->setWordWrap(true);
    layout->addWidget(m_refused);
    layout->addStretch();
    setScrollingBody(this, body);

    connect(m_start, &QPushButton::clicked, this, [this] { invoke(QStringLiteral("rhythm.start")); });
    connect(back, &QPushButton::clicked, this, [this] { invoke(QStringLiteral("rhythm.back")); });
    connect(advance, &QPushButton::clicked, this, [this] { invoke(QStringLiteral("rhythm.advance")); });
    connect(m_pause, &QPushButton::clicked, this, [this] { invoke(QStringLiteral("rhythm.pause")); });
    connect(m_auto, &QCheckBox::toggled, this, [this](bool on) { m_session.clock().setAutoAdvance(on); });
    connect(&m_session, &show::RundownSession::stateChanged, this, &RhythmDock::refresh);
    connect(&m_session, &show::RundownSession::planChanged, this, [this] { m_auto->setChecked(m_session.clock().autoAdvance()); });
    refresh();
}

void RhythmDock::invoke(const QString &id)
{
    const actions::ActionResult result = m_actions.invoke(id, actions::Origin::Dock);
    m_refused->setText(result.ok ? QString() : result.error);
    refresh();
}

void RhythmDock::refresh()
{
    const RhythmClock &clock = m_session.clock();
    const RhythmClock::State s = clock.state();
    const rundown::ShowPlan &plan = clock.plan();
    m_start->setEnabled(!s.started && !plan.slotList.isEmpty());
    m_pause->setText(s.paused ? tr("Resume") : tr("Pause"));

    if (!s.started || s.finished) {
        // The plan can run out while the host is still live: it is the plan that ended.
        m_slot->setText(s.finished                ? tr("Plan finished: the show goes on until you end it")
                        : plan.slotList.isEmpty() ? tr("No show plan: make one in the Plan dock")
                                                  : tr("Ready: %1").arg(plan.title));
        m_countdown->setText(PlanTableModel::formatDuration(s.finished ? s.showElapsedMs : plan.totalPlannedMs()));
        // Muted, not dark grey: it must read on the dark theme too.
        TonedText::apply(m_countdown, style::Tone::Muted, QStringLiteral("font-size:%1px;font-weight:bold").arg(kCountdownPx));
        m_progress->setValue(s.finished ? 1000 : 0);
        m_progress->setProperty("level", QStringLiteral("normal"));
        setSheet(m_progress, QString());
        m_cue->hide();
        m_next->clear();
        m_show->setText(s.finished ? tr("Show %1, plan %2 (%3)")
                                         .arg(PlanTableModel::formatDuration(s.showElapsedMs), PlanTableModel::formatDuration(plan.totalPlannedMs()),
                                              s.behindMs > 0 ? tr("over by %1").arg(PlanTableModel::formatDuration(s.behindMs))
                                                             : tr("under by %1").arg(PlanTableModel::formatDuration(-s.behindMs)))
                                   : QString());
        return;
    }
    const rundown::PlanSlot &slot = plan.slotList.at(s.slotIndex);
    QString what = SlotKinds::label(slot.kind);
    if (!slot.sku.isEmpty())
        what += QStringLiteral(" · ") + slot.sku;
    m_slot->setText(
        tr("Slot %1/%2 · %3%4").arg(s.slotIndex + 1).arg(plan.slotList.size()).arg(what, slot.notes.isEmpty() ? QString() : QStringLiteral("\n") + slot.notes));
    const QString colour = levelColour(s.level);
    if (s.overrunMs > 0)
        m_countdown->setText(QStringLiteral("+") + PlanTableModel::formatDuration(s.overrunMs));
    else
        m_countdown->setText(PlanTableModel::formatDuration(s.remainingMs + 999));
    const QString countdownCss = QStringLiteral("font-size:%1px;font-weight:bold").arg(kCountdownPx);
    if (s.overrunMs > 0) {
        TonedText::apply(m_countdown, style::Tone::Danger, countdownCss);
    } else if (m_countdown->styleSheet() != countdownCss) {
        TonedText::clear(m_countdown); // the palette's own text colour, whatever the theme
        m_countdown->setStyleSheet(countdownCss);
    }
    m_progress->setValue(int(std::min<qint64>(1000, s.plannedMs > 0 ? s.elapsedMs * 1000 / s.plannedMs : 0)));
    m_progress->setProperty("level", levelName(s.level));
    setSheet(m_progress, QStringLiteral("QProgressBar{border:1px solid #9e9e9e;border-radius:4px;background:#eeeeee}"
                                        "QProgressBar::chunk{background:%1}")
                             .arg(colour));
    m_cue->setVisible(s.interludeDue || s.interludeNext);
    m_cue->setText(s.interludeDue ? tr("Interlude due: %1 products in a row — lottery or game now").arg(s.productsInARow)
                                  : tr("Interlude after this product (%1 in a row)").arg(s.productsInARow + 1));
    if (s.nextSlotIndex >= 0) {
        const rundown::PlanSlot &next = plan.slotList.at(s.nextSlotIndex);
        m_next->setText(tr("Next: %1%2 (%3)")
                            .arg(SlotKinds::label(next.kind), next.sku.isEmpty() ? QString() : QStringLiteral(" · ") + next.sku,
                                 PlanTableModel::formatDuration(next.plannedMs)));
    } else {
        m_next->setText(tr("Next: end of show"));
    }
    const QString delta
        = s.behindMs > 0 ? tr("<span style='%1'>behind %2</span>").arg(style::Tones::css(style::Tone::Danger), PlanTableModel::formatDuration(s.behindMs))
                         : tr("<span style='%1'>ahead %2</span>").arg(style::Tones::css(style::Tone::Success), PlanTableModel::formatDuration(-s.behindMs));
    m_show->setText(tr("Show %1 of %2 planned · %3%4")
                        .arg(PlanTableModel::formatDuration(s.showElapsedMs), PlanTableModel::formatDuration(plan.totalPlannedMs()), delta,
                             s.paused ? tr(" · <b>PAUSED</b>") : QString()));
}

} // namespace shopcast::app
