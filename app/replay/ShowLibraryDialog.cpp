#include "ShowLibraryDialog.hpp"

#include "ReplayWindow.hpp"

#include "replay/ChapterModel.hpp"
#include "replay/ShowLibrary.hpp"
#include "replay/ShowReview.hpp"
#include "storage/Database.hpp"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shopcast::app {

ShowLibraryDialog::ShowLibraryDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("showLibrary"));
    setWindowTitle(tr("Show library 复盘"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("showList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Started"), tr("Show"), tr("Length"), tr("Products"), tr("Recording")});
    // The start time and figures whole; the title takes what is left.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_list);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open review"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    auto openSelected = [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            openShow(item->data(0, Qt::UserRole).toLongLong());
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void ShowLibraryDialog::reload()
{
    m_list->clear();
    QString error;
    const QList<replay::ShowSummary> shows = replay::ShowLibrary(m_db).shows(&error);
    if (!error.isEmpty())
        m_message->setText(tr("The shows could not be read: %1").arg(error));
    for (const replay::ShowSummary &s : shows) {
        QString recording = tr("none");
        if (!s.recordings.isEmpty())
            recording = s.recordingMissing() ? tr("moved or deleted: %1").arg(QFileInfo(s.recordings.constFirst().recordedPath).fileName())
                                             : QFileInfo(s.recordings.constFirst().path).fileName();
        auto *item = new QTreeWidgetItem(m_list, {s.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                  s.title + (s.endedAt.isValid() ? QString() : tr(" (stopped without an end)")),
                                                  replay::ChapterModel::formatMs(s.lengthMs), QString::number(s.products), recording});
        item->setData(0, Qt::UserRole, s.id);
    }
    if (shows.isEmpty() && error.isEmpty())
        m_message->setText(tr("No show yet: a show starts with Start show, going live or recording."));
}

void ShowLibraryDialog::openShow(qint64 showId, bool ask)
{
    replay::ShowLibrary library(m_db);
    QString error;
    std::optional<replay::ShowSummary> summary = library.show(showId, &error);
    bool relocating = false;
    if (summary && ask)
        for (const replay::RecordingSpan &r : summary->recordings) {
            if (r.exists)
                continue;
            const auto answer = QMessageBox::question(this, tr("Recording not found"),
                                                      tr("The recording %1 is not where the show left it. Show where it is now?").arg(r.recordedPath));
            if (answer != QMessageBox::Yes)
                continue;
            const QString path
                = QFileDialog::getOpenFileName(this, tr("Where is %1?").arg(QFileInfo(r.recordedPath).fileName()), {}, tr("Recordings (*.mp4 *.mkv)"));
            if (path.isEmpty())
                continue;
            // The review reads the new place: it loads once that is saved.
            if (library.relocate(showId, r.recordedPath, path, &error, this, [this, showId](bool) { loadReview(showId); }))
                relocating = true;
            else
                QMessageBox::warning(this, tr("Recording not found"), error);
        }
    if (!relocating)
        loadReview(showId);
}

void ShowLibraryDialog::loadReview(qint64 showId)
{
    if (m_loading)
        return; // one at a time: a second answer of the same show's relocations
    m_loading = true;
    m_list->setEnabled(false);
    m_message->setText(tr("Opening the review of show %1…").arg(showId));
    replay::ShowReview::loadLater(m_db.path(), showId, this, [this, showId](std::optional<replay::ShowReview> review, const QString &error) {
        m_loading = false;
        m_list->setEnabled(true);
        if (!review) {
            m_message->setText(tr("Show %1 cannot be reviewed: %2").arg(showId).arg(error));
            return;
        }
        auto *window = new ReplayWindow(m_db, std::move(*review), parentWidget());
        window->resize(1280, 800);
        window->show();
        m_message->clear();
        reload();
        emit opened(window);
    });
}

} // namespace shopcast::app
