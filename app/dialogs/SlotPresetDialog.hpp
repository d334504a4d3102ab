#pragma once

#include "rundown/SlotKind.hpp"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QLabel;

namespace shopcast::app {

class LotteryPresetForm;
class PollPresetForm;

// What a lottery or poll slot of the show plan opens when the rhythm timer
// reaches it: its own lottery preset or poll, or the show's default. The
// result is the slot's preset JSON (empty: the default).
class SlotPresetDialog : public QDialog
{
    Q_OBJECT
public:
    SlotPresetDialog(rundown::SlotKind kind, const QJsonObject &preset, QWidget *parent = nullptr);

    QJsonObject preset() const { return m_result; }

private:
    void acceptIfValid();

    rundown::SlotKind m_kind;
    QCheckBox *m_useDefault = nullptr;
    LotteryPresetForm *m_lottery = nullptr;
    PollPresetForm *m_poll = nullptr;
    QLabel *m_error = nullptr;
    QJsonObject m_result;
};

} // namespace shopcast::app
