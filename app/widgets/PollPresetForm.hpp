#pragma once

#include "interact/PollPreset.hpp"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace shopcast::app {

// A poll's question, its options one per line as "label = keyword, keyword"
// ("红色 = 1, 红") and the vote policy; shared by the Poll dock and a plan
// slot's preset dialog.
class PollPresetForm : public QWidget
{
    Q_OBJECT
public:
    explicit PollPresetForm(QWidget *parent = nullptr);

    void setPreset(const interact::PollPreset &preset);
    interact::PollPreset preset() const;

private:
    QLineEdit *m_question = nullptr;
    QPlainTextEdit *m_options = nullptr;
    QCheckBox *m_lastVote = nullptr;
};

} // namespace shopcast::app
