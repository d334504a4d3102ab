#pragma once

#include <QDockWidget>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace shopcast::chat {
class ChatFilterModel;
class ChatModel;
struct ChatEvent;
class CommentSources;
} // namespace shopcast::chat
namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::moderation {
class ModerationController;
}

namespace shopcast::app {

// Merged live comments: newest at the bottom, following the chat unless the
// host scrolls up (then a "N new" button brings them back), filter by text or
// user, comments moderation refused shown greyed (or not), questions marked,
// and per-comment copy, "show this user's comments", pin on stream, time out,
// ban and unban.
class ChatDock : public QDockWidget
{
    Q_OBJECT
public:
    // With the show's moderation and actions, the context menu also pins
    // comments on stream (through the registry) and times out, bans and
    // unbans users; without, it only reads.
    ChatDock(chat::ChatModel &model, chat::CommentSources &sources, moderation::ModerationController *moderation = nullptr,
             actions::ActionRegistry *actions = nullptr, QWidget *parent = nullptr);
    ~ChatDock() override;

private:
    void onFlushed(int added);
    bool isAtBottom() const;
    void showContextMenu(const QPoint &pos);
    void showUserHistory(const QString &platform, const QString &userId, const QString &userName);
    // Pin and clear go through the registry, as the hotkeys and remote clients do.
    void invoke(const QString &id, const QJsonObject &params);
    static QJsonObject pinParams(const chat::ChatEvent &event);

    chat::ChatModel &m_model;
    chat::CommentSources &m_sources;
    moderation::ModerationController *m_moderation;
    actions::ActionRegistry *m_actions;
    chat::ChatFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QListView *m_view = nullptr;
    QPushButton *m_newButton = nullptr;
    QLabel *m_state = nullptr;
    int m_unseen = 0;
};

} // namespace shopcast::app
