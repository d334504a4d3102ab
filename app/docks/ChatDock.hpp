#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace shopcast::chat {
class ChatModel;
class CommentSources;
}

namespace shopcast::app {

// Merged live comments: newest at the bottom, following the chat unless the
// host scrolls up (then a "N new" button brings them back), filter by text or
// user, and per-comment copy and "show this user's comments".
class ChatDock : public QDockWidget
{
    Q_OBJECT
public:
    ChatDock(chat::ChatModel &model, chat::CommentSources &sources, QWidget *parent = nullptr);

private:
    void onFlushed(int added);
    bool isAtBottom() const;
    void showContextMenu(const QPoint &pos);
    void showUserHistory(const QString &platform, const QString &userId, const QString &userName);

    chat::ChatModel &m_model;
    chat::CommentSources &m_sources;
    QSortFilterProxyModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_newButton = nullptr;
    QLabel *m_state = nullptr;
    int m_unseen = 0;
};

} // namespace shopcast::app
