#include "LotteryDock.hpp"

#include "actions/ActionRegistry.hpp"

#include "ScrollingBody.hpp"
#include "widgets/LotteryPresetForm.hpp"

#include "interact/LotteryController.hpp"
#include "interact/LotteryPreset.hpp"
#include "show/InteractionRoom.hpp"

#include "chat/Platforms.hpp"
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace shopcast::app {

using interact::LotteryController;

LotteryDock::LotteryDock(show::InteractionRoom &room, actions::ActionRegistry &actions, QWidget *parent)
    : QDockWidget(tr("Lottery"), parent)
    , m_room(room)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("lotteryDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_form = new LotteryPresetForm(body);
    m_form->setPreset(room.lotteryPreset());
    layout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    m_open = new QPushButton(body);
    m_open->setObjectName(QStringLiteral("lotteryOpen"));
    m_draw = new QPushButton(tr("Draw"), body);
    m_draw->setObjectName(QStringLiteral("lotteryDraw"));
    buttons->addWidget(m_open);
    buttons->addWidget(m_draw);
    layout->addLayout(buttons);
    m_state = new QLabel(body);
    m_state->setObjectName(QStringLiteral("lotteryState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    m_winnersList = new QListWidget(body);
    m_winnersList->setObjectName(QStringLiteral("lotteryWinnersList"));
    layout->addWidget(m_winnersList, 1);
    auto *after = new QHBoxLayout;
    m_redraw = new QPushButton(tr("Redraw selected"), body);
    m_redraw->setToolTip(tr("The selected winner did not claim the prize: the next in the same draw order wins (logged)"));
    m_export = new QPushButton(tr("Export winners…"), body);
    m_audit = new QPushButton(tr("Save audit…"), body);
    for (QPushButton *b : {m_redraw, m_export, m_audit})
        after->addWidget(b);
    layout->addLayout(after);
    setScrollingBody(this, body);

    // Open/close and draw go through the registry (as Ctrl+L, Ctrl+D and a producer's remote do).
    connect(m_open, &QPushButton::clicked, this, &LotteryDock::toggleEntries);
    connect(m_draw, &QPushButton::clicked, this, &LotteryDock::drawWinners);
    connect(m_redraw, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_winnersList->currentRow() >= 0 && !m_room.lottery().redraw(m_winnersList->currentRow(), &error))
            m_state->setText(error);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export winners"), QStringLiteral("winners.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_room.lottery().exportWinnersCsv(path, &error))
            QMessageBox::warning(this, tr("Export winners"), error);
    });
    connect(m_audit, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save audit"), QStringLiteral("lottery-audit.json"), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        const QByteArray data = QJsonDocument(m_room.lottery().audit()).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            QMessageBox::warning(this, tr("Save audit"), file.errorString());
    });
    connect(m_form, &LotteryPresetForm::edited, this, &LotteryDock::savePreset);
    connect(&m_room.lottery(), &LotteryController::changed, this, &LotteryDock::refresh);
    refresh();
}

void LotteryDock::savePreset()
{
    m_room.setLotteryPreset(m_form->preset(m_room.lotteryPreset()));
}

bool LotteryDock::toggleEntries()
{
    if (m_room.lottery().state() != LotteryController::State::Open)
        savePreset(); // what the form shows is what opens
    return invoke(QStringLiteral("lottery.open"));
}

bool LotteryDock::drawWinners()
{
    return invoke(QStringLiteral("lottery.draw"));
}

bool LotteryDock::invoke(const QString &id)
{
    const actions::ActionResult result = m_actions.invoke(id, actions::Origin::Dock);
    if (!result.ok)
        m_state->setText(result.error);
    return result.ok;
}

void LotteryDock::refresh()
{
    const LotteryController &l = m_room.lottery();
    const bool open = l.state() == LotteryController::State::Open;
    m_open->setText(open ? tr("Close entries") : tr("Open entries"));
    m_draw->setEnabled(l.state() == LotteryController::State::Open || l.state() == LotteryController::State::Closed);
    m_redraw->setEnabled(l.state() == LotteryController::State::Drawn);
    m_export->setEnabled(l.state() == LotteryController::State::Drawn);
    m_audit->setEnabled(l.state() == LotteryController::State::Drawn);
    switch (l.state()) {
    case LotteryController::State::Idle: m_state->setText(tr("No lottery running.")); break;
    case LotteryController::State::Open:
        m_state->setText(tr("Open: %n entrant(s), %1 s left.\nCommitment (SHA-256 of the seed): %2", nullptr, l.entrantCount())
                             .arg((l.remainingMs() + 999) / 1000)
                             .arg(l.commitment()));
        break;
    case LotteryController::State::Closed: m_state->setText(tr("Closed with %n entrant(s): draw now.", nullptr, l.entrantCount())); break;
    case LotteryController::State::Drawing: m_state->setText(tr("Drawing from %n entrant(s)…", nullptr, l.entrantCount())); break;
    case LotteryController::State::Drawn:
        m_state->setText(tr("Drawn from %n entrant(s). Seed: %1", nullptr, l.entrantCount()).arg(l.audit().value(QStringLiteral("seed")).toString()));
        break;
    }
    m_winnersList->clear();
    for (const LotteryController::Entrant &w : l.winners())
        m_winnersList->addItem(QStringLiteral("%1 (%2)").arg(w.userName, chat::Platforms::label(w.platform)));
}

} // namespace shopcast::app
