#pragma once

#include <QSortFilterProxyModel>

namespace shopcast::chat {

// What the Comments dock shows of the chat: a text filter (comment or user)
// and whether the comments moderation refused or held are shown (greyed, for
// the moderator) or left out.
class ChatFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text);
    void setShowModerated(bool show);
    bool showModerated() const { return m_showModerated; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_showModerated = true;
};

} // namespace shopcast::chat
