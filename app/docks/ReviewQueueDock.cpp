#include "ReviewQueueDock.hpp"

#include "moderation/ModerationController.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace shopcast::app {

using moderation::ReviewQueueModel;

ReviewQueueDock::ReviewQueueDock(moderation::ModerationController &moderation, QWidget *parent)
    : QDockWidget(tr("Review queue"), parent)
    , m_moderation(moderation)
{
    setObjectName(QStringLiteral("reviewQueueDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("reviewCount"));
    layout->addWidget(m_count);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(&m_moderation.reviewQueue());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReviewQueueModel::Comment, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    auto *approve = new QPushButton(tr("Approve (A)"), body);
    approve->setObjectName(QStringLiteral("reviewApprove"));
    auto *reject = new QPushButton(tr("Reject (R)"), body);
    reject->setObjectName(QStringLiteral("reviewReject"));
    buttons->addWidget(approve);
    buttons->addWidget(reject);
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(body);

    connect(approve, &QPushButton::clicked, this, &ReviewQueueDock::approveSelected);
    connect(reject, &QPushButton::clicked, this, &ReviewQueueDock::rejectSelected);
    // Keys work while the queue has focus, so the moderator can keep a hand on the keyboard.
    for (const auto &[key, slot] :
         {std::pair{QKeySequence(Qt::Key_A), &ReviewQueueDock::approveSelected}, std::pair{QKeySequence(Qt::Key_R), &ReviewQueueDock::rejectSelected},
          std::pair{QKeySequence(Qt::Key_Delete), &ReviewQueueDock::rejectSelected}}) {
        auto *shortcut = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    connect(&m_moderation.reviewQueue(), &QAbstractItemModel::rowsInserted, this, &ReviewQueueDock::updateCount);
    connect(&m_moderation.reviewQueue(), &QAbstractItemModel::rowsRemoved, this, &ReviewQueueDock::updateCount);
    updateCount();
}

QList<int> ReviewQueueDock::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    return rows;
}

void ReviewQueueDock::approveSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int next = *std::min_element(rows.begin(), rows.end());
    m_moderation.approve(rows);
    m_table->selectRow(std::min(next, m_moderation.reviewQueue().rowCount() - 1));
}

void ReviewQueueDock::rejectSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const int next = *std::min_element(rows.begin(), rows.end());
    m_moderation.reject(rows);
    m_table->selectRow(std::min(next, m_moderation.reviewQueue().rowCount() - 1));
}

void ReviewQueueDock::updateCount()
{
    const int n = m_moderation.reviewQueue().rowCount();
    m_count->setText(n == 0 ? tr("Nothing waiting for review.") : tr("%n comment(s) waiting for review", nullptr, n));
    setWindowTitle(n == 0 ? tr("Review queue") : tr("Review queue (%1)").arg(n));
}

} // namespace shopcast::app
