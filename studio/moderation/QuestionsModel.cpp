#include "QuestionsModel.hpp"

#include "style/Tones.hpp"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <utility>

namespace shopcast::moderation {

QuestionsModel::QuestionsModel(int flushIntervalMs, QObject *parent)
    : QAbstractItemModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &QuestionsModel::flush);
}

void QuestionsModel::add(const chat::ChatEvent &question, const QString &sku, const QString &productTitle)
{
    m_incoming.append({{question, State::Open, m_nextKey++}, sku, productTitle});
    // More than the budget waiting: the oldest of them would only be dropped again.
    if (m_incoming.size() > kMaxQuestions)
        m_incoming.removeFirst();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void QuestionsModel::flush()
{
    m_flushTimer.stop();
    if (m_incoming.isEmpty())
        return;
    const QList<Incoming> incoming = std::exchange(m_incoming, {});
    dropOldest(m_total + int(incoming.size()) - kMaxQuestions);
    // One insert for each run of questions to the same group.
    for (qsizetype first = 0; first < incoming.size();) {
        qsizetype end = first + 1;
        while (end < incoming.size() && incoming.at(end).sku == incoming.at(first).sku)
            ++end;
        const int g = groupOf(incoming.at(first).sku, incoming.at(first).title);
        Group &group = m_groups[g];
        const QModelIndex parent = index(g, 0);
        const int count = int(end - first);
        beginInsertRows(parent, int(group.questions.size()), int(group.questions.size()) + count - 1);
        for (qsizetype i = first; i < end; ++i)
            group.questions.append(incoming.at(i).question);
        endInsertRows();
        m_total += count;
        m_open += count;
        emit dataChanged(parent, index(g, ColumnCount - 1)); // the group's count
        first = end;
    }
    emit openCountChanged(m_open);
}

int QuestionsModel::groupOf(const QString &sku, const QString &title)
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups.at(i).sku == sku)
            return i;
    beginInsertRows({}, int(m_groups.size()), int(m_groups.size()));
    m_groups.append({sku, title, {}});
    endInsertRows();
    return int(m_groups.size()) - 1;
}

QModelIndex QuestionsModel::indexOfKey(quint64 key) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QList<Question> &questions = m_groups.at(g).questions;
        for (int row = 0; row < questions.size(); ++row)
            if (questions.at(row).key == key)
                return createIndex(row, 0, quintptr(g));
    }
    return {};
}

void QuestionsModel::dropOldest(int count)
{
    // Budget: the oldest questions go, a group's run at a time (and a group, once empty).
    while (count > 0 && !m_groups.isEmpty()) {
        Group &first = m_groups.first();
        const int n = std::min(count, int(first.questions.size()));
        if (n > 0) {
            beginRemoveRows(index(0, 0), 0, n - 1);
            for (int i = 0; i < n; ++i)
                if (first.questions.at(i).state == State::Open)
                    --m_open;
            first.questions.remove(0, n);
            m_total -= n;
            count -= n;
            endRemoveRows();
        }
        if (first.questions.isEmpty()) {
            beginRemoveRows({}, 0, 0);
            m_groups.removeFirst();
            endRemoveRows();
        }
    }
}

bool QuestionsModel::setState(const QModelIndex &question, State state)
{
    if (!question.isValid() || question.internalId() == kGroupId)
        return false;
    const int g = int(question.internalId());
    if (g < 0 || g >= m_groups.size() || question.row() >= m_groups.at(g).questions.size())
        return false;
    Question &q = m_groups[g].questions[question.row()];
    if (q.state == state)
        return true;
    m_open += (state == State::Open) - (q.state == State::Open);
    q.state = state;
    emit dataChanged(index(question.row(), 0, question.parent()), index(question.row(), ColumnCount - 1, question.parent()));
    emit dataChanged(question.parent(), index(g, ColumnCount - 1));
    emit openCountChanged(m_open);
    return true;
}

int QuestionsModel::questionCount(const QString &sku) const
{
    for (const Group &g : m_groups)
        if (g.sku == sku)
            return int(g.questions.size());
    return 0;
}

QModelIndex QuestionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size() || row >= m_groups.at(parent.row()).questions.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex QuestionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId()), 0, kGroupId);
}

int QuestionsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).questions.size());
    return 0;
}

int QuestionsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupId) {
        const Group &g = m_groups.at(index.row());
        int open = 0;
        for (const Question &q : g.questions)
            open += q.state == State::Open;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Text)
                return (g.sku.isEmpty() ? tr("No product on air") : g.title) + tr("  (%1 open / %2)").arg(open).arg(g.questions.size());
            return {};
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case SkuRole: return g.sku;
        case IsGroupRole: return true;
        }
        return {};
    }
    const Question &q = m_groups.at(int(index.internalId())).questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return index.column() == Text ? q.event.text.left(300) : q.event.userName;
    case Qt::ToolTipRole: return q.event.text.left(2000);
    case Qt::ForegroundRole:
        if (q.state != State::Open)
            return style::Tones::text(style::Tone::Muted);
        break;
    case StateRole: return int(q.state);
    case SkuRole: return m_groups.at(int(index.internalId())).sku;
    case IsGroupRole: return false;
    case KeyRole: return q.key;
    }
    return {};
}

QVariant QuestionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Text ? tr("Question") : tr("Viewer");
}

} // namespace shopcast::moderation
