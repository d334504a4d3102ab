#pragma once

#include "moderation/ModerationRules.hpp"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace shopcast::moderation {
class ModerationController;
}

namespace shopcast::app {

// The moderator's settings page: blocked terms with their actions (edit,
// import a text or CSV list, export), the spam rules, the normaliser's steps
// and the question keywords. Apply compiles the new rules aside and swaps them
// in while the show goes on; no comment is dropped or reordered.
class ModerationDialog : public QDialog
{
    Q_OBJECT
public:
    ModerationDialog(moderation::ModerationController &moderation, QWidget *parent = nullptr);

    moderation::ModerationRules editedRules() const;
    bool apply();
    void importTerms(const QString &path);

private:
    void fillTerms(const QList<moderation::TermRule> &terms);
    void addTermRow(const moderation::TermRule &rule);

    moderation::ModerationController &m_moderation;
    moderation::ModerationRules m_rules;
    QTableWidget *m_terms = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_questions = nullptr;
    QPlainTextEdit *m_allowedDomains = nullptr;
    QList<QPair<QCheckBox *, moderation::SpamSettings::Rule moderation::SpamSettings::*>> m_spamToggles;
    QList<QPair<QCheckBox *, bool moderation::NormalizerOptions::*>> m_normalizerToggles;
    QSpinBox *m_floodMessages = nullptr;
    QSpinBox *m_lengthMax = nullptr;
    QSpinBox *m_emojiMax = nullptr;
};

} // namespace shopcast::app
