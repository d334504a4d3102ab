#pragma once

#include "pluginapi/ChatEvent.hpp"

#include <QAbstractListModel>
#include <QHash>
#include <QPixmap>
#include <QTimer>

#include <vector>

namespace shopcast::chat {

// The merged live chat for the dock: a capped ring buffer (old comments fall
// off the top), filled in batches on a timer so a burst of thousands of
// comments a second costs the UI one insert per flush, and data() is O(1).
// Deletions grey a comment out; a clear greys a user's (or all) comments.
class ChatModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        UserNameRole,
        UserIdRole,
        PlatformRole,
        IdRole,
        BadgesRole,
        ArrivedAtRole,
        DeletedRole,
        TypeRole,
        ModerationRole,     // "" or the verdict ("hide", "hold", ...) that kept it off the stream's chat
        ModerationRuleRole, // the rule that decided it
        QuestionRole
    };

    explicit ChatModel(int capacity = 5000, int flushIntervalMs = 50, QObject *parent = nullptr);

    // The badge shown before comments of this platform (from the plugin's metadata).
    void setPlatformBadge(const QString &platform, const QString &text, const QColor &colour);

    int capacity() const { return m_capacity; }
    const ChatEvent &eventAt(int row) const;
    qint64 totalAppended() const { return m_nextSeq; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void append(const QList<shopcast::chat::ChatEvent> &events); // buffered
    void flush();

signals:
    void flushed(int added);

private:
    struct Slot
    {
        ChatEvent event;
        bool deleted = false;
    };
    int rowOfSeq(qint64 seq) const { return int(seq - m_firstSeq); }
    Slot &slotOfRow(int row) { return m_ring[size_t((m_firstSeq + row) % m_capacity)]; }
    const Slot &slotOfRow(int row) const { return m_ring[size_t((m_firstSeq + row) % m_capacity)]; }
    void applyModeration(const ChatEvent &event);
    // Drawn for the screen's pixel ratio (sharp on HiDPI); 16×16 logical pixels.
    static QPixmap drawBadge(const QString &text, const QColor &colour, qreal devicePixelRatio = 0);
    const QPixmap &platformIcon(const QString &platform) const;

    int m_capacity;
    std::vector<Slot> m_ring;
    qint64 m_firstSeq = 0; // sequence number of row 0
    qint64 m_nextSeq = 0;  // one past the last row
    QHash<QString, qint64> m_seqOfId;
    QList<ChatEvent> m_pending;
    QTimer m_flushTimer{this};
    mutable QHash<QString, QPixmap> m_badges;
};

} // namespace shopcast::chat
