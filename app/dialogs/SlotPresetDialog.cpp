#include "SlotPresetDialog.hpp"
#include "widgets/TonedText.hpp"

#include "widgets/LotteryPresetForm.hpp"
#include "widgets/PollPresetForm.hpp"

#include "style/Tones.hpp"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace shopcast::app {

using rundown::SlotKind;

SlotPresetDialog::SlotPresetDialog(SlotKind kind, const QJsonObject &preset, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_result(preset)
{
    setWindowTitle(kind == SlotKind::Lottery ? tr("Lottery of this slot") : tr("Poll of this slot"));
    auto *layout = new QVBoxLayout(this);
    m_useDefault = new QCheckBox(
        kind == SlotKind::Lottery ? tr("Use the show's lottery (the Lottery dock)") : tr("No poll of its own: the host starts one from the Poll dock"), this);
    m_useDefault->setChecked(preset.isEmpty());
    layout->addWidget(m_useDefault);
    QWidget *form = nullptr;
    QString ignored;
    if (kind == SlotKind::Lottery) {
        m_lottery = new LotteryPresetForm(this);
        if (const auto p = interact::LotteryPreset::fromJson(preset, &ignored))
            m_lottery->setPreset(*p);
        form = m_lottery;
    } else {
        m_poll = new PollPresetForm(this);
        if (const auto p = interact::PollPreset::fromJson(preset, &ignored))
            m_poll->setPreset(*p);
        form = m_poll;
    }
    layout->addWidget(form);
    form->setEnabled(!m_useDefault->isChecked());
    connect(m_useDefault, &QCheckBox::toggled, form, [form](bool on) { form->setEnabled(!on); });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("slotPresetError"));
    TonedText::apply(m_error, style::Tone::Danger);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SlotPresetDialog::acceptIfValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SlotPresetDialog::acceptIfValid()
{
    if (m_useDefault->isChecked()) {
        m_result = {};
        accept();
        return;
    }
    QString error;
    if (m_kind == SlotKind::Lottery) {
        const interact::LotteryPreset p = m_lottery->preset();
        if (!p.validate(&error)) {
            m_error->setText(error);
            return;
        }
        m_result = p.toJson();
    } else {
        const interact::PollPreset p = m_poll->preset();
        if (!p.validate(&error)) {
            m_error->setText(error);
            return;
        }
        m_result = p.toJson();
    }
    accept();
}

} // namespace shopcast::app
