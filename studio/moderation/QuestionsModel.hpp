#pragma once

#include "pluginapi/ChatEvent.hpp"

#include <QAbstractItemModel>

namespace shopcast::moderation {

// The buyers' questions, grouped under the product that was on air when they
// were asked (or "No product on air"), newest group last. The host works
// through them: answered or dismissed; a handled question stays, greyed,
// unless the view hides it.
class QuestionsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class State { Open, Answered, Dismissed };
    // KeyRole: a question's key, unique in this model (comments from some
    // platforms have no id), for a remote console to name it.
    enum Role { StateRole = Qt::UserRole + 1, SkuRole, IsGroupRole, KeyRole };
    enum Column { Text, User, ColumnCount };
    static constexpr int kMaxQuestions = 5000;

    explicit QuestionsModel(QObject *parent = nullptr);

    void add(const chat::ChatEvent &question, const QString &sku, const QString &productTitle);
    bool setState(const QModelIndex &question, State state);
    // The question with this key, or an invalid index (never was, or dropped by the budget).
    QModelIndex indexOfKey(quint64 key) const;
    int openCount() const { return m_open; }
    int questionCount(const QString &sku) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void openCountChanged(int open);

private:
    struct Question
    {
        chat::ChatEvent event;
        State state = State::Open;
        quint64 key = 0;
    };
    struct Group
    {
        QString sku;
        QString title;
        QList<Question> questions;
    };
    static constexpr quintptr kGroupId = ~quintptr(0);
    void dropOldest();

    QList<Group> m_groups;
    int m_total = 0;
    int m_open = 0;
    quint64 m_nextKey = 1;
};

} // namespace shopcast::moderation
