#include "ChatDock.hpp"

#include "actions/ActionRegistry.hpp"

#include "dialogs/CommentSourcesDialog.hpp"

#include "chat/CommentSources.hpp"

#include "chat/ChatFilterModel.hpp"
#include "chat/ChatModel.hpp"
#include "moderation/ModerationController.hpp"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace shopcast::app {

ChatDock::ChatDock(chat::ChatModel &model, chat::CommentSources &sources, moderation::ModerationController *moderation, actions::ActionRegistry *actions,
                   QWidget *parent)
    : QDockWidget(tr("Comments"), parent)
    , m_model(model)
    , m_sources(sources)
    , m_moderation(moderation)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("chatDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_filterEdit = new QLineEdit(body);
    m_filterEdit->setObjectName(QStringLiteral("chatFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by text or user…"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *sourcesButton = new QPushButton(tr("Sources…"), body);
    auto *showModerated = new QCheckBox(tr("Refused"), body);
    showModerated->setObjectName(QStringLiteral("chatShowModerated"));
    showModerated->setToolTip(tr("Also show, greyed, the comments moderation refused or held"));
    showModerated->setChecked(true);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(showModerated);
    top->addWidget(sourcesButton);
    layout->addLayout(top);
    m_state = new QLabel(body);
    m_state->setObjectName(QStringLiteral("chatSourceState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    m_filter = new chat::ChatFilterModel(this);
    m_filter->setSourceModel(&m_model);
    m_view = new QListView(body);
    m_view->setObjectName(QStringLiteral("chatView"));
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true); // O(1) layout for thousands of rows
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_view, 1);
    m_newButton = new QPushButton(body);
    m_newButton->setObjectName(QStringLiteral("chatNewButton"));
    m_newButton->hide();
    layout->addWidget(m_newButton);
    setWidget(body);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &chat::ChatFilterModel::setText);
    connect(showModerated, &QCheckBox::toggled, m_filter, &chat::ChatFilterModel::setShowModerated);
    if (m_actions) {
        // What the pin hotkey pins: the comment selected here.
        m_actions->setDefaultParams(QStringLiteral("comment.pin"), [this] {
            const QModelIndex index = m_view->currentIndex();
            return index.isValid() ? pinParams(m_model.eventAt(m_filter->mapToSource(index).row())) : QJsonObject();
        });
    }
    connect(&m_model, &chat::ChatModel::flushed, this, &ChatDock::onFlushed);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        m_unseen = 0;
        m_newButton->hide();
        m_view->scrollToBottom();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (isAtBottom()) {
            m_unseen = 0;
            m_newButton->hide();
        }
    });
    connect(m_view, &QListView::customContextMenuRequested, this, &ChatDock::showContextMenu);
    connect(sourcesButton, &QPushButton::clicked, this, [this] {
        CommentSourcesDialog dialog(m_sources, this);
        dialog.exec();
    });
    connect(&m_sources, &chat::CommentSources::summaryChanged, m_state, &QLabel::setText);
    m_state->setText(m_sources.summary());
}

bool ChatDock::isAtBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

ChatDock::~ChatDock()
{
    if (m_actions)
        m_actions->setDefaultParams(QStringLiteral("comment.pin"), {});
}

QJsonObject ChatDock::pinParams(const chat::ChatEvent &event)
{
    // By id when it has one (the registry finds it in the chat); whole otherwise.
    if (!event.id.isEmpty())
        return {{QStringLiteral("commentId"), event.id}};
    return {{QStringLiteral("comment"), QJsonObject{{QStringLiteral("platform"), event.platform},
                                                    {QStringLiteral("userName"), event.userName},
                                                    {QStringLiteral("text"), event.text.left(1000)}}}};
}

void ChatDock::invoke(const QString &id, const QJsonObject &params)
{
    const actions::ActionResult result = m_actions->invoke(id, params, actions::Origin::Dock);
    if (!result.ok)
        m_state->setText(result.error);
}

void ChatDock::onFlushed(int added)
{
    // Follow the chat only while the host is at the bottom; reading older
    // comments must not be yanked away.
    const bool follow = isAtBottom() || (m_unseen == 0 && m_view->verticalScrollBar()->maximum() == 0);
    if (follow) {
        m_view->scrollToBottom();
        return;
    }
    m_unseen += added;
    m_newButton->setText(tr("%n new comment(s) ↓", nullptr, m_unseen));
    m_newButton->show();
}

void ChatDock::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [this] {
        QStringList lines;
        for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
            lines.append(i.data().toString());
        if (lines.isEmpty())
            lines.append(m_view->currentIndex().data().toString());
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    const QString platform = index.data(chat::ChatModel::PlatformRole).toString();
    const QString userId = index.data(chat::ChatModel::UserIdRole).toString();
    const QString userName = index.data(chat::ChatModel::UserNameRole).toString();
    menu.addAction(tr("Show %1's comments").arg(userName), this, [=, this] { showUserHistory(platform, userId, userName); });
    if (m_actions && m_moderation) {
        const QModelIndex source = m_filter->mapToSource(index);
        const chat::ChatEvent event = m_model.eventAt(source.row());
        menu.addSeparator();
        menu.addAction(tr("Pin on stream"), this, [this, event] { invoke(QStringLiteral("comment.pin"), pinParams(event)); });
        QAction *clear = menu.addAction(tr("Clear pinned comment"), this, [this] { invoke(QStringLiteral("comment.clearPin"), {}); });
        clear->setEnabled(m_actions->unavailableReason(QStringLiteral("comment.clearPin")).isEmpty());
        menu.addSeparator();
        moderation::ModerationController &moderation = *m_moderation;
        const QString id = userId.isEmpty() ? userName : userId;
        menu.addAction(tr("Time out %1 for 5 minutes").arg(userName), &moderation,
                       [&moderation, platform, id, userName] { moderation.timeoutUser(platform, id, userName, 5 * 60'000); });
        menu.addAction(tr("Time out %1 for 30 minutes").arg(userName), &moderation,
                       [&moderation, platform, id, userName] { moderation.timeoutUser(platform, id, userName, 30 * 60'000); });
        menu.addAction(tr("Ban %1").arg(userName), &moderation, [&moderation, platform, id, userName] { moderation.banUser(platform, id, userName); });
        menu.addAction(tr("Unban %1").arg(userName), &moderation, [&moderation, platform, id, userName] { moderation.unbanUser(platform, id, userName); });
        // None of the platforms connected today takes moderation from a client like this one.
        QAction *note = menu.addAction(tr("(in the studio only: %1 does not accept moderation from ShopCast)").arg(platform));
        note->setEnabled(false);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ChatDock::showUserHistory(const QString &platform, const QString &userId, const QString &userName)
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 on %2").arg(userName, platform));
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new QListWidget(dialog);
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const auto &e = m_model.eventAt(row);
        if (e.platform == platform && (e.userId == userId || (userId.isEmpty() && e.userName == userName)))
            list->addItem(e.text);
    }
    layout->addWidget(new QLabel(tr("%n comment(s) in the recent chat", nullptr, list->count()), dialog));
    layout->addWidget(list);
    dialog->resize(420, 360);
    dialog->show();
}

} // namespace shopcast::app
