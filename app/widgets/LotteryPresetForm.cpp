#include "LotteryPresetForm.hpp"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace shopcast::app {

LotteryPresetForm::LotteryPresetForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_prize = new QLineEdit(this);
    m_prize->setObjectName(QStringLiteral("lotteryPrize"));
    m_prize->setMaxLength(100);
    m_picture = new QLineEdit(this);
    m_picture->setObjectName(QStringLiteral("lotteryPicture"));
    m_picture->setPlaceholderText(tr("optional: a picture of the prize"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    auto *pictureRow = new QHBoxLayout;
    pictureRow->addWidget(m_picture, 1);
    pictureRow->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Prize picture"), {}, tr("Pictures (*.png *.jpg *.jpeg *.webp)"));
        if (!path.isEmpty()) {
            m_picture->setText(path);
            emit edited();
        }
    });
    m_keyword = new QLineEdit(this);
    m_keyword->setObjectName(QStringLiteral("lotteryKeyword"));
    m_keyword->setMaxLength(20);
    m_winners = new QSpinBox(this);
    m_winners->setObjectName(QStringLiteral("lotteryWinners"));
    m_winners->setRange(1, 10'000);
    m_seconds = new QSpinBox(this);
    m_seconds->setObjectName(QStringLiteral("lotterySeconds"));
    m_seconds->setRange(5, 3600);
    m_seconds->setSuffix(tr(" s"));
    m_excludeDays = new QSpinBox(this);
    m_excludeDays->setRange(0, 365);
    m_excludeDays->setSpecialValueText(tr("no"));
    m_minComments = new QSpinBox(this);
    m_minComments->setRange(0, 1000);
    m_excludeStaff = new QCheckBox(tr("Staff (broadcaster, moderators) cannot win"), this);
    form->addRow(tr("Prize:"), m_prize);
    form->addRow(tr("Prize picture:"), pictureRow);
    form->addRow(tr("Keyword to enter (口令):"), m_keyword);
    form->addRow(tr("Winners:"), m_winners);
    form->addRow(tr("Entries open for:"), m_seconds);
    form->addRow(tr("Skip winners of the last … days:"), m_excludeDays);
    form->addRow(tr("Comments needed this show:"), m_minComments);
    form->addRow(m_excludeStaff);
    setPreset({});
    for (QLineEdit *edit : {m_prize, m_picture, m_keyword})
        connect(edit, &QLineEdit::editingFinished, this, &LotteryPresetForm::edited);
    for (QSpinBox *spin : {m_winners, m_seconds, m_excludeDays, m_minComments})
        connect(spin, &QSpinBox::valueChanged, this, &LotteryPresetForm::edited);
    connect(m_excludeStaff, &QCheckBox::toggled, this, &LotteryPresetForm::edited);
}

void LotteryPresetForm::setPreset(const interact::LotteryPreset &p)
{
    const QSignalBlocker blocker(this);
    m_prize->setText(p.prize);
    m_picture->setText(p.imagePath);
    m_keyword->setText(p.keyword);
    m_winners->setValue(p.winners);
    m_seconds->setValue(int(p.entryWindowMs / 1000));
    m_excludeDays->setValue(p.excludeWinnersDays);
    m_minComments->setValue(p.minComments);
    m_excludeStaff->setChecked(p.excludeStaff);
}

interact::LotteryPreset LotteryPresetForm::preset(const interact::LotteryPreset &base) const
{
    interact::LotteryPreset p = base;
    p.prize = m_prize->text().trimmed();
    p.imagePath = m_picture->text().trimmed();
    p.keyword = m_keyword->text().trimmed();
    p.winners = m_winners->value();
    p.entryWindowMs = qint64(m_seconds->value()) * 1000;
    p.excludeWinnersDays = m_excludeDays->value();
    p.minComments = m_minComments->value();
    p.excludeStaff = m_excludeStaff->isChecked();
    return p;
}

} // namespace shopcast::app
