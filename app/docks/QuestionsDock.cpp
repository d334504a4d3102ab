#include "QuestionsDock.hpp"

#include "moderation/QuestionsModel.hpp"
#include "work/Throttle.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

namespace shopcast::app {

using moderation::QuestionsModel;

QuestionsDock::QuestionsDock(QuestionsModel &questions, QWidget *parent)
    : QDockWidget(tr("Questions"), parent)
    , m_questions(questions)
{
    setObjectName(QStringLiteral("questionsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_count = new QLabel(body);
    m_count->setObjectName(QStringLiteral("questionsCount"));
    layout->addWidget(m_count);
    m_tree = new QTreeView(body);
    m_tree->setObjectName(QStringLiteral("questionsTree"));
    m_tree->setModel(&m_questions);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setSectionResizeMode(QuestionsModel::Text, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    auto *answered = new QPushButton(tr("Answered"), body);
    answered->setObjectName(QStringLiteral("questionAnswered"));
    auto *dismiss = new QPushButton(tr("Dismiss"), body);
    dismiss->setObjectName(QStringLiteral("questionDismiss"));
    buttons->addWidget(answered);
    buttons->addWidget(dismiss);
    buttons->addStretch();
    layout->addLayout(buttons);
    setWidget(body);

    connect(answered, &QPushButton::clicked, this, [this] { mark(int(QuestionsModel::State::Answered)); });
    connect(dismiss, &QPushButton::clicked, this, [this] { mark(int(QuestionsModel::State::Dismissed)); });
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_tree, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(enter, &QShortcut::activated, this, [this] { mark(int(QuestionsModel::State::Answered)); });
    auto *del = new QShortcut(QKeySequence(Qt::Key_Delete), m_tree, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(del, &QShortcut::activated, this, [this] { mark(int(QuestionsModel::State::Dismissed)); });
    // New groups open, so the host sees the newest questions at once.
    connect(&m_questions, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first) { m_tree->expand(parent.isValid() ? parent : m_questions.index(first, 0)); });
    m_countShown = new work::Throttle(
        kCountIntervalMs, [this] { showCount(); }, this);
    connect(&m_questions, &QuestionsModel::openCountChanged, m_countShown, &work::Throttle::request);
    showCount();
}

void QuestionsDock::showCount()
{
    const int open = m_questions.openCount();
    m_count->setText(open == 0 ? tr("No open question.") : tr("%n open question(s)", nullptr, open));
    setWindowTitle(open == 0 ? tr("Questions") : tr("Questions (%1)").arg(open));
}

void QuestionsDock::mark(int state)
{
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected.isEmpty() ? QModelIndexList{m_tree->currentIndex()} : selected)
        m_questions.setState(index, QuestionsModel::State(state));
}

} // namespace shopcast::app
