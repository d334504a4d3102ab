#include "ChatModel.hpp"

#include "Platforms.hpp"

#include "style/Tones.hpp"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace shopcast::chat {

ChatModel::ChatModel(int capacity, int flushIntervalMs, QObject *parent)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity))
    , m_ring(size_t(m_capacity))
{
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatModel::flush);
    m_flushTimer.start();
}

const ChatEvent &ChatModel::eventAt(int row) const
{
    return slotOfRow(row).event;
}

int ChatModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nextSeq - m_firstSeq);
}

void ChatModel::append(const QList<ChatEvent> &events)
{
    m_pending += events;
}

void ChatModel::applyModeration(const ChatEvent &e)
{
    auto grey = [this](int row) {
        slotOfRow(row).deleted = true;
        emit dataChanged(index(row), index(row), {DeletedRole, Qt::ForegroundRole});
    };
    if (e.type == ChatEvent::Type::Delete) {
        const auto it = m_seqOfId.constFind(e.platform + QLatin1Char('\x1f') + e.targetId);
        if (it != m_seqOfId.constEnd() && *it >= m_firstSeq)
            grey(rowOfSeq(*it));
        return;
    }
    for (int row = 0; row < rowCount(); ++row) {
        const ChatEvent &c = slotOfRow(row).event;
        if (c.platform == e.platform && (e.targetId.isEmpty() || c.userId == e.targetId))
            grey(row);
    }
}

void ChatModel::flush()
{
    if (m_pending.isEmpty())
        return;
    QList<ChatEvent> batch;
    batch.swap(m_pending);
    QList<ChatEvent> shown;
    for (const ChatEvent &e : std::as_const(batch)) {
        if (e.type == ChatEvent::Type::Delete || e.type == ChatEvent::Type::Clear)
            applyModeration(e);
        else if (e.type == ChatEvent::Type::Comment || e.type == ChatEvent::Type::Gift)
            shown.append(e);
    }
    if (shown.size() > m_capacity)
        shown = shown.mid(shown.size() - m_capacity);
    const int count = int(shown.size());
    if (count == 0)
        return;
    // Make room first: the oldest rows fall off the top.
    const int overflow = rowCount() + count - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        for (int row = 0; row < overflow; ++row)
            m_seqOfId.remove(slotOfRow(row).event.platform + QLatin1Char('\x1f') + slotOfRow(row).event.id);
        m_firstSeq += overflow;
        endRemoveRows();
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + count - 1);
    for (const ChatEvent &e : std::as_const(shown)) {
        m_ring[size_t(m_nextSeq % m_capacity)] = Slot{e, false};
        if (!e.id.isEmpty())
            m_seqOfId.insert(e.platform + QLatin1Char('\x1f') + e.id, m_nextSeq);
        ++m_nextSeq;
    }
    endInsertRows();
    emit flushed(count);
}

QPixmap ChatModel::drawBadge(const QString &text, const QColor &colour, qreal devicePixelRatio)
{
    // One small coloured badge per platform, drawn once: the dock shows where
    // each comment came from at a glance.
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : (qGuiApp ? qGuiApp->devicePixelRatio() : 1.0);
    QPixmap pixmap(QSize(16, 16) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 4, 4);
    p.setPen(Qt::white);
    QFont f;
    f.setPixelSize(10);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(0, 0, 16, 16), Qt::AlignCenter, text);
    p.end();
    return pixmap;
}

void ChatModel::setPlatformBadge(const QString &platform, const QString &text, const QColor &colour)
{
    m_badges.insert(platform, drawBadge(text, colour));
}

const QPixmap &ChatModel::platformIcon(const QString &platform) const
{
    auto it = m_badges.constFind(platform);
    if (it != m_badges.constEnd())
        return *it;
    // A platform no plugin declared (a bridge client's own name): grey, its initial.
    return *m_badges.insert(platform, drawBadge(platform.left(1).toUpper(), QColor(0x75, 0x75, 0x75)));
}

