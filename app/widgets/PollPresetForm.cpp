#include "PollPresetForm.hpp"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace shopcast::app {

PollPresetForm::PollPresetForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_question = new QLineEdit(this);
    m_question->setObjectName(QStringLiteral("pollQuestion"));
    m_question->setMaxLength(200);
    m_options = new QPlainTextEdit(this);
    m_options->setObjectName(QStringLiteral("pollOptions"));
    m_options->setMaximumHeight(110);
    m_lastVote = new QCheckBox(tr("A viewer's last vote counts (else the first)"), this);
    layout->addWidget(new QLabel(tr("Question:"), this));
    layout->addWidget(m_question);
    layout->addWidget(new QLabel(tr("Options, one per line: label = keywords"), this));
    layout->addWidget(m_options);
    layout->addWidget(m_lastVote);
    interact::PollPreset example;
    example.question = tr("Which colour?");
    example.options = {{tr("Red"), {QStringLiteral("1"), tr("red")}}, {tr("Blue"), {QStringLiteral("2"), tr("blue")}}};
    setPreset(example);
}

void PollPresetForm::setPreset(const interact::PollPreset &preset)
{
    m_question->setText(preset.question);
    m_options->setPlainText(interact::PollPreset::formatOptions(preset.options));
    m_lastVote->setChecked(preset.policy == interact::PollPolicy::LastVote);
}

interact::PollPreset PollPresetForm::preset() const
{
    interact::PollPreset p;
    p.question = m_question->text().trimmed();
    p.options = interact::PollPreset::parseOptions(m_options->toPlainText());
    p.policy = m_lastVote->isChecked() ? interact::PollPolicy::LastVote : interact::PollPolicy::FirstVote;
    return p;
}

} // namespace shopcast::app
