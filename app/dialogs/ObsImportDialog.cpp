#include "ObsImportDialog.hpp"

#include "widgets/TonedText.hpp"

#include "style/Tones.hpp"
#include "work/Work.hpp"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopcast::app {

using broadcast::SceneCollectionImport;

ObsImportDialog::ObsImportDialog(const QString &obsConfigDir, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import an OBS scene collection"));
    resize(720, 520);
    auto *layout = new QVBoxLayout(this);
    const QList<SceneCollectionImport::Found> found = SceneCollectionImport::findCollections(obsConfigDir);
    auto *intro = new QLabel(
        found.isEmpty()
            ? tr("No OBS scene collections in %1. Choose a file OBS wrote (Scene Collection → Export in OBS).").arg(QDir::toNativeSeparators(obsConfigDir))
            : tr("Scene collections of OBS Studio on this computer. The OBS file is only read; its scenes become a scene "
                 "collection of their own here (the one in use now stays in the Scene Collection menu)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("obsCollections"));
    for (const SceneCollectionImport::Found &f : found) {
        auto *item = new QListWidgetItem(f.name, m_list);
        item->setData(Qt::UserRole, f.path);
        item->setToolTip(QDir::toNativeSeparators(f.path));
    }
    m_list->setMaximumHeight(140);
    layout->addWidget(m_list);
    auto *other = new QPushButton(tr("Other file…"), this);
    other->setObjectName(QStringLiteral("otherFile"));
    layout->addWidget(other, 0, Qt::AlignLeft);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    layout->addWidget(m_report, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Use these scenes"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            read(item->data(Qt::UserRole).toString());
    });
    connect(other, &QPushButton::clicked, this, [this, obsConfigDir] {
        const QString path = QFileDialog::getOpenFileName(this, tr("OBS scene collection"), obsConfigDir, tr("OBS scene collection (*.json)"));
        if (!path.isEmpty())
            read(path);
    });
}

void ObsImportDialog::read(const QString &path)
{
    const int generation = ++m_generation;
    m_result.reset();
    m_name = QFileInfo(path).completeBaseName();
    m_ok->setEnabled(false);
    m_summary->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    TonedText::clear(m_summary);
    m_report->clear();
    using Outcome = std::pair<std::optional<SceneCollectionImport::Result>, QString>;
    work::Work::run(
        work::Pool::Media, this,
        [path] {
            QString error;
            auto result = SceneCollectionImport::fromFile(path, SceneCollectionImport::studioInputKinds(), &error);
            return Outcome{std::move(result), error};
        },
        [this, generation, path](const Outcome &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.first) {
                m_summary->setText(tr("%1 cannot be imported: %2").arg(QFileInfo(path).fileName(), outcome.second));
                TonedText::apply(m_summary, style::Tone::Danger);
                emit readFinished(false);
                return;
            }
            m_result = outcome.first;
            const auto &report = m_result->report;
            m_summary->setText(
                report.isClean()
                    ? tr("%1 scenes and %2 sources, all as in OBS.").arg(report.scenes).arg(report.sources)
                    : tr("%1 scenes and %2 sources. Read what did not come over exactly before you use them:").arg(report.scenes).arg(report.sources));
            m_report->setPlainText(report.lines().join(QLatin1Char('\n')));
            m_ok->setEnabled(true);
            emit readFinished(true);
        });
}

} // namespace shopcast::app
