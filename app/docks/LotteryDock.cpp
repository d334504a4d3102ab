#include "LotteryDock.hpp"

#include "ScrollingBody.hpp"

#include "interact/LotteryController.hpp"
#include "show/ShowSession.hpp"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shopcast::app {

using interact::LotteryController;

LotteryDock::LotteryDock(show::ShowSession &session, QWidget *parent)
    : QDockWidget(tr("Lottery"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("lotteryDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    const interact::LotteryPreset &p = session.lotteryPreset();
    m_prize = new QLineEdit(p.prize, body);
    m_prize->setObjectName(QStringLiteral("lotteryPrize"));
    m_keyword = new QLineEdit(p.keyword, body);
    m_keyword->setObjectName(QStringLiteral("lotteryKeyword"));
    m_winners = new QSpinBox(body);
    m_winners->setObjectName(QStringLiteral("lotteryWinners"));
    m_winners->setRange(1, 10'000);
    m_winners->setValue(p.winners);
    m_seconds = new QSpinBox(body);
    m_seconds->setObjectName(QStringLiteral("lotterySeconds"));
    m_seconds->setRange(5, 3600);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setValue(int(p.entryWindowMs / 1000));
    m_excludeDays = new QSpinBox(body);
    m_excludeDays->setRange(0, 365);
    m_excludeDays->setValue(p.excludeWinnersDays);
    m_excludeDays->setSpecialValueText(tr("no"));
    m_minComments = new QSpinBox(body);
    m_minComments->setRange(0, 1000);
    m_minComments->setValue(p.minComments);
    m_excludeStaff = new QCheckBox(tr("Staff (broadcaster, moderators) cannot win"), body);
    m_excludeStaff->setChecked(p.excludeStaff);
    form->addRow(tr("Prize:"), m_prize);
    form->addRow(tr("Keyword to enter (口令):"), m_keyword);
    form->addRow(tr("Winners:"), m_winners);
    form->addRow(tr("Entries open for:"), m_seconds);
    form->addRow(tr("Skip winners of the last … days:"), m_excludeDays);
    form->addRow(tr("Comments needed this show:"), m_minComments);
    form->addRow(m_excludeStaff);
    layout->addLayout(form);
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

    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_session.lottery().state() == LotteryController::State::Open)
            m_session.lottery().close();
        else
            openEntries();
    });
    connect(m_draw, &QPushButton::clicked, this, &LotteryDock::drawWinners);
    // The host runs a lottery without the mouse: Ctrl+L opens or closes entries, Ctrl+D draws.
    auto *openKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this, nullptr, nullptr, Qt::ApplicationShortcut);
    connect(openKey, &QShortcut::activated, m_open, &QPushButton::click);
    auto *drawKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this, nullptr, nullptr, Qt::ApplicationShortcut);
    connect(drawKey, &QShortcut::activated, m_draw, &QPushButton::click);
    m_open->setToolTip(tr("Ctrl+L"));
    m_draw->setToolTip(tr("Ctrl+D"));
    connect(m_redraw, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_winnersList->currentRow() >= 0 && !m_session.lottery().redraw(m_winnersList->currentRow(), &error))
            m_state->setText(error);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export winners"), QStringLiteral("winners.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_session.lottery().exportWinnersCsv(path, &error))
            QMessageBox::warning(this, tr("Export winners"), error);
    });
    connect(m_audit, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save audit"), QStringLiteral("lottery-audit.json"), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        const QByteArray data = QJsonDocument(m_session.lottery().audit()).toJson();
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            QMessageBox::warning(this, tr("Save audit"), file.errorString());
    });
    for (QLineEdit *edit : {m_prize, m_keyword})
        connect(edit, &QLineEdit::editingFinished, this, &LotteryDock::savePreset);
    for (QSpinBox *spin : {m_winners, m_seconds, m_excludeDays, m_minComments})
        connect(spin, &QSpinBox::valueChanged, this, &LotteryDock::savePreset);
    connect(m_excludeStaff, &QCheckBox::toggled, this, &LotteryDock::savePreset);
    connect(&m_session.lottery(), &LotteryController::changed, this, &LotteryDock::refresh);
    refresh();
}

void LotteryDock::savePreset()
{
    interact::LotteryPreset p = m_session.lotteryPreset();
    p.prize = m_prize->text().trimmed();
    p.keyword = m_keyword->text().trimmed();
    p.winners = m_winners->value();
    p.entryWindowMs = qint64(m_seconds->value()) * 1000;
    p.excludeWinnersDays = m_excludeDays->value();
    p.minComments = m_minComments->value();
    p.excludeStaff = m_excludeStaff->isChecked();
    m_session.setLotteryPreset(p);
}

bool LotteryDock::openEntries()
{
    savePreset();
    QString error;
    if (!m_session.lottery().open(m_session.lotteryPreset(), &error)) {
        m_state->setText(error);
        return false;
    }
    return true;
}

bool LotteryDock::drawWinners()
{
    QString error;
    if (!m_session.lottery().draw(&error)) {
        m_state->setText(error);
        return false;
    }
    return true;
}

void LotteryDock::refresh()
{
    const LotteryController &l = m_session.lottery();
    const bool open = l.state() == LotteryController::State::Open;
    m_open->setText(open ? tr("Close entries") : tr("Open entries"));
    m_draw->setEnabled(l.state() == LotteryController::State::Open || l.state() == LotteryController::State::Closed);
    m_redraw->setEnabled(l.state() == LotteryController::State::Drawn);
    m_export->setEnabled(l.state() == LotteryController::State::Drawn);
    m_audit->setEnabled(l.state() == LotteryController::State::Drawn);
    switch (l.state()) {
    case LotteryController::State::Idle:
        m_state->setText(tr("No lottery running."));
        break;
    case LotteryController::State::Open:
        m_state->setText(tr("Open: %n entrant(s), %1 s left.\nCommitment (SHA-256 of the seed): %2", nullptr, l.entrantCount())
                             .arg((l.remainingMs() + 999) / 1000)
                             .arg(l.commitment()));
        break;
    case LotteryController::State::Closed:
        m_state->setText(tr("Closed with %n entrant(s): draw now.", nullptr, l.entrantCount()));
        break;
    case LotteryController::State::Drawn:
        m_state->setText(tr("Drawn from %n entrant(s). Seed: %1", nullptr, l.entrantCount()).arg(l.audit().value(QStringLiteral("seed")).toString()));
        break;
    }
    m_winnersList->clear();
    for (const LotteryController::Entrant &w : l.winners())
        m_winnersList->addItem(QStringLiteral("%1 (%2)").arg(w.userName, w.platform));
}

} // namespace shopcast::app
