#pragma once

#include "pluginapi/ChatEvent.hpp"

#include <QAbstractItemModel>
#include <QTimer>

namespace shopcast::moderation {

// The buyers' questions, grouped under the product that was on air when they
// were asked (or "No product on air"), newest group last. The host works
// through them: answered or dismissed; a handled question stays, greyed,
// unless the view hides it.
//
// Questions come in with the chat, a batch every few milliseconds in a busy
// room, and a tree view lays out every expanded row again for each insert
// (the Questions dock: 13 % of the GUI thread in the show benchmark). They
// are taken in at most every flushIntervalMs, in one insert per group, as
// ChatModel does with comments; a host reading questions does not need them
// sooner. Until then a question is not in the model.
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
    static constexpr int kFlushIntervalMs = 250;

    explicit QuestionsModel(int flushIntervalMs = kFlushIntervalMs, QObject *parent = nullptr);

    // Buffered: in the model at the next flush.
    void add(const chat::ChatEvent &question, const QString &sku, const QString &productTitle);
    // Takes in the questions added since the last flush (the timer calls it; tests may).
    void flush();
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
    struct Incoming
    {
        Question question;
        QString sku;
        QString title;
    };
    static constexpr quintptr kGroupId = ~quintptr(0);
    void dropOldest(int count);
    int groupOf(const QString &sku, const QString &title);

    QList<Group> m_groups;
    int m_total = 0;
    int m_open = 0;
    quint64 m_nextKey = 1;
    QList<Incoming> m_incoming;
    QTimer m_flushTimer{this};
};

} // namespace shopcast::moderation
