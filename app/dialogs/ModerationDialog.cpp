#include "ModerationDialog.hpp"

#include "moderation/ModerationController.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcast::app {

using namespace shopcast::moderation;

namespace {
QComboBox *actionBox(Verdict action, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (Verdict v : {Verdict::Hold, Verdict::Hide, Verdict::Timeout, Verdict::Ban})
        box->addItem(Verdicts::label(v), int(v));
    box->setCurrentIndex(box->findData(int(action)));
    return box;
}
} // namespace

ModerationDialog::ModerationDialog(ModerationController &moderation, QWidget *parent)
    : QDialog(parent)
    , m_moderation(moderation)
    , m_rules(moderation.rules())
{
    setWindowTitle(tr("Moderation"));
    resize(720, 560);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // Terms
    auto *termsPage = new QWidget(tabs);
    auto *termsLayout = new QVBoxLayout(termsPage);
    termsLayout->addWidget(new QLabel(tr("A term matches however it is written: spaces, symbols, full-width letters, Traditional "
                                         "characters, look-alike letters and same-sounding characters in between. * stands for up to "
                                         "8 characters, ? for one; re: starts a regular expression."),
                                      termsPage));
    termsLayout->itemAt(0)->widget()->setProperty("wordWrap", true);
    m_terms = new QTableWidget(0, 2, termsPage);
    m_terms->setObjectName(QStringLiteral("moderationTerms"));
    m_terms->setHorizontalHeaderLabels({tr("Term"), tr("Action")});
    m_terms->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    termsLayout->addWidget(m_terms, 1);
    auto *termButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), termsPage);
    auto *remove = new QPushButton(tr("Remove"), termsPage);
    auto *import = new QPushButton(tr("Import…"), termsPage);
    auto *exportButton = new QPushButton(tr("Export…"), termsPage);
    for (QPushButton *b : {add, remove, import, exportButton})
        termButtons->addWidget(b);
    termButtons->addStretch();
    termsLayout->addLayout(termButtons);
    tabs->addTab(termsPage, tr("Blocked terms"));
    fillTerms(m_rules.terms);
    connect(add, &QPushButton::clicked, this, [this] {
        addTermRow(TermRule::fromText(QString(), Verdict::Hold));
        m_terms->editItem(m_terms->item(m_terms->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : m_terms->selectionModel()->selectedRows())
            rows.append(i.row());
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            m_terms->removeRow(r);
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import terms"), {}, tr("Term lists (*.txt *.csv)"));
        if (!path.isEmpty())
            importTerms(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export terms"), QStringLiteral("terms.csv"), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile file(path);
        const QByteArray data = TermList::toCsv(editedRules().terms);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
            QMessageBox::warning(this, tr("Export terms"), file.errorString());
    });

    // Spam rules
    auto *spamPage = new QWidget(tabs);
    auto *spamForm = new QFormLayout(spamPage);
    SpamSettings &s = m_rules.spam;
    using Rule = SpamSettings::Rule SpamSettings::*;
    const std::pair<const char *, Rule> toggles[] = {{QT_TR_NOOP("Links (except the allowed sites)"), &SpamSettings::links},
                                                     {QT_TR_NOOP("Phone numbers, WeChat and QQ ids"), &SpamSettings::contact},
                                                     {QT_TR_NOOP("SHOUTING IN CAPITALS"), &SpamSettings::caps},
                                                     {QT_TR_NOOP("Mostly symbols"), &SpamSettings::symbols},
                                                     {QT_TR_NOOP("Too many emoji"), &SpamSettings::emoji},
                                                     {QT_TR_NOOP("Too long"), &SpamSettings::length},
                                                     {QT_TR_NOOP("The same comment again"), &SpamSettings::repeat},
                                                     {QT_TR_NOOP("Flooding (many comments quickly)"), &SpamSettings::flood},
                                                     {QT_TR_NOOP("Hold every user's first comment"), &SpamSettings::firstTime}};
    for (const auto &[label, rule] : toggles) {
        auto *box = new QCheckBox(tr(label), spamPage);
        box->setChecked((s.*rule).enabled);
        spamForm->addRow(box, new QLabel(Verdicts::label((s.*rule).action), spamPage));
        m_spamToggles.append({box, rule});
    }
    m_allowedDomains = new QPlainTextEdit(s.allowedDomains.join(QLatin1Char('\n')), spamPage);
    m_allowedDomains->setMaximumHeight(80);
    spamForm->addRow(tr("Allowed sites:"), m_allowedDomains);
    m_floodMessages = new QSpinBox(spamPage);
    m_floodMessages->setRange(1, 1000);
    m_floodMessages->setValue(s.floodMessages);
    spamForm->addRow(tr("Flooding: more than this many comments in %1 s").arg(s.floodWindowMs / 1000), m_floodMessages);
    m_lengthMax = new QSpinBox(spamPage);
    m_lengthMax->setRange(10, 100000);
    m_lengthMax->setValue(s.lengthMax);
    spamForm->addRow(tr("Longest comment (characters)"), m_lengthMax);
    m_emojiMax = new QSpinBox(spamPage);
    m_emojiMax->setRange(0, 1000);
    m_emojiMax->setValue(s.emojiMax);
    spamForm->addRow(tr("Most emoji in a comment"), m_emojiMax);
    tabs->addTab(spamPage, tr("Spam rules"));

    // Normaliser and questions
    auto *matchPage = new QWidget(tabs);
    auto *matchLayout = new QVBoxLayout(matchPage);
    NormalizerOptions &n = m_rules.normalizer;
    const std::pair<const char *, bool NormalizerOptions::*> steps[]
        = {{QT_TR_NOOP("Full-width, styled and invisible characters (ｖｘ, zero-width spaces)"), &NormalizerOptions::foldCase},
           {QT_TR_NOOP("Traditional characters (微信號)"), &NormalizerOptions::traditionalToSimplified},
           {QT_TR_NOOP("Spaces and symbols between characters (加 微-信)"), &NormalizerOptions::stripSeparators},
           {QT_TR_NOOP("Repeated characters (加加微微信)"), &NormalizerOptions::foldRepeats},
           {QT_TR_NOOP("Look-alike letters from other alphabets"), &NormalizerOptions::skeleton},
           {QT_TR_NOOP("Same-sounding characters (薇信, 威信)"), &NormalizerOptions::pinyin}};
    for (const auto &[label, flag] : steps) {
        auto *box = new QCheckBox(tr(label), matchPage);
        box->setChecked(n.*flag);
        matchLayout->addWidget(box);
        m_normalizerToggles.append({box, flag});
    }
    matchLayout->addWidget(new QLabel(tr("Question keywords (one per line; a question mark always counts):"), matchPage));
    m_questions = new QPlainTextEdit(m_rules.questionKeywords.join(QLatin1Char('\n')), matchPage);
    matchLayout->addWidget(m_questions, 1);
    tabs->addTab(matchPage, tr("Matching and questions"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("moderationStatus"));
    m_status->setWordWrap(true);
    m_status->setText(m_moderation.ruleProblems().isEmpty() ? tr("%n rule(s) in use.", nullptr, int(m_rules.terms.size()))
                                                            : m_moderation.ruleProblems().join(QLatin1Char('\n')));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &ModerationDialog::apply);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_moderation, &ModerationController::rulesChanged, this, [this](const QStringList &problems, qint64 compileMs) {
        m_status->setText(problems.isEmpty() ? tr("Rules in use (compiled in %1 ms).").arg(compileMs)
                                             : tr("In use, but some rules were left out:\n%1").arg(problems.join(QLatin1Char('\n'))));
    });
}

