#include "ChapterModel.hpp"

#include <QColor>

namespace shopcast::replay {

QString ChapterModel::formatMs(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void ChapterModel::setChapters(const QList<Chapter> &chapters)
{
    beginResetModel();
    m_chapters = chapters;
    endResetModel();
}

int ChapterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chapters.size());
}

int ChapterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChapterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_chapters.size())
        return {};
    const Chapter &c = m_chapters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind: return ChapterKinds::label(c.kind);
        case Title: return c.sku.isEmpty() || c.kind != ChapterKind::Product ? c.title : QStringLiteral("%1 %2").arg(c.sku, c.title);
        case Start: return formatMs(c.startMs);
        case Length: return c.openEnded ? tr("%1 (show stopped)").arg(formatMs(c.durationMs())) : formatMs(c.durationMs());
        }
        break;
    case Qt::ForegroundRole:
        if (!c.media)
            return QColor(0x9e, 0x9e, 0x9e);
        break;
    case Qt::ToolTipRole:
        if (!c.media)
            return tr("Not recorded");
        break;
    case StartMsRole: return c.startMs;
    case MediaStartMsRole: return c.media ? QVariant(c.media->startMs) : QVariant();
    }
    return {};
}

QVariant ChapterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("Chapter");
    case Title: return tr("What");
    case Start: return tr("At");
    case Length: return tr("Length");
    }
    return {};
}

} // namespace shopcast::replay
