#pragma once

#include "Chapter.hpp"

#include <QAbstractTableModel>

namespace shopcast::replay {

// The chapter list beside the replay: kind, title, start, length; a chapter
// outside every recording is greyed (nothing to jump to).
class ChapterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Title, Start, Length, ColumnCount };
    enum Role { StartMsRole = Qt::UserRole + 1, MediaStartMsRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setChapters(const QList<Chapter> &chapters);
    const QList<Chapter> &chapters() const { return m_chapters; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatMs(qint64 ms); // m:ss or h:mm:ss

private:
    QList<Chapter> m_chapters;
};

} // namespace shopcast::replay