void ModerationDialog::addTermRow(const TermRule &rule)
{
    const int row = m_terms->rowCount();
    m_terms->insertRow(row);
    m_terms->setItem(row, 0, new QTableWidgetItem(rule.toText()));
    m_terms->setCellWidget(row, 1, actionBox(rule.action, m_terms));
}

void ModerationDialog::fillTerms(const QList<TermRule> &terms)
{
    // Tens of thousands of rows: without updates the table fills at once.
    m_terms->setUpdatesEnabled(false);
    m_terms->setRowCount(0);
    for (const TermRule &rule : terms)
        addTermRow(rule);
    m_terms->setUpdatesEnabled(true);
}

void ModerationDialog::importTerms(const QString &path)
{
    QStringList errors;
    const QList<TermRule> imported = TermList::load(path, Verdict::Hide, &errors);
    QList<TermRule> all = editedRules().terms;
    int added = 0;
    for (const TermRule &rule : imported)
        if (!all.contains(rule)) {
            all.append(rule);
            ++added;
        }
    fillTerms(all);
    m_status->setText(tr("%1: %2 term(s) added.").arg(path).arg(added)
                      + (errors.isEmpty() ? QString() : QLatin1Char('\n') + errors.mid(0, 20).join(QLatin1Char('\n'))));
}

ModerationRules ModerationDialog::editedRules() const
{
    ModerationRules r = m_rules;
    r.terms.clear();
    for (int row = 0; row < m_terms->rowCount(); ++row) {
        const QString text = m_terms->item(row, 0) ? m_terms->item(row, 0)->text().trimmed() : QString();
        const auto *box = qobject_cast<QComboBox *>(m_terms->cellWidget(row, 1));
        if (!text.isEmpty() && box)
            r.terms.append(TermRule::fromText(text, Verdict(box->currentData().toInt())));
    }
    for (const auto &[box, rule] : m_spamToggles)
        (r.spam.*rule).enabled = box->isChecked();
    for (const auto &[box, flag] : m_normalizerToggles)
        r.normalizer.*flag = box->isChecked();
    r.spam.allowedDomains = m_allowedDomains->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    r.spam.floodMessages = m_floodMessages->value();
    r.spam.lengthMax = m_lengthMax->value();
    r.spam.emojiMax = m_emojiMax->value();
    r.questionKeywords = m_questions->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return r;
}

bool ModerationDialog::apply()
{
    QString error;
    if (!m_moderation.setRules(editedRules(), &error)) {
        m_status->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    m_status->setText(tr("Compiling the new rules…"));
    return true;
}

} // namespace shopcast::app