QVariant ChatModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const Slot &slot = slotOfRow(index.row());
    const ChatEvent &e = slot.event;
    switch (role) {
    case Qt::DisplayRole: {
        // Time as the platform sent it (else as it arrived), user, badges, text.
        const QString time = e.sentAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(e.sentAtMs).toString(QStringLiteral("HH:mm:ss")) : QString();
        const QString badges = e.badges.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.badges.join(QLatin1Char(',')));
        const QString prefix = time.isEmpty() ? QString() : time + QLatin1Char(' ');
        if (e.type == ChatEvent::Type::Gift)
            return prefix
                   + tr("%1 sent %2 × %3")
                         .arg(e.userName, e.extra.value(QStringLiteral("gift")).toString())
                         .arg(e.extra.value(QStringLiteral("count")).toInt());
        return QStringLiteral("%1%2%3: %4").arg(prefix, e.userName, badges, e.text);
    }
    case Qt::DecorationRole: return platformIcon(e.platform);
    case Qt::ForegroundRole:
        // Deleted on the platform, or refused or held by moderation: greyed for the moderator.
        if (slot.deleted || e.extra.contains(QStringLiteral("moderation")))
            return style::Tones::text(style::Tone::Muted);
        // Dark text on the light question mark, whatever the theme's text colour.
        return e.extra.value(QStringLiteral("question")).toBool() ? QVariant(QColor(0x21, 0x21, 0x21)) : QVariant();
    case Qt::BackgroundRole:
        // A buyer's question stands out in the flood.
        return e.extra.value(QStringLiteral("question")).toBool() ? QVariant(QColor(0xff, 0xf3, 0xc4)) : QVariant();
    case Qt::ToolTipRole: {
        const QJsonObject m = e.extra.value(QStringLiteral("moderation")).toObject();
        const QString base = e.badges.isEmpty() ? Platforms::label(e.platform)
                                                : QStringLiteral("%1 · %2").arg(Platforms::label(e.platform), e.badges.join(QStringLiteral(", ")));
        if (m.isEmpty())
            return base;
        // The label and reason as moderation wrote them for a person; the ids
        // for a comment from an older chat log.
        return tr("%1\n%2: %3")
            .arg(base, m.value(QStringLiteral("label")).toString(m.value(QStringLiteral("verdict")).toString()),
                 m.value(QStringLiteral("reason")).toString(m.value(QStringLiteral("rule")).toString()));
    }
    case ModerationRole: return e.extra.value(QStringLiteral("moderation")).toObject().value(QStringLiteral("verdict")).toString();
    case ModerationRuleRole: return e.extra.value(QStringLiteral("moderation")).toObject().value(QStringLiteral("rule")).toString();
    case QuestionRole: return e.extra.value(QStringLiteral("question")).toBool();
    case TextRole: return e.text;
    case UserNameRole: return e.userName;
    case UserIdRole: return e.userId;
    case PlatformRole: return e.platform;
    case IdRole: return e.id;
    case BadgesRole: return e.badges;
    case ArrivedAtRole: return e.arrivedAtMs;
    case DeletedRole: return slot.deleted;
    case TypeRole: return ChatEvent::typeName(e.type);
    }
    return {};
}

QHash<int, QByteArray> ChatModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(TextRole, "text");
    roles.insert(UserNameRole, "userName");
    roles.insert(UserIdRole, "userId");
    roles.insert(PlatformRole, "platform");
    roles.insert(IdRole, "id");
    roles.insert(BadgesRole, "badges");
    roles.insert(ArrivedAtRole, "arrivedAt");
    roles.insert(DeletedRole, "deleted");
    roles.insert(TypeRole, "type");
    roles.insert(ModerationRole, "moderation");
    roles.insert(ModerationRuleRole, "moderationRule");
    roles.insert(QuestionRole, "question");
    return roles;
}

} // namespace shopcast::chat
