#pragma once

#include "interact/LotteryPreset.hpp"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace shopcast::app {

// The fields of a lottery preset (prize, winners, keyword, entry window,
// eligibility), shared by the Lottery dock and a plan slot's preset dialog.
class LotteryPresetForm : public QWidget
{
    Q_OBJECT
public:
    explicit LotteryPresetForm(QWidget *parent = nullptr);

    void setPreset(const interact::LotteryPreset &preset);
    // The fields over base (what the form does not show, e.g. the picture, is kept).
    interact::LotteryPreset preset(const interact::LotteryPreset &base = {}) const;

signals:
    void edited();

private:
    QLineEdit *m_prize = nullptr;
    QLineEdit *m_picture = nullptr;
    QLineEdit *m_keyword = nullptr;
    QSpinBox *m_winners = nullptr;
    QSpinBox *m_seconds = nullptr;
    QSpinBox *m_excludeDays = nullptr;
    QSpinBox *m_minComments = nullptr;
    QCheckBox *m_excludeStaff = nullptr;
};

} // namespace shopcast::app
